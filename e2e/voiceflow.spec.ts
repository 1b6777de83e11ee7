import { type Page } from '@playwright/test';
import { FOREIGN_ORIGIN, PAGE, RUNTIME, chat, dataLayerText, expect, foreignFrame, loadScript, pushes, run, test } from './helpers';

// Voiceflow's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'voiceflow', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.voiceflow';
/** Voiceflow pushes, without the core's derived `chatwire:*` events. */
const vfPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'voiceflow' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const USER = 'vf-user-42';

/** The visitor's path through the widget: open (launch), a message, a button, close; save_session after each interaction. */
const journey = (page: Page) =>
  run(
    page,
    `(() => { const c = window.voiceflow.chat; c.open();
    c.interact({ type: 'text', payload: 'Hi, this is Jane Doe, jane.doe@example.com' });
    c.interact({ type: 'path-2a3b', payload: { label: 'Pricing' } }); c.close(); })()`,
  );
const JOURNEY = [
  expected('voiceflow:open', 'opened'),
  expected('voiceflow:interact', 'message_sent', { visitor_id: USER }),
  expected('voiceflow:interact', 'question_answered', { visitor_id: USER }),
  expected('voiceflow:close', 'closed'),
];

test('runtime first, then the widget: every event pushed once (the launch and session saves are not)', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/voiceflow.js');
  await journey(page);
  await expect.poll(() => vfPushes(page)).toEqual(JOURNEY);
});

test('the snippet requested first, chatwire, then the widget bundle and its load()', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeVoiceflowOptions = { manual: true }');
  await loadScript(page, '/fixtures/voiceflow.js');
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await journey(page);
  await expect.poll(() => vfPushes(page)).toEqual(JOURNEY);
});

test('widget loaded and used first, chatwire later: only later events, each once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/voiceflow.js');
  await run(page, 'window.voiceflow.chat.open()');
  await loadScript(page, RUNTIME);
  await run(page, 'chatwire.start({})');
  await journey(page);
  await expect.poll(() => vfPushes(page)).toEqual(JOURNEY);
});

test("the site's own message listener still gets every message once; stop() silences chatwire", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; addEventListener('message', (e) => siteCalls.push(JSON.parse(e.data).type))`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/voiceflow.js');
  await run(page, 'window.voiceflow.chat.close()');
  await expect.poll(async () => (await vfPushes(page)).map((push) => push.event)).toEqual(['chat_closed']);
  await run(page, 'chatwire.stop(); window.voiceflow.chat.close()');
  await expect.poll(() => run(page, 'window.siteCalls')).toEqual(['voiceflow:close', 'voiceflow:close']);
  expect((await vfPushes(page)).length).toBe(1);
});

test('no personal data: message texts and session turns never reach the dataLayer', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `chatwire.start({ pii: 'include' })`);
  await loadScript(page, '/fixtures/voiceflow.js');
  await journey(page);
  await expect.poll(async () => (await vfPushes(page)).length).toBe(JOURNEY.length);
  for (const secret of ['jane.doe@', 'Jane Doe', 'Hello Jane', 'Pricing']) expect(await dataLayerText(page)).not.toContain(secret);
});

test('malformed and foreign messages are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(
    page,
    `(() => { const post = (m) => window.postMessage(m, '*');
    for (const raw of ['x', '{', '{"type":"voiceflow:open"', 'null', '"voiceflow:open"', '[1,"voiceflow:open"]', '{"type":"voiceflow:constructor"}',
      '{"type":"voiceflow:interact","payload":null}', '{"type":"voiceflow:interact","payload":{"session":7,"action":{"type":{}}}}',
      JSON.stringify({ type: 'other', note: '"voiceflow:' }), 7, null, { type: 'voiceflow:open', payload: { session: { userID: {} } } }]) post(raw);
    post(JSON.stringify({ type: 'voiceflow:close' })); })()`,
  );
  await expect
    .poll(async () => (await vfPushes(page)).map((push) => [push.event, push.chat.visitor_id]))
    .toEqual([
      ['chat_question_answered', null],
      ['chat_question_answered', null],
      ['chat_opened', null],
      ['chat_closed', null],
    ]);
});

test.describe('origin policy', () => {
  // The page is served as 127.0.0.1; the frame as localhost: another origin (same server, E2E_PORT).
  const frame = (page: Page) => foreignFrame(page, '/fixtures/ctlive-frame.html', () => document.readyState === 'complete');
  const postToParent = `parent.postMessage(JSON.stringify({ type: 'voiceflow:open' }), '*')`;

  test('a foreign origin is refused by default', async ({ page }) => {
    await page.goto(PAGE);
    await loadScript(page, RUNTIME);
    const child = await frame(page);
    await child.evaluate(postToParent);
    // A same-origin message afterwards proves the foreign one was handled (and refused), not merely slow.
    await run(page, `window.postMessage(JSON.stringify({ type: 'voiceflow:close' }), '*')`);
    await expect.poll(async () => (await vfPushes(page)).map((push) => push.event)).toEqual(['chat_closed']);
  });

  test('an origin in allowedOrigins is accepted', async ({ page }) => {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { allowedOrigins: ['${FOREIGN_ORIGIN}'] }`);
    await loadScript(page, RUNTIME);
    const child = await frame(page);
    await child.evaluate(postToParent);
    await expect.poll(() => vfPushes(page)).toEqual([expected('voiceflow:open', 'opened')]);
  });
});
