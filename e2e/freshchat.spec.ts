import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Freshchat's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'freshchat', action, vendor_event, channel: 'messaging' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.freshchat';
const freshchatPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'freshchat');
const ok = { success: true, status: 200 };
const message = (text: string) => ({ ...ok, data: { message: { messageParts: [{ text: { content: text } }] } } });

/** [event, payload, action]: every mapped Freshchat event but widget:loaded. */
const ROWS: [string, unknown, string][] = [
  ['widget:opened', ok, 'opened'],
  ['message:sent', message('Hi, I am Jane Doe, jane.doe@example.com'), 'message_sent'],
  ['message:received', message('Hello Jane, call +1 415 555 0100'), 'message_received'],
  ['faq:clicked', { ...ok, data: { title: 'Refunds' } }, 'article_opened'],
  ['csat:received', ok, 'survey_started'],
  ['csat:updated', ok, 'survey_submitted'],
  ['widget:closed', ok, 'closed'],
];
const everyRow = async (page: Page) => {
  for (const [name, payload] of ROWS) await run(page, `${fake}.emit(${JSON.stringify(name)}, ${JSON.stringify(payload)})`);
};
// Freshchat has no conversation-start event: the core derives `started` just before the first message (docs/events.md).
const EVERY_ROW = ROWS.flatMap(([name, , action]) =>
  action === 'message_sent' ? [expected('chatwire:first_message', 'started'), expected(name, action)] : [expected(name, action)],
);
const LOADED = expected('widget:loaded', 'loaded');

test('runtime first: chatwire subscribes when widget.js defines fcWidget, before init(); widget:loaded and every event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeFreshchatOptions = { manual: true }');
  await loadScript(page, '/fixtures/freshchat.js');
  // Subscribed on the script's load event, before the page calls init().
  expect(await run(page, `(${fake}.listeners['widget:loaded'] || []).length`)).toBe(1);
  await run(page, `fcWidget.init({ token: 't', host: 'https://wchat.freshchat.com', externalId: 'jane.doe@example.com' })`);
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await everyRow(page);
  await expect.poll(() => freshchatPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  expect(await run(page, `Object.values(${fake}.listeners).every((list) => list.length === 1)`)).toBe(true);
});

test('widget.js first (fcWidget defined, init() not yet called), chatwire, then init(): widget:loaded and every event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeFreshchatOptions = { manual: true }');
  await loadScript(page, '/fixtures/freshchat.js');
  await loadScript(page, RUNTIME);
  await expect.poll(() => run(page, `(${fake}.listeners['widget:loaded'] || []).length`)).toBe(1);
  await run(page, `fcWidget.init({ token: 't', host: 'https://wchat.freshchat.com' })`);
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await everyRow(page);
  await everyRow(page);
  // The second visit of every row: one more of each, and no second start of the same conversation.
  await expect.poll(() => freshchatPushes(page)).toEqual([LOADED, ...EVERY_ROW, ...EVERY_ROW.filter((row) => row !== EVERY_ROW[1])]);
});

test('widget first: a loaded widget (isLoaded()) is reported loaded once, later events are pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/freshchat.js');
  await page.waitForFunction(() => (window as any).fcWidget.isLoaded());
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => freshchatPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  expect(await run(page, `(${fake}.listeners['widget:loaded'] || []).length`)).toBe(0);
});

test('unmapped events push nothing; the site listeners keep running; stop() silences chatwire', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []');
  await loadScript(page, '/fixtures/freshchat.js');
  await run(page, `fcWidget.on('widget:opened', function (resp) { siteCalls.push(resp.status); })`);
  await page.waitForFunction(() => (window as any).fcWidget.isLoaded());
  await loadScript(page, RUNTIME);
  await run(
    page,
    `(() => { const f = ${fake};
    f.emit('user:created', { success: true, data: { restoreId: 'r-1' } }); f.emit('user:statechange', { data: { userState: 'created' } });
    f.emit('unreadCount:notify', { count: 1 }); f.emit('widget:destroyed'); fcWidget.open(); })()`,
  );
  await expect.poll(async () => (await freshchatPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_opened']);
  // The site's anonymous listener, registered after chatwire's: stop() must not take it away
  // (the widget's off() removes by function name, and chatwire's callbacks are anonymous too).
  await run(page, `fcWidget.on('widget:opened', (resp) => siteCalls.push('anonymous ' + resp.status))`);
  await run(page, 'chatwire.stop(); fcWidget.open()');
  expect(await run(page, 'window.siteCalls')).toEqual([200, 200, 'anonymous 200']);
  expect((await freshchatPushes(page)).length).toBe(2);
});

test('destroy() drops every listener: chatwire subscribes again on widget:destroyed, so after a new init() each event is pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/freshchat.js');
  await page.waitForFunction(() => (window as any).fcWidget.isLoaded());
  await run(page, 'fcWidget.open(); fcWidget.destroy()');
  // The widget called chatwire's widget:destroyed listener after dropping every listener: chatwire's are back, alone.
  await expect
    .poll(() => run(page, `Object.keys(${fake}.listeners).sort()`))
    .toEqual(
      ['widget:destroyed', ...ROWS.map(([name]) => name)]
        .filter((name, i, all) => all.indexOf(name) === i)
        .concat('widget:loaded')
        .sort(),
    );
  // The site, as after a logout and a login: a new init() and its own listener again.
  await run(page, `fcWidget.init({ token: 't', host: 'h' }); fcWidget.on('widget:opened', () => siteCalls.push('opened'))`);
  await page.waitForFunction(() => (window as any).fcWidget.isLoaded());
  await everyRow(page);
  // loaded is once per fcWidget object (docs/events.md), so the second load is not pushed; started once per page.
  await expect.poll(() => freshchatPushes(page)).toEqual([LOADED, expected('widget:opened', 'opened'), ...EVERY_ROW]);
  expect(await run(page, 'window.siteCalls')).toEqual(['opened']);
  expect(await run(page, `Object.values(${fake}.listeners).every((list) => list.length <= 2)`)).toBe(true);
});

test('a widget that keeps its listeners when it reports widget:destroyed: chatwire subscribes again and still pushes each event once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/freshchat.js');
  await page.waitForFunction(() => (window as any).fcWidget.isLoaded());
  // widget:destroyed without the drop, twice: three sets of chatwire's listeners on the widget, the latest one live.
  await run(page, `${fake}.emit('widget:destroyed'); ${fake}.emit('widget:destroyed')`);
  await expect.poll(() => run(page, `${fake}.listeners['widget:opened'].length`)).toBe(3);
  await everyRow(page);
  await expect.poll(() => freshchatPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('message texts, the external id and the restore id never reach the dataLayer, in any privacy mode', async ({ page }) => {
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }; window.fakeFreshchatOptions = { manual: true }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/freshchat.js');
    await run(page, `fcWidget.init({ token: 't', host: 'h', externalId: 'jane.doe@example.com', restoreId: 'restore-secret-1' })`);
    await everyRow(page);
    await run(page, `${fake}.emit('user:created', { success: true, data: { restoreId: 'restore-secret-1', email: 'jane.doe@example.com' } })`);
    await expect.poll(async () => (await freshchatPushes(page)).length).toBe(EVERY_ROW.length + 1);
    const text = await dataLayerText(page);
    for (const secret of ['jane.doe@', 'Jane Doe', '+1 415 555', 'restore-secret']) expect(text, pii).not.toContain(secret);
  }
});

test('malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/freshchat.js');
  await page.waitForFunction(() => (window as any).fcWidget.isLoaded());
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [undefined, null, 'x', [], { data: null }]) f.emit('widget:opened', raw);
    f.emit('toString', {}); f.emit('__proto__', {}); f.emit('constructor'); })()`,
  );
  await expect.poll(async () => (await freshchatPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', ...Array(5).fill('chat_opened')]);
});
