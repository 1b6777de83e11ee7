import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Chatlio's custom events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, widget_id: string | null = 'w-chatlio-1') =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'chatlio', action, vendor_event, channel: 'chat', widget_id }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.chatlio';
/** Chatlio pushes, without any derived `chatwire:*` event (the adapter maps `loaded` and `started`: none is expected). */
const chatlioPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'chatlio');
const emit = (page: Page, name: string, detail: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${JSON.stringify(detail)})`);

/** [event, detail, action]: every mapped event but the ready signal (the details' shapes are made up: undocumented). */
const ROWS: [string, unknown, string][] = [
  ['chatlio.expanded', {}, 'opened'],
  ['chatlio.preChatInfoSubmitted', { name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+1 415 555 0100' }, 'form_submitted'],
  ['chatlio.firstMessageSent', { message: 'Hi, this is Jane Doe' }, 'started'],
  ['chatlio.messageSent', { message: 'jane.doe@example.com' }, 'message_sent'],
  ['chatlio.messageReceived', { message: 'Hello Jane', agent: 'Sam' }, 'message_received'],
  ['chatlio.conversationEnded', {}, 'ended'],
  ['chatlio.collapsed', {}, 'closed'],
];
const everyRow = async (page: Page) => {
  for (const [name, detail] of ROWS) await emit(page, name, detail);
};
const EVERY_ROW = ROWS.map(([name, , action]) => expected(name, action));
const LOADED = expected('chatlio.ready', 'loaded');
/** The embed code without the script: chatwireFakes.chatlio.load() runs the script. */
const embedOnly = (page: Page) => run(page, 'window.fakeChatlioOptions = { manual: true }').then(() => loadScript(page, '/fixtures/chatlio.js'));
const ready = (page: Page) => page.waitForFunction(() => (window as any).chatwireFakes?.chatlio?.loaded === true);

test('chatwire first, then the embed code and the script: chatlio.ready and every event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await embedOnly(page);
  await run(page, `${fake}.load()`);
  await ready(page);
  await everyRow(page);
  await expect.poll(() => chatlioPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('the embed code’s queue first, then chatwire, then the script: the API is taken over, no double listeners', async ({ page }) => {
  await page.goto(PAGE);
  await embedOnly(page);
  // The embed code's queue: an array with the seven method stubs, holding the site's queued call.
  await run(page, `_chatlio.show({ expanded: true })`);
  expect(await run(page, `[Array.isArray(_chatlio), typeof _chatlio.isOnline, _chatlio.map((call) => call[0])]`)).toEqual([true, 'function', ['show']]);
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await ready(page);
  // The script ran the queued show({ expanded: true }): chatwire heard it through the listeners it added on the queue.
  expect(await run(page, 'Array.isArray(_chatlio)')).toBe(false);
  // A detection pass on the API that replaced the queue.
  await run(page, 'chatwire.start({})');
  await everyRow(page);
  await expect.poll(() => chatlioPushes(page)).toEqual([expected('chatlio.expanded', 'opened'), LOADED, ...EVERY_ROW]);
});

test('widget ready first, chatwire later (the GTM order): loaded from the API being there, every later event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/chatlio.js');
  await ready(page);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  // `chatlio.ready` came once, before chatwire: the loaded state is the script's API in place of the queue.
  await expect.poll(() => chatlioPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  // Chatlio's doc guarantees one ready per page load; a second one (not documented) is not a second load.
  await emit(page, 'chatlio.ready', {});
  await emit(page, 'chatlio.messageReceived', {});
  await expect.poll(async () => (await chatlioPushes(page)).map((push) => push.event).slice(-2)).toEqual(['chat_closed', 'chat_message_received']);
});

test('chatwire between the script running and chatlio.ready: loaded once, at attach (a moment early), the ready event not pushed again', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeChatlioOptions = { manual: true, delay: 1000 }');
  await loadScript(page, '/fixtures/chatlio.js');
  await run(page, `${fake}.load(); window.readyBeforeChatwire = ${fake}.loaded`);
  await loadScript(page, RUNTIME);
  await expect.poll(() => chatlioPushes(page)).toEqual([LOADED]);
  expect(await run(page, 'window.readyBeforeChatwire || chatwireFakes.chatlio.loaded')).toBe(false);
  await ready(page);
  await emit(page, 'chatlio.expanded', {});
  await expect.poll(() => chatlioPushes(page)).toEqual([LOADED, expected('chatlio.expanded', 'opened')]);
});

test('a script that fills the queue in (an array with init): loaded at once in the GTM order, the ready event after it not pushed again', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window._chatlio = []; _chatlio.init = function () {}`);
  await loadScript(page, RUNTIME);
  await expect.poll(() => chatlioPushes(page)).toEqual([expected('chatlio.ready', 'loaded', null)]);
  await run(page, `document.dispatchEvent(new CustomEvent('chatlio.ready', { bubbles: true }))`);
  await run(page, `document.dispatchEvent(new CustomEvent('chatlio.expanded', { bubbles: true }))`);
  await expect.poll(async () => (await chatlioPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_opened']);
});

test("the site's listeners run once with their event; unmapped events push nothing; stop()/start() never pushes twice", async ({ page }) => {
  await page.goto(PAGE);
  await run(
    page,
    `window.siteCalls = [];
    document.addEventListener('chatlio.ready', function (e) { siteCalls.push(['ready', e.target.tagName]); });
    document.addEventListener('chatlio.messageSent', function (e) { siteCalls.push(['sent', e.detail.n, e.target.tagName]); });`,
  );
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chatlio.js');
  await ready(page);
  // A listener on the widget node itself, as the doc's example suggests (e.target); it may stop propagation.
  await run(
    page,
    `document.querySelector('chatlio-widget').addEventListener('chatlio.messageReceived', function (e) { siteCalls.push(['received', e.detail.n]); e.stopPropagation(); })`,
  );
  await emit(page, 'chatlio.messageSent', { n: 1 });
  await emit(page, 'chatlio.messageReceived', { n: 2 });
  // Not mapped: no action of Chatlio's doc, or a misspelt name.
  await emit(page, 'chatlio.unreadCount', { count: 3 });
  await emit(page, 'chatlio.MessageSent', { n: 0 });
  await expect.poll(async () => (await chatlioPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_message_sent', 'chat_message_received']);

  await run(page, 'chatwire.stop()');
  await emit(page, 'chatlio.messageSent', { n: 3 });
  await run(page, 'chatwire.start({})');
  await run(page, 'chatwire.start({})');
  await emit(page, 'chatlio.messageSent', { n: 4 });
  await expect.poll(async () => (await chatlioPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_message_sent', 'chat_message_received', 'chat_message_sent']);
  expect(await run(page, 'window.siteCalls')).toEqual([
    ['ready', 'CHATLIO-WIDGET'],
    ['sent', 1, 'CHATLIO-WIDGET'],
    ['received', 2],
    ['sent', 3, 'CHATLIO-WIDGET'],
    ['sent', 4, 'CHATLIO-WIDGET'],
  ]);
});

test('malformed and hostile events: nothing thrown, nothing read from them, unknown names pushed nothing', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chatlio.js');
  await ready(page);
  await run(
    page,
    `(() => {
      const f = ${fake};
      for (const raw of [null, 'x', [], 7, { get message() { throw new Error('getter'); } }]) f.emit('chatlio.messageSent', raw);
      f.emit('chatlio.messageSent', new Proxy({}, { get() { throw new Error('trap'); } }));
      // Not a CustomEvent, dispatched on the document itself (no widget node): still a message, with no widget id.
      document.dispatchEvent(new Event('chatlio.messageReceived'));
      for (const name of ['toString', '__proto__', 'chatlio.', 'chatlio.__proto__', 'constructor', '']) f.emit(name, {});
      _chatlio = 'not the widget';
    })()`,
  );
  await run(page, 'chatwire.start({})');
  await expect
    .poll(async () => (await chatlioPushes(page)).map((push) => [push.event, push.chat.widget_id]))
    .toEqual([['chat_loaded', 'w-chatlio-1'], ...Array(6).fill(['chat_message_sent', 'w-chatlio-1']), ['chat_message_received', null]]);
});

test('no personal data by default: texts in the details never reach the dataLayer, a contact detail in the widget id is redacted', async ({ page }) => {
  await page.goto(PAGE);
  // A widget id that carries an address (a site's own naming, say): the scrub of every text field applies.
  await run(page, `window.fakeChatlioOptions = { widgetId: 'support jane.doe@example.com +1 415 555 0100' }`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chatlio.js');
  await ready(page);
  await everyRow(page);
  await expect.poll(async () => (await chatlioPushes(page)).length).toBe(ROWS.length + 1);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'example.com', 'Jane', '415 555', 'Hello', 'Sam']) expect(text).not.toContain(secret);
  expect((await chatlioPushes(page)).map((push) => push.chat.widget_id)).toEqual(Array(ROWS.length + 1).fill('support [redacted] [redacted]'));
});

test("pii: 'include' adds nothing: Chatlio documents no contact field, so none is read", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.chatwireConfig = { pii: 'include' }`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chatlio.js');
  await ready(page);
  await everyRow(page);
  await expect.poll(async () => (await chatlioPushes(page)).length).toBe(ROWS.length + 1);
  for (const secret of ['jane.doe@', 'Jane Doe', '415 555', 'Hello Jane']) expect(await dataLayerText(page)).not.toContain(secret);
});
