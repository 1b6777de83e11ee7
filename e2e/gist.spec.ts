import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Gist's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'gist', action, vendor_event, channel: 'chat' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.gist';
/** Gist pushes, without the core's derived `chatwire:*` events. */
const gistPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'gist' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, detail: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${JSON.stringify(detail)})`);

/** [event, detail, action]: every mapped event but the ready signal. */
const ROWS: [string, unknown, string][] = [
  ['chatbot:fired', { bot: 'Welcome' }, 'shown'],
  ['messenger:opened', {}, 'opened'],
  ['conversation:started', { message: 'Hi, this is Jane Doe' }, 'started'],
  ['message:sent', { message: 'jane.doe@example.com' }, 'message_sent'],
  ['message:received', { message: 'Hello Jane' }, 'message_received'],
  ['chatbot:buttonClicked', { button: 'Pricing' }, 'question_answered'],
  ['article:viewed', { title: 'Shipping' }, 'article_opened'],
  ['conversation:feedback', { rating: 'great' }, 'rating_submitted'],
  ['messenger:closed', {}, 'closed'],
];
const everyRow = async (page: Page) => {
  for (const [name, detail] of ROWS) await emit(page, name, detail);
};
const EVERY_ROW = ROWS.map(([name, , action]) => expected(name, action));
const LOADED = expected('gistChatReady', 'loaded');

test('runtime first, then the snippet and the messenger: ready and every event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeGistOptions = { manual: true }');
  await loadScript(page, '/fixtures/gist.js');
  await expect.poll(() => run(page, 'Array.isArray(window.gist)')).toBe(true);
  await run(page, `${fake}.load()`);
  await everyRow(page);
  await expect.poll(() => gistPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('the snippet stub first, then chatwire, then the messenger: the real object is taken over, no double listeners', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeGistOptions = { manual: true }');
  await loadScript(page, '/fixtures/gist.js');
  // The snippet's stub: an array with the four method stubs, holding the two calls the snippet makes.
  expect(await run(page, `[Array.isArray(gist), gist.methods, gist.map((call) => call[0])]`)).toEqual([
    true,
    ['trackPageView', 'identify', 'track', 'setAppId'],
    ['setAppId', 'trackPageView'],
  ]);
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  // A detection pass after the stub was replaced.
  await run(page, 'chatwire.start({})');
  await everyRow(page);
  await expect.poll(() => gistPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('messenger ready first, chatwire later: later events pushed (no loaded: the ready event has passed)', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/gist.js');
  await page.waitForFunction(() => (window as any).chatwireFakes.gist.loaded);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => gistPushes(page)).toEqual(EVERY_ROW);
});

test("the site's listeners keep running once; unmapped events push nothing; stop() removes chatwire's", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; document.addEventListener('conversation:started', function (e) { siteCalls.push(e.detail.conversation_id); })`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/gist.js');
  await page.waitForFunction(() => (window as any).chatwireFakes.gist.loaded);
  await emit(page, 'conversation:started', { conversation_id: 5 });
  await emit(page, 'conversation:opened', { conversation_id: 5 });
  await emit(page, 'onGistUnreadCountChange', {});
  await expect.poll(async () => (await gistPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_started']);
  await run(page, 'chatwire.stop()');
  await emit(page, 'conversation:started', { conversation_id: 6 });
  expect(await run(page, 'window.siteCalls')).toEqual([5, 6]);
  expect((await gistPushes(page)).length).toBe(2);
});

test('no personal data: message texts never reach the dataLayer, whatever the privacy mode', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `chatwire.start({ pii: 'include' })`);
  await loadScript(page, '/fixtures/gist.js');
  await page.waitForFunction(() => (window as any).chatwireFakes.gist.loaded);
  await everyRow(page);
  await expect.poll(async () => (await gistPushes(page)).length).toBe(ROWS.length + 1);
  for (const secret of ['jane.doe@', 'Jane Doe', 'Hello Jane']) expect(await dataLayerText(page)).not.toContain(secret);
});

test('malformed details are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/gist.js');
  await page.waitForFunction(() => (window as any).chatwireFakes.gist.loaded);
  await run(
    page,
    `(() => { const f = ${fake}; for (const raw of [null, 'x', [], 7]) f.emit('message:sent', raw);
    document.dispatchEvent(new Event('message:received')); f.emit('toString', {}); })()`,
  );
  await expect.poll(async () => (await gistPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', ...Array(4).fill('chat_message_sent'), 'chat_message_received']);
});
