import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Botpress Webchat's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'botpress', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.botpress';
/** This vendor's pushes, without the core's derived ones (`chatwire:…`). */
const bpPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'botpress' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, ...args: unknown[]) =>
  run(page, `${fake}.emit(${[name, ...args].map((arg) => (arg === undefined ? 'undefined' : JSON.stringify(arg))).join(', ')})`);

const conv = 'conv_01JABC';
/** The older webchat's message object (unconfirmed shape). */
const msg = (userId: string, text: string) => ({ id: 'm1', conversationId: conv, userId, payload: { type: 'text', text }, createdAt: '2026-12-03T07:00:00.000Z' });
/** A current webchat's message, as @botpress/webchat emits it: the visitor's own carry the webchat's clientMessageId. */
const current = (authorId: string, text: string, clientMessageId?: string) => ({
  id: 'm2',
  conversationId: conv,
  authorId,
  timestamp: '2026-12-03T07:00:01.000Z',
  block: { type: 'text', text },
  ...(clientMessageId ? { metadata: { clientMessageId, delivered: true } } : {}),
});
/** [event, argument, action, fields]: every mapped event but webchat:initialized. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['webchat:opened', undefined, 'opened', {}],
  // Current webchats: `message` for the user's and the bot's messages alike.
  ['message', current('user_1', 'Hi, I am Jane Doe', 'c-1'), 'message_sent', { conversation_id: conv }],
  ['message', current('bot_1', 'Hello Jane'), 'message_received', { conversation_id: conv }],
  // The older webchat: `messageSent` for the user's, `message` for the bot's.
  ['messageSent', msg('user_1', 'Hi, I am Jane Doe'), 'message_sent', { conversation_id: conv }],
  ['message', msg('bot_1', 'Hello Jane'), 'message_received', { conversation_id: conv }],
  ['error', { message: 'network' }, 'error', {}],
  // An older page passes the conversation id to the open/close handlers.
  ['webchat:closed', conv, 'closed', { conversation_id: conv }],
];
const everyRow = async (page: Page) => {
  for (const [name, arg] of ROWS) await emit(page, name, arg);
};
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));
const LOADED = expected('webchat:initialized', 'loaded');

for (const order of ['runtime, inject.js, init', 'inject.js, runtime, init']) {
  test(`${order}: webchat:initialized and every event pushed once; the site's listener runs once`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, 'window.fakeBotpressOptions = { manual: true }');
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/botpress.js');
    await run(page, `window.siteCalls = []; botpress.on('webchat:opened', () => siteCalls.push('opened'))`);
    if (!order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await expect.poll(() => run(page, `(${fake}.listeners['webchat:initialized'] || []).length`)).toBe(1);
    await run(page, `${fake}.load()`);
    await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
    await everyRow(page);
    await expect.poll(() => bpPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
    expect(await run(page, 'window.siteCalls')).toEqual(['opened']);
  });
}

test('webchat initialized before chatwire: loaded once (from botpress.initialized), later events; stop() unsubscribes; start() again', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/botpress.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => bpPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  expect(await run(page, `(${fake}.listeners['webchat:initialized'] || []).length`)).toBe(0);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `${fake}.listeners['webchat:opened'].length`)).toBe(0);
  await run(page, 'chatwire.start()');
  await emit(page, 'webchat:opened');
  await expect.poll(() => bpPushes(page)).toEqual([LOADED, ...EVERY_ROW, expected('webchat:opened', 'opened')]);
});

test('the demo flow through the webchat methods; conversation and ready events push nothing; no message text', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/botpress.js');
  await expect.poll(() => bpPushes(page)).toEqual([LOADED]);
  // One click after the other, as in the demo: the visitor's message arrives when the server echoes it.
  for (const index of [0, 1, 2, 3]) {
    await run(page, `${fake}.events[${index}][1]()`);
    await expect.poll(async () => (await bpPushes(page)).length).toBe(index + 2);
  }
  await run(page, `(() => { const f = ${fake}; for (const raw of [null, 42, [], { conversationId: {} }]) f.emit('message', raw); })()`);
  await expect
    .poll(async () => (await bpPushes(page)).map((push) => [push.event, push.chat.conversation_id === null]))
    .toEqual([
      ['chat_loaded', true],
      ['chat_opened', true],
      ['chat_message_sent', false],
      ['chat_message_received', false],
      ['chat_closed', true],
      ['chat_message_received', true],
      ['chat_message_received', false],
      ['chat_message_received', true],
      ['chat_message_received', true],
    ]);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane', 'checkout']) expect(text).not.toContain(secret);
});

test("the older webchat reports the visitor's message as messageSent: a `message` copy of it pushes nothing more", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeBotpressOptions = { version: 2 }');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/botpress.js');
  await expect.poll(() => bpPushes(page)).toEqual([LOADED]);
  await run(page, `botpress.open(); botpress.sendMessage('Hi, I am Jane Doe')`);
  await emit(page, 'message', current('user_1', 'Hi, I am Jane Doe', 'c-1'));
  await emit(page, 'message', current('bot_1', 'Hello Jane'));
  await expect
    .poll(async () => (await pushes(page)).filter((push) => push.chat.vendor === 'botpress').map((push) => [push.event, push.chat.vendor_event]))
    .toEqual([
      ['chat_loaded', 'webchat:initialized'],
      ['chat_opened', 'webchat:opened'],
      ['chat_started', 'chatwire:first_message'],
      ['chat_message_sent', 'messageSent'],
      ['chat_message_received', 'message'],
    ]);
});

test("the current webchat: the visitor's messages, sent from it, are message_sent (the first one starts the conversation); the bot's message_received", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/botpress.js');
  await expect.poll(() => bpPushes(page)).toEqual([LOADED]);
  await run(page, `botpress.open(); botpress.sendMessage('Hi, I am Jane Doe'); botpress.sendMessage('jane.doe@example.com')`);
  await expect.poll(async () => (await pushes(page)).filter((push) => push.event === 'chat_message_sent').length).toBe(2);
  await run(page, `${fake}.events[2][1]()`);
  await expect
    .poll(async () => (await pushes(page)).filter((push) => push.chat.vendor === 'botpress').map((push) => [push.event, push.chat.vendor_event, push.chat.conversation_id]))
    .toEqual([
      ['chat_loaded', 'webchat:initialized', null],
      ['chat_opened', 'webchat:opened', null],
      ['chat_started', 'chatwire:first_message', expect.stringMatching(/^conv_/)],
      ['chat_message_sent', 'message', expect.stringMatching(/^conv_/)],
      ['chat_message_sent', 'message', expect.stringMatching(/^conv_/)],
      ['chat_message_received', 'message', expect.stringMatching(/^conv_/)],
    ]);
  expect(await dataLayerText(page)).not.toContain('jane.doe@');
});
