import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// Chatwoot's documented window events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'chatwoot', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.chatwoot';
const cwPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'chatwoot');
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);
/** chatwire first, then the widget, ready; then `body` runs in the page with the fake's controls as `f`. */
const inWidget = async (page: Page, body: string) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chatwoot.js');
  await expect.poll(() => cwPushes(page)).toEqual([READY]);
  await run(page, `(() => { const f = ${fake}; ${body} })()`);
};

const SESSION = [
  expected('chatwoot:opened', 'opened'),
  // Chatwoot's start event has no conversation id ({ hasConversation } only): it comes with the first message…
  expected('chatwoot:on-start-conversation', 'started'),
  expected('chatwoot:on-message', 'message_sent', { conversation_id: '4711' }),
  expected('chatwoot:on-message', 'message_received', { conversation_id: '4711', agent_id: '7', agent_name: 'Sam Support' }),
  // …and stays on the conversation's later events.
  expected('chatwoot:postback', 'question_answered', { conversation_id: '4711' }),
  expected('chatwoot:error', 'error', { conversation_id: '4711' }),
  expected('chatwoot:closed', 'closed', { conversation_id: '4711' }),
];
const READY = expected('chatwoot:ready', 'loaded');

for (const order of ['runtime first, then the snippet', 'snippet first (sdk.js ran, the widget still loading), then chatwire']) {
  test(`${order}: attached once $chatwoot exists, before it is ready; chatwoot:ready and every later event pushed once`, async ({ page }) => {
    const attachLines = attachLog(page, 'chatwoot');
    await page.goto(PAGE);
    await run(page, 'window.chatwireConfig = { debug: true }; window.fakeChatwootOptions = { manual: true, readyDelay: null }');
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/chatwoot.js');
    // The install snippet has no stub: it loads sdk.js, whose onload runs chatwootSDK.run(), which makes $chatwoot.
    expect(await run(page, '[Object.keys(chatwootSDK), typeof $chatwoot]')).toEqual([['run'], 'undefined']);
    await run(page, `${fake}.load()`);
    if (!order.startsWith('runtime')) await loadScript(page, RUNTIME);
    // The detection finds $chatwoot while the widget is still loading: no loaded yet.
    await expect.poll(() => attachLines().includes('[chatwire] chatwoot attached')).toBe(true);
    expect(await run(page, 'window.$chatwoot.hasLoaded')).toBe(false);
    expect(await cwPushes(page)).toEqual([]);
    await run(page, `${fake}.ready()`);
    await expect.poll(() => cwPushes(page)).toEqual([READY]);
    await session(page);
    await expect.poll(() => cwPushes(page)).toEqual([READY, ...SESSION]);
    expect(attachLines()).toEqual(['[chatwire] chatwoot attached']);
  });
}

test('runtime first: chatwoot:ready attaches chatwire at once, so an event the site sends from its ready listener is pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeChatwootOptions = { manual: true, readyDelay: null }');
  await loadScript(page, '/fixtures/chatwoot.js');
  // $chatwoot appears and becomes ready in one task: no detection timer can run between, only the ready event attaches chatwire.
  await run(
    page,
    `(() => {
    addEventListener('chatwoot:ready', () => $chatwoot.toggle('open'));
    ${fake}.load();
    ${fake}.ready();
  })()`,
  );
  await expect.poll(() => cwPushes(page)).toEqual([READY, SESSION[0]]);
  await run(page, `$chatwoot.toggle('close')`);
  await expect.poll(() => cwPushes(page)).toEqual([READY, SESSION[0], expected('chatwoot:closed', 'closed')]);
});

test("chatwire attached while the widget loaded, after the site's ready listener that opens it: loaded is still pushed before opened", async ({ page }) => {
  const attachLines = attachLog(page, 'chatwoot');
  await page.goto(PAGE);
  await run(page, 'window.chatwireConfig = { debug: true }; window.fakeChatwootOptions = { manual: true, readyDelay: null }');
  await loadScript(page, '/fixtures/chatwoot.js');
  // The site's listener comes first (its snippet ran before GTM loaded chatwire), chatwire's once $chatwoot exists.
  await run(page, `addEventListener('chatwoot:ready', () => $chatwoot.toggle('open')); ${fake}.load()`);
  await loadScript(page, RUNTIME);
  await expect.poll(() => attachLines()).toEqual(['[chatwire] chatwoot attached']);
  // The site's listener dispatches chatwoot:opened inside chatwoot:ready, before chatwire's ready listener runs.
  await run(page, `${fake}.ready()`);
  await expect.poll(() => cwPushes(page)).toEqual([READY, SESSION[0]]);
  await run(page, `$chatwoot.toggle('close')`);
  await expect.poll(() => cwPushes(page)).toEqual([READY, SESSION[0], expected('chatwoot:closed', 'closed')]);
});

test('widget first: a runtime arriving after chatwoot:ready reports loaded from $chatwoot.hasLoaded, once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/chatwoot.js');
  await page.waitForFunction(() => (window as any).$chatwoot?.hasLoaded);
  await loadScript(page, RUNTIME);
  await session(page);
  await expect.poll(() => cwPushes(page)).toEqual([READY, ...SESSION]);
  // stop() removes the listeners; start() again pushes later events, never a second loaded.
  await run(page, `window.chatwire.stop(); $chatwoot.toggle('open')`);
  await run(page, `window.chatwire.start(); $chatwoot.toggle('close')`);
  await expect.poll(() => cwPushes(page)).toEqual([READY, ...SESSION, expected('chatwoot:closed', 'closed')]);
});

test('activity and template messages are nobody’s message; a visitor’s sender is never an agent', async ({ page }) => {
  await inWidget(
    page,
    `
    f.emit('chatwoot:on-message', f.message(2, 'Conversation was resolved by Sam Support', { id: 7, name: 'Sam Support' }));
    f.emit('chatwoot:on-message', f.message(3, 'Template', { id: 7, name: 'Sam Support' }));
    f.emit('chatwoot:on-message', f.message(0, 'hello', { id: 311, name: 'Jane Doe', type: 'contact' }));`,
  );
  await expect.poll(() => cwPushes(page)).toEqual([READY, expected('chatwoot:on-message', 'message_sent')]);
});

test('a message sent again when the visitor answers its options or form is pushed once', async ({ page }) => {
  await inWidget(
    page,
    `
    const options = f.message(1, 'Which team?', { id: 7, name: 'Sam Support', type: 'user' });
    f.emit('chatwoot:on-message', options);
    f.answer(options);
    f.emit('chatwoot:on-message', f.message(0, 'thanks', { id: 311, name: 'Jane Doe', type: 'contact' }));
    f.answer(options);`,
  );
  await expect.poll(async () => (await cwPushes(page)).map((push) => push.chat.action)).toEqual(['loaded', 'message_received', 'message_sent']);
});

test("other listeners keep theirs, and the visitor's details never reach the dataLayer", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; addEventListener('chatwoot:on-message', (e) => siteCalls.push(e.detail.message_type))`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chatwoot.js');
  await expect.poll(() => cwPushes(page)).toEqual([READY]);
  await run(page, `$chatwoot.setUser('user-311', { email: 'jane.doe@example.com', name: 'Jane Doe', phone_number: '+1 415 555 0100' })`);
  await session(page);
  await expect.poll(async () => (await cwPushes(page)).length).toBe(1 + SESSION.length);
  expect(await run(page, 'window.siteCalls')).toEqual([0, 1]);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane', '+1 415 555', 'talk_to_sales', 'how can I help']) expect(text).not.toContain(secret);
});

test('malformed details and unknown events are ignored without errors', async ({ page }) => {
  await inWidget(
    page,
    `
    const cyclic = { message_type: 1 }; cyclic.sender = cyclic;
    const throwing = Object.defineProperty({}, 'message_type', { get() { throw new Error('boom'); } });
    for (const raw of [null, 'x'.repeat(5000), cyclic, throwing, [], { message_type: '1' }, { message_type: 1, sender: 'Jane Doe' }]) f.emit('chatwoot:on-message', raw);
    f.emit('chatwoot:on-message:0', { message_type: 0 }); f.emit('chatwoot:something-new', {});`,
  );
  await expect
    .poll(async () => (await cwPushes(page)).map((push) => [push.event, push.chat.agent_id, push.chat.agent_name]))
    .toEqual([
      ['chat_loaded', null, null],
      ['chat_message_received', null, null],
      ['chat_message_received', null, null],
    ]);
});
