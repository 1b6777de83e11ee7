import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Tiledesk's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'tiledesk', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.tiledesk';
/** Tiledesk pushes, without the core's derived `chatwire:*` events. */
const tdPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'tiledesk' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, detail: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${JSON.stringify(detail)})`);
const loaded = (page: Page) => page.waitForFunction(() => (window as any).chatwireFakes.tiledesk.loaded);

const CONV = 'support-group-61a5e2c8';
/** [event, detail, action, fields]: every mapped event but the ready signal. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['onOpenEyeCatcher', {}, 'shown', {}],
  ['onOpen', {}, 'opened', {}],
  ['onNewConversation', { newConvId: CONV }, 'started', { conversation_id: CONV }],
  ['onAfterMessageSend', { message: { text: 'Hi, this is Jane Doe, jane.doe@example.com' } }, 'message_sent', {}],
  ['onMessageCreated', { message: { text: 'Hello Jane' } }, 'message_received', {}],
  ['onClose', {}, 'closed', {}],
  ['onClosedEyeCatcher', {}, 'hidden', {}],
];
const everyRow = async (page: Page) => {
  for (const [name, detail] of ROWS) await emit(page, name, detail);
};
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));
const LOADED = expected('onInit', 'loaded');
/** The v4 Web SDK's listener pattern: the page's own tileDeskAsyncInit, which the widget calls at each start. */
const SITE_ASYNC_INIT = `window.siteCalls = []; window.tileDeskAsyncInit = function () { tiledesk.on('onOpen', function () { siteCalls.push('open'); }); }`;

test('runtime first, then the snippet and the widget: registered on the window.tiledesk the widget makes, the queue left to the site', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `window.fakeTiledeskOptions = { manual: true }; window.siteCalls = []`);
  await loadScript(page, '/fixtures/tiledesk.js');
  await run(page, `Tiledesk('onOpen', () => siteCalls.push('open'))`);
  await run(page, `${fake}.load()`);
  // The queue held the site's registration only: chatwire's are made on window.tiledesk, not replayed from it.
  expect(await run(page, `[typeof Tiledesk.q, ${fake}.handlers.onOpen.length, ${fake}.handlers.onClose.length]`)).toEqual(['undefined', 2, 1]);
  await everyRow(page);
  await expect.poll(() => tdPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  expect(await run(page, 'window.siteCalls')).toEqual(['open']);
});

test('the snippet runs again before the widget loads (carried twice): each event pushed once, the site handler queued in the new stub once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeTiledeskOptions = { manual: true }');
  await loadScript(page, '/fixtures/tiledesk.js');
  await loadScript(page, RUNTIME);
  // The second run assigns a fresh stub, which chatwire attaches to again.
  await run(page, `${fake}.snippet(); window.siteCalls = []; Tiledesk('onOpen', () => siteCalls.push('open'))`);
  await run(page, `${fake}.load()`);
  await everyRow(page);
  await expect.poll(() => tdPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  // How many handlers the widget holds depends on when a detection check sees the new stub: chatwire then attaches
  // again and registers anew (Tiledesk has no way to remove a handler; the earlier ones stay, silent).
  expect(await run(page, 'window.siteCalls')).toEqual(['open']);
});

test('the snippet stub first, then chatwire, then the widget loading on its own', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeTiledeskOptions = { manual: true }');
  await loadScript(page, '/fixtures/tiledesk.js');
  // The documented snippet's stub: a function with its queue `q` and `c`, which pushes onto it.
  expect(await run(page, `[typeof Tiledesk, Object.keys(Tiledesk).sort(), Tiledesk.q.length]`)).toEqual(['function', ['c', 'q'], 0]);
  await loadScript(page, RUNTIME);
  await run(page, 'chatwireFakes.tiledesk.load()');
  await loaded(page);
  await everyRow(page);
  await expect.poll(() => tdPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('widget initialized first, chatwire later: registered through window.tiledesk.on (a late Tiledesk(name, handler) is dropped), later events pushed once (no loaded: onInit has passed)', async ({
  page,
}) => {
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []');
  await loadScript(page, '/fixtures/tiledesk.js');
  await loaded(page);
  await run(page, `tiledesk.on('onOpen', () => siteCalls.push('open'))`);
  await loadScript(page, RUNTIME);
  await run(page, 'chatwire.start({})');
  await everyRow(page);
  await expect.poll(() => tdPushes(page)).toEqual(EVERY_ROW);
  expect(await run(page, 'window.siteCalls')).toEqual(['open']);
});

test("the site's handlers keep running once; unmapped events push nothing; stop() silences chatwire", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; window.fakeTiledeskOptions = { manual: true }`);
  await loadScript(page, '/fixtures/tiledesk.js');
  await run(page, `Tiledesk('onNewConversation', function (e) { siteCalls.push(e.detail.newConvId); })`);
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await emit(page, 'onNewConversation', { newConvId: CONV });
  for (const name of ['onConversationUpdated', 'onBeforeMessageSend', 'onCloseMessagePreview', 'onNewConversationComponentInit']) await emit(page, name, {});
  await expect.poll(async () => (await tdPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_started']);
  await run(page, 'chatwire.stop()');
  await emit(page, 'onNewConversation', { newConvId: 'x' });
  expect(await run(page, 'window.siteCalls')).toEqual([CONV, 'x']);
  expect((await tdPushes(page)).length).toBe(2);
});

// reInit(), logout() and restart() remove the widget's root element, handlers and all, and build the widget again with a
// new window.tiledesk, adding no script (fixtures/tiledesk.js, after the widget's source). The site re-registers its
// handler in its tileDeskAsyncInit (SITE_ASYNC_INIT), which the widget calls at each start. With the page's own
// tileDeskAsyncInit, launch.js never replays the v5 snippet's queue (it does so only through the tileDeskAsyncInit it
// defines when the page has none): what chatwire had queued there would never be registered.

for (const [order, method] of [
  ['widget initialized first, chatwire later (GTM)', 'reInit'],
  ['chatwire first', 'logout'],
] as const) {
  test(`${order}; tiledesk.${method}() rebuilds the widget: chatwire subscribes on the new one, each event pushed once, the site's handler once`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, `${SITE_ASYNC_INIT}; window.fakeTiledeskOptions = { manual: true }`);
    const gtm = order.endsWith('(GTM)');
    if (!gtm) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/tiledesk.js');
    await run(page, `${fake}.load()`);
    // Never replayed: the stub keeps its queue, and window.Tiledesk stays the stub.
    expect(await run(page, 'Array.isArray(Tiledesk.q)')).toBe(true);
    if (gtm) await loadScript(page, RUNTIME);
    await everyRow(page);
    const before = gtm ? EVERY_ROW : [LOADED, ...EVERY_ROW];
    await expect.poll(() => tdPushes(page)).toEqual(before);
    await run(page, `tiledesk.${method}()`);
    await loaded(page);
    await everyRow(page);
    // loaded once per page: the rebuilt widget's onInit is chatwire's first in the GTM order, a second one otherwise.
    const after = gtm ? [...before, LOADED, ...EVERY_ROW] : [...before, ...EVERY_ROW];
    await expect.poll(() => tdPushes(page)).toEqual(after);
    expect(await run(page, 'window.siteCalls')).toEqual(['open', 'open']);
    // Once more, later: a detection check may have re-attached to the widget's new window.Tiledesk meanwhile (its
    // handlers of before then stay registered, silent); still one push.
    await run(page, 'tiledesk.open()');
    await expect.poll(() => tdPushes(page)).toEqual([...after, expected('onOpen', 'opened')]);
  });
}

test('widget and chatwire found from <head>, before <body> exists: a later restart() is still followed', async ({ page }) => {
  await page.goto(PAGE);
  await page.setContent(
    `<!doctype html><html><head><script>window.fakeTiledeskOptions = { manual: true }</script><script src="${RUNTIME}"></script><script src="/fixtures/tiledesk.js"></script><script>window.attachedInHead = !document.body</script></head><body></body></html>`,
  );
  expect(await run(page, 'window.attachedInHead')).toBe(true);
  await run(page, `${fake}.load()`);
  await run(page, 'tiledesk.restart()');
  await loaded(page);
  await everyRow(page);
  await expect.poll(() => tdPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('stopped: a rebuilt widget is left alone; start() subscribes on it and each event is pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/tiledesk.js');
  await loaded(page);
  await loadScript(page, RUNTIME);
  await run(page, 'chatwire.stop(); tiledesk.reInit()');
  await loaded(page);
  await everyRow(page);
  expect(await run(page, `Object.values(${fake}.handlers).every((list) => list.length === 0)`)).toBe(true);
  await run(page, 'chatwire.start()');
  await everyRow(page);
  await expect.poll(() => tdPushes(page)).toEqual(EVERY_ROW);
});

test('no personal data: message texts never reach the dataLayer', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `chatwire.start({ pii: 'include' })`);
  await loadScript(page, '/fixtures/tiledesk.js');
  await loaded(page);
  await everyRow(page);
  await expect.poll(async () => (await tdPushes(page)).length).toBe(ROWS.length + 1);
  for (const secret of ['jane.doe@', 'Jane Doe', 'Hello Jane']) expect(await dataLayerText(page)).not.toContain(secret);
});

test('malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/tiledesk.js');
  await loaded(page);
  await run(
    page,
    `(() => { const list = ${fake}.handlers.onNewConversation;
    for (const raw of [undefined, null, 'x', {}, { detail: null }, { detail: { newConvId: {} } }]) list.forEach((fn) => fn(raw)); })()`,
  );
  await expect
    .poll(async () => (await tdPushes(page)).map((push) => [push.event, push.chat.conversation_id]))
    .toEqual([['chat_loaded', null], ...Array(6).fill(['chat_started', null])]);
});
