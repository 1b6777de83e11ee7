import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Sinch Chat's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'sinch', action, vendor_event, channel: 'chat' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.sinch';
/** Sinch pushes, without the core's derived `chatwire:*` events. */
const sinchPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'sinch' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, payload?: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${JSON.stringify(payload ?? null)})`);
const loaded = (page: Page) => page.waitForFunction(() => (window as any).chatwireFakes.sinch.loaded);

/** [event, payload, action]: every mapped event but the token. The fake also sends the deprecated lowercase names. */
const ROWS: [string, unknown, string][] = [
  ['open', null, 'opened'],
  ['submitInitialForm', { name: 'Jane Doe', email: 'jane.doe@example.com' }, 'form_submitted'],
  ['choiceSelect:text', { text: 'Call me at +1 415 555 0100', value: 'jane.doe@example.com' }, 'question_answered'],
  ['agentJoined', { name: 'Sam' }, 'agent_joined'],
  ['chatEnd', null, 'ended'],
  ['close', null, 'closed'],
];
const everyRow = async (page: Page) => {
  for (const [name, payload] of ROWS) await emit(page, name, payload);
};
const EVERY_ROW = ROWS.map(([name, , action]) => expected(name, action));
const LOADED = expected('token', 'loaded');

test('runtime first, then the widget: token, then every event pushed once (deprecated names not counted)', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/sinch.js');
  await loaded(page);
  await everyRow(page);
  await expect.poll(() => sinchPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('the SDK namespace first (no Chat yet), then chatwire, then the widget and its init', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeSinchOptions = { manual: true, delay: 200 }');
  await loadScript(page, '/fixtures/sinch.js');
  await run(page, `window.SinchSdk = { Chat: null }`);
  await loadScript(page, RUNTIME);
  // The widget's script puts `SinchSdk.Chat` in place, as on a page: a script element, whose insertion has chatwire look
  // at once (not only at its next timer tick, which could come after the token, 200 ms later).
  await page.addScriptTag({ content: `${fake}.load()` });
  await loaded(page);
  await everyRow(page);
  await expect.poll(() => sinchPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('widget ready first, chatwire later: later events pushed, each once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/sinch.js');
  await loaded(page);
  await loadScript(page, RUNTIME);
  await run(page, 'chatwire.start({})');
  await everyRow(page);
  await expect.poll(() => sinchPushes(page)).toEqual(EVERY_ROW);
});

test("the site's listeners keep running once; agentLeft pushes nothing; stop() removes chatwire's", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []; window.fakeSinchOptions = { manual: true }');
  await loadScript(page, '/fixtures/sinch.js');
  await run(page, `${fake}.load(); SinchSdk.Chat.addEventListener('open', function () { siteCalls.push('open'); })`);
  // The widget fully loaded (its token issued) before chatwire: its `loaded` is not this test's subject.
  await loaded(page);
  await loadScript(page, RUNTIME);
  await emit(page, 'open');
  await emit(page, 'agentLeft', { name: 'Sam' });
  await expect.poll(async () => (await sinchPushes(page)).map((push) => push.event)).toEqual(['chat_opened']);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `Object.values(${fake}.listeners).reduce((n, list) => n + list.length, 0)`)).toBe(1);
  await emit(page, 'open');
  expect(await run(page, 'window.siteCalls')).toEqual(['open', 'open']);
  expect((await sinchPushes(page)).length).toBe(1);
});

test('no personal data: the initial form and the selected choice never reach the dataLayer', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `chatwire.start({ pii: 'include' })`);
  await loadScript(page, '/fixtures/sinch.js');
  await loaded(page);
  await everyRow(page);
  await expect.poll(async () => (await sinchPushes(page)).length).toBe(ROWS.length + 1);
  for (const secret of ['jane.doe@', 'Jane Doe', 'eyJ0', '415', 'Call me']) expect(await dataLayerText(page)).not.toContain(secret);
});

test('malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/sinch.js');
  await loaded(page);
  await run(
    page,
    `(() => { const f = ${fake}; for (const raw of [undefined, 'x', [], 7, { toString: 1 }]) f.emit('agentJoined', raw);
    f.emit('__proto__', {}); f.emit('constructor', {}); })()`,
  );
  await expect.poll(async () => (await sinchPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', ...Array(5).fill('chat_agent_joined')]);
});
