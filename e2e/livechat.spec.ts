import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// LiveChat's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'livechat', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.livechat';
const livechatPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'livechat');
const emit = (page: Page, name: string, payload: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${JSON.stringify(payload)})`);

const agentMessage = { timestamp: 1700000000000, type: 'message', author: { id: 'sam@example.com', type: 'agent' } };
/** [event, payload, action, fields]: every mapped LiveChat event but ready. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['visibility_changed', { visibility: 'maximized' }, 'opened', { label: 'maximized' }],
  // Minimized is LiveChat's launcher state: the visitor closed the window (docs/events.md, `closed`).
  ['visibility_changed', { visibility: 'minimized' }, 'closed', { label: 'minimized' }],
  ['visibility_changed', { visibility: 'hidden' }, 'hidden', { label: 'hidden' }],
  ['customer_status_changed', { status: 'queued' }, 'agent_requested', { label: 'queued' }],
  ['customer_status_changed', { status: 'chatting' }, 'agent_joined', { label: 'chatting' }],
  ['new_event', { timestamp: 1700000000000, type: 'message', author: { id: 'c-5b2e', type: 'customer' } }, 'message_sent', { label: 'customer' }],
  ['new_event', agentMessage, 'message_received', { label: 'agent' }],
  ['form_submitted', { type: 'prechat' }, 'form_submitted', { label: 'prechat' }],
  ['form_submitted', { type: 'ticket' }, 'form_submitted', { label: 'ticket' }],
  ['form_submitted', { type: 'postchat' }, 'survey_submitted', { label: 'postchat' }],
  ['rating_submitted', 'good', 'rating_submitted', { label: 'good' }],
  ['greeting_displayed', { id: 42, uniqueId: 'g-42-a' }, 'shown', { widget_id: '42' }],
  ['greeting_hidden', { id: 42, uniqueId: 'g-42-a' }, 'hidden', { widget_id: '42' }],
  ['rich_message_button_clicked', { eventId: 'ev-1', postbackId: 'pricing' }, 'question_answered', { label: 'pricing' }],
];
const everyRow = async (page: Page) => {
  for (const [name, payload] of ROWS) await emit(page, name, payload);
};
// LiveChat has no conversation-start event: the core derives `started` just before the first message (docs/events.md).
const EVERY_ROW = ROWS.flatMap(([name, , action, fields]) =>
  action === 'message_sent' ? [expected('chatwire:first_message', 'started', { ...fields, label: null }), expected(name, action, fields)] : [expected(name, action, fields)],
);
const LOADED = expected('ready', 'loaded', { visitor_id: 'c-5b2e' });

test('runtime first, through the snippet queue: handlers wait in _q, tracking.js drains them, each event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeLiveChatOptions = { manual: true }');
  await loadScript(page, '/fixtures/livechat.js');
  await expect.poll(() => run(page, `LiveChatWidget._q.filter((call) => call[0] === 'on').length`)).toBe(9);
  await run(page, `${fake}.load()`);
  await everyRow(page);
  await expect.poll(() => livechatPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  expect(await run(page, `Object.values(${fake}.handlers).every((list) => list.length === 1)`)).toBe(true);
});

test('snippet first, chatwire, then tracking.js: handlers wait in _q, each event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeLiveChatOptions = { manual: true }');
  await loadScript(page, '/fixtures/livechat.js');
  await loadScript(page, RUNTIME);
  await expect.poll(() => run(page, `LiveChatWidget._q.filter((call) => call[0] === 'on').length`)).toBe(9);
  await run(page, `${fake}.load()`);
  await everyRow(page);
  await expect.poll(() => livechatPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test("the fake's snippet object is the documented tracking code's: its keys, and calls handed to _h as _h(method, args)", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeLiveChatOptions = { manual: true }');
  await loadScript(page, '/fixtures/livechat.js');
  expect(await run(page, 'Object.keys(LiveChatWidget).sort()')).toEqual(['_h', '_q', '_v', 'call', 'get', 'init', 'off', 'on', 'once']);
  // platform.text.com's tracking code: `function i(n){return e._h?e._h.apply(null,n):e._q.push(n)}`.
  await run(page, `window.got = []; LiveChatWidget._h = function () { got.push([].slice.call(arguments)); }; LiveChatWidget.on('ready', function site() {})`);
  expect(await run(page, `got.map((args) => [args.length, args[0], args[1][0], typeof args[1][1]])`)).toEqual([[2, 'on', 'ready', 'function']]);
});

test('widget first: ready is replayed to chatwire, later events are pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/livechat.js');
  expect(await run(page, `${fake}.loaded`)).toBe(true);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => livechatPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('a greeting message, other statuses and availability push nothing', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/livechat.js');
  await loadScript(page, RUNTIME);
  await emit(page, 'new_event', { ...agentMessage, greeting: { id: 42, uniqueId: 'g-42-a' } });
  await emit(page, 'customer_status_changed', { status: 'browsing' });
  await emit(page, 'customer_status_changed', { status: 'invited' });
  await emit(page, 'availability_changed', { availability: 'offline' });
  await emit(page, 'visibility_changed', { visibility: 'constructor' });
  await emit(page, 'greeting_hidden', { id: 42 });
  await expect.poll(async () => (await livechatPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_hidden']);
});

test("the site's handlers keep running; stop() removes chatwire's with off()", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; window.fakeLiveChatOptions = { manual: true }`);
  await loadScript(page, '/fixtures/livechat.js');
  await run(
    page,
    `LiveChatWidget.on('visibility_changed', function (d) { siteCalls.push(d.visibility); }); LiveChatWidget.once('ready', function () { siteCalls.push('ready'); })`,
  );
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load(); LiveChatWidget.call('maximize')`);
  await expect.poll(async () => (await livechatPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_opened']);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `${fake}.handlers.visibility_changed.length`)).toBe(1);
  await run(page, `LiveChatWidget.call('minimize')`);
  expect(await run(page, 'window.siteCalls')).toEqual(['ready', 'maximized', 'minimized']);
  expect((await livechatPushes(page)).length).toBe(2);
});

test("the customer's name and email never reach the dataLayer, in any privacy mode", async ({ page }) => {
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/livechat.js');
    await emit(page, 'new_event', agentMessage);
    await emit(page, 'form_submitted', { type: 'prechat', fields: { name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+1 415 555 0100' } });
    await expect.poll(async () => (await livechatPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_message_received', 'chat_form_submitted']);
    const text = await dataLayerText(page);
    // The ready payload carries the customer's name and email; agent ids are agents' login emails.
    for (const secret of ['jane.doe@', 'Jane Doe', '+1 415 555', 'sam@example']) expect(text, pii).not.toContain(secret);
    for (const push of await livechatPushes(page)) expect([push.chat.email, push.chat.email_sha256, push.chat.phone_sha256]).toEqual([null, null, null]);
  }
});

test('malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/livechat.js');
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [undefined, null, 'x', 7, [], { visibility: null }, { author: 'agent' }, { type: {} }]) {
      f.emit('visibility_changed', raw); f.emit('new_event', raw); f.emit('form_submitted', raw); }
    f.emit('toString', {}); f.emit('__proto__', {}); })()`,
  );
  // Only form_submitted has a plain variant; a string payload is taken as its label.
  await expect
    .poll(async () => (await livechatPushes(page)).map((push) => [push.event, push.chat.label]))
    .toEqual([
      ['chat_loaded', null],
      ['chat_form_submitted', null],
      ['chat_form_submitted', null],
      ['chat_form_submitted', 'x'],
      ['chat_form_submitted', null],
      ['chat_form_submitted', null],
      ['chat_form_submitted', null],
      ['chat_form_submitted', null],
      ['chat_form_submitted', null],
    ]);
});
