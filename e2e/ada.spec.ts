import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Ada's documented event keys (and those of its own event types) → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'ada', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.ada';
/** This vendor's pushes, without the core's derived ones (`chatwire:…`). */
const adaPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'ada' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, key: string, payload?: unknown) => run(page, `${fake}.emit(${JSON.stringify(key)}, ${payload === undefined ? 'undefined' : JSON.stringify(payload)})`);

const id = '66f1c0ffee0000000000ada1';
/** [key, payload, action, fields]: every mapped event key. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['ada:conversation:message', { conversation_id: id, message: 'Hi Jane Doe' }, 'message_received', { conversation_id: id }],
  ['ada:agent:joined', { conversation_id: id }, 'agent_joined', { conversation_id: id }],
  ['ada:minimize_chat', { conversation_id: id, is_engaged: true }, 'closed', { conversation_id: id }],
  ['ada:close_chat', { conversation_id: id, is_engaged: true }, 'closed', { conversation_id: id }],
  ['ada:campaigns:shown', { campaignKey: 'spring_sale' }, 'shown', { widget_id: 'spring_sale' }],
  // The transcript is the conversation's text: never read.
  ['ada:end_conversation', { chatter_id: 'chatter-7', event_data: { chatter_transcript: 'Jane Doe: jane@example.com' } }, 'ended', { visitor_id: 'chatter-7' }],
];
const everyRow = async (page: Page) => {
  for (const [key, payload] of ROWS) await emit(page, key, payload);
};
const EVERY_ROW = ROWS.map(([key, , action, fields]) => expected(key, action, fields));
const subscribed = (page: Page) => run<string[]>(page, `${fake}.subscriptions().map((s) => s.key)`);

for (const order of ['runtime, settings, embed2.js', 'settings, runtime, embed2.js']) {
  test(`${order}: chatwire subscribes once adaEmbed exists; every key pushed once; the site's callbacks run once`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, `window.fakeAdaOptions = { manual: true }; window.siteCalls = []`);
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await run(page, `window.adaSettings = { handle: 'shop', adaReadyCallback: ({ isRolledOut }) => siteCalls.push('ready ' + isRolledOut) }`);
    if (!order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/ada.js');
    await run(page, `adaEmbed.subscribeEvent('ada:close_chat', (data) => siteCalls.push(data.conversation_id))`);
    await expect.poll(() => subscribed(page)).toHaveLength(7);
    await run(page, `${fake}.load()`);
    await everyRow(page);
    await expect.poll(() => adaPushes(page)).toEqual(EVERY_ROW);
    expect(await run(page, 'window.siteCalls')).toEqual(['ready true', id]);
  });
}

test('embed set up before chatwire: later events pushed; stop() silences chatwire, the site callback keeps running', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; window.adaSettings = { handle: 'shop' }`);
  await loadScript(page, '/fixtures/ada.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await run(page, `adaEmbed.subscribeEvent('ada:minimize_chat', () => siteCalls.push('min'))`);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => adaPushes(page)).toEqual(EVERY_ROW);
  await run(page, 'chatwire.stop()');
  await everyRow(page);
  expect(await adaPushes(page)).toEqual(EVERY_ROW);
  expect(await run(page, 'window.siteCalls')).toEqual(['min', 'min']);
});

test('a refused subscription is no page error; unmapped keys and malformed payloads push nothing wrong; no message text', async ({ page }) => {
  await page.goto(PAGE);
  // An embed that refuses subscriptions (not started): chatwire must not leave an unhandled rejection.
  await run(page, `window.refused = 0; window.adaEmbed = { subscribeEvent: () => (refused++, Promise.reject(new Error('not started'))) }`);
  await loadScript(page, RUNTIME);
  await expect.poll(() => run(page, 'window.refused')).toBe(6);
  // Rejections are reported after the microtasks: one macrotask later any unhandled one has reached the page.
  await run(page, 'new Promise((resolve) => setTimeout(resolve, 0))');
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ada.js');
  await expect.poll(() => subscribed(page)).toHaveLength(6);
  await run(
    page,
    `(() => { const f = ${fake};
    f.emit('ada:agent:left', { conversation_id: 'x' }); f.emit('ada:unknown', {});
    for (const raw of [undefined, null, 'x', [], { conversation_id: {} }]) f.emit('ada:close_chat', raw);
    f.events.forEach(([, click]) => click()); })()`,
  );
  await expect
    .poll(async () => (await adaPushes(page)).map((push) => [push.event, push.chat.conversation_id]))
    .toEqual([
      ...Array(5).fill(['chat_closed', null]),
      ['chat_shown', null],
      ['chat_message_received', id],
      ['chat_agent_joined', id],
      ['chat_closed', id],
      ['chat_closed', id],
      ['chat_ended', null],
    ]);
  expect(await dataLayerText(page)).not.toContain('Jane');
  expect(await dataLayerText(page)).not.toContain('jane@');
});
