import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Kustomer's documented listener events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'kustomer', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.kustomer';
/** This vendor's pushes, without the core's derived ones (`chatwire:…`). */
const kPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'kustomer' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, ...args: unknown[]) =>
  run(page, `${fake}.emit(${[name, ...args].map((arg) => (arg === undefined ? 'undefined' : JSON.stringify(arg))).join(', ')})`);

const created = { conversationId: '5f2a9c1', createdAt: '2026-12-03T07:00:00.000Z', ended: false, isInAssistantMode: false };
/** [event, response, action, fields]: every mapped event. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['onOpen', null, 'opened', {}],
  ['onConversationCreate', created, 'started', { conversation_id: '5f2a9c1' }],
  // The unread total rises from 0: a message came; the total is the label.
  ['onUnread', { total: 1, conversations: { '5f2a9c1': 1 } }, 'message_received', { label: '1' }],
  ['onClose', null, 'closed', {}],
];
const everyRow = async (page: Page) => {
  for (const [name, response] of ROWS) await emit(page, name, response);
};
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));

/** The site's code, as the docs write it: start, then listeners in start's callback. */
const SITE = `window.siteCalls = [];
  Kustomer.start({ brandId: 'brand-1' }, function () {
    Kustomer.addListener('onConversationCreate', function (response, error) { siteCalls.push(response.conversationId); });
  });`;

for (const order of ['runtime, loader, SDK', 'loader and start(), runtime, SDK']) {
  test(`${order}: chatwire subscribes once the SDK is there; every event pushed once; the site's listener runs once`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, 'window.fakeKustomerOptions = { manual: true }');
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/kustomer.js');
    await run(page, SITE);
    if (!order.startsWith('runtime')) await loadScript(page, RUNTIME);
    // Only start() is there: nothing to subscribe to yet.
    expect(await run(page, `Object.keys(${fake}.listeners).length`)).toBe(0);
    await run(page, `${fake}.load()`);
    await expect.poll(() => run(page, `(${fake}.listeners.onOpen || []).length`)).toBe(1);
    await everyRow(page);
    await expect.poll(() => kPushes(page)).toEqual(EVERY_ROW);
    expect(await run(page, 'window.siteCalls')).toEqual(['5f2a9c1']);
  });
}

test("SDK started before chatwire: later events pushed; stop() removes chatwire's listeners, the site's stay", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeKustomerOptions = { manual: true }');
  await loadScript(page, '/fixtures/kustomer.js');
  await run(page, SITE);
  await run(page, `${fake}.load()`);
  expect(await run(page, `${fake}.isStarted()`)).toBe(true);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => kPushes(page)).toEqual(EVERY_ROW);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `[${fake}.listeners.onOpen.length, ${fake}.listeners.onConversationCreate.length]`)).toEqual([0, 1]);
  await everyRow(page);
  expect(await run(page, 'window.siteCalls')).toEqual(['5f2a9c1', '5f2a9c1']);
  expect(await kPushes(page)).toEqual(EVERY_ROW);
});

test('unread counts, errors and malformed responses push nothing wrong; no personal data', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/kustomer.js');
  await expect.poll(() => run(page, `(${fake}.listeners.onOpen || []).length`)).toBe(1);
  await run(page, `Kustomer.login({ jwtToken: 'secret-token' }); Kustomer.describeCustomer({ attributes: { emails: ['jane.doe@example.com'] } })`);
  await run(
    page,
    `(() => { const f = ${fake};
    f.emit('onLogin', { email: 'jane.doe@example.com' });
    f.emit('onConversationCreate', null, new Error('failed'));
    for (const raw of [undefined, 'x', 42, [], { conversationId: {} }]) f.emit('onConversationCreate', raw); })()`,
  );
  await expect.poll(async () => (await kPushes(page)).map((push) => [push.event, push.chat.conversation_id])).toEqual(Array(5).fill(['chat_started', null]));
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'secret-token']) expect(text).not.toContain(secret);
});

test('the unread total: each rise is one message_received, a fall or a repeat none; odd totals are ignored', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/kustomer.js');
  await expect.poll(() => run(page, `(${fake}.listeners.onUnread || []).length`)).toBe(1);
  for (const total of [2, 2, 0, 'x', null, -1, 1, 3]) await emit(page, 'onUnread', { total, conversations: {} });
  await emit(page, 'onUnread', undefined, new Error('failed'));
  await expect
    .poll(async () => (await kPushes(page)).map((push) => [push.event, push.chat.label]))
    .toEqual([
      ['chat_message_received', '2'],
      ['chat_message_received', '1'],
      ['chat_message_received', '3'],
    ]);
});
