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
const msg = (userId: string, text: string) => ({ id: 'm1', conversationId: conv, userId, payload: { type: 'text', text }, createdAt: '2026-12-03T07:00:00.000Z' });
/** [event, argument, action, fields]: every mapped event but webchat:initialized. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['webchat:opened', undefined, 'opened', {}],
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
  await run(page, `${fake}.events.forEach(([, click]) => click())`);
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
