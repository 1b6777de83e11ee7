import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Smartsupp's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'smartsupp', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.smartsupp';
const smartsuppPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'smartsupp');
const session = (page: Page) => run(page, `(() => { const f = ${fake}; f.events.forEach(([, click]) => click()); })()`);
const counts = (page: Page) => run<number[]>(page, `Object.values(${fake}.callbacks).map((list) => list.length)`);

const IDS = { conversation_id: 'chat-8f3e', visitor_id: 'vi-5f2a' };
// Smartsupp has no ready or start event: the core derives both (docs/events.md, "Derived events").
const LOADED = expected('chatwire:attached', 'loaded');
const SESSION = [
  expected('chatwire:first_message', 'started', IDS),
  expected('message_sent', 'message_sent', IDS),
  // agent.join is skipped (it re-fires on every page load while an agent is in the chat).
  expected('message_received', 'message_received', IDS),
  expected('messenger_close', 'closed'),
];

/** The three load orders every adapter supports (COMMON: chatwire first; stub, chatwire, widget; widget ready, chatwire later). */
const ORDERS: Record<string, (page: Page) => Promise<void>> = {
  'chatwire first': async (page) => {
    await loadScript(page, RUNTIME);
    await run(page, 'window.fakeSmartsuppOptions = { manual: true }');
    await loadScript(page, '/fixtures/smartsupp.js');
    // Subscribed through the stub: the calls wait in its queue, and nothing says the chat box is loaded yet.
    await expect.poll(() => run(page, 'window.smartsupp._.length')).toBe(3);
    expect(await smartsuppPushes(page)).toEqual([]);
    await run(page, `${fake}.load()`);
  },
  'embed stub first, chatwire, then the chat box': async (page) => {
    await run(page, 'window.fakeSmartsuppOptions = { manual: true }');
    await loadScript(page, '/fixtures/smartsupp.js');
    // The embed code's stub: a function whose only property is its queue `_`.
    expect(await run(page, `[typeof smartsupp, Object.keys(smartsupp), smartsupp._.length, _smartsupp.key.length]`)).toEqual(['function', ['_'], 0, 40]);
    await loadScript(page, RUNTIME);
    await expect.poll(() => run(page, 'window.smartsupp._.length')).toBe(3);
    await run(page, `${fake}.load()`);
  },
  'chat box fully loaded, chatwire later (as GTM loads it)': async (page) => {
    await loadScript(page, '/fixtures/smartsupp.js');
    expect(await run(page, `${fake}.loaded`)).toBe(true);
    await loadScript(page, RUNTIME);
  },
};

for (const [order, setup] of Object.entries(ORDERS)) {
  test(`${order}: loaded derived once, started derived before the first message, each event pushed once`, async ({ page }) => {
    await page.goto(PAGE);
    await setup(page);
    await expect.poll(async () => (await counts(page)).length).toBe(3);
    // The real function in place of the stub is what the core reports as loaded (at its next detection check).
    await expect.poll(() => smartsuppPushes(page)).toEqual([LOADED]);
    await session(page);
    await expect.poll(() => smartsuppPushes(page)).toEqual([LOADED, ...SESSION]);
    expect(await counts(page)).toEqual([1, 1, 1]);
  });
}

test('a conversation is started once: not again on its next message, nor after stop()/start(); a new chat id starts a new one', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/smartsupp.js');
  await loadScript(page, RUNTIME);
  await expect.poll(async () => (await counts(page)).length).toBe(3);
  await run(page, `smartsupp('chat:send', 'one'); smartsupp('chat:send', 'two')`);
  await run(page, `chatwire.stop(); chatwire.start(); smartsupp('chat:send', 'three')`);
  await run(page, `${fake}.emit('message_sent', {}, { chatId: 'chat-2', visitorId: 'vi-5f2a' })`);
  await expect
    .poll(async () => (await smartsuppPushes(page)).map((push) => [push.chat.action, push.chat.conversation_id]))
    .toEqual([
      ['loaded', null],
      ['started', 'chat-8f3e'],
      ['message_sent', 'chat-8f3e'],
      ['message_sent', 'chat-8f3e'],
      ['message_sent', 'chat-8f3e'],
      ['started', 'chat-2'],
      ['message_sent', 'chat-2'],
    ]);
});

test("the site's own callbacks keep running; messages and the visitor's details never reach the dataLayer in any privacy mode", async ({ page }) => {
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.siteCalls = []; window.chatwireConfig = { pii: '${pii}' }; window.fakeSmartsuppOptions = { manual: true }`);
    await loadScript(page, '/fixtures/smartsupp.js');
    await run(
      page,
      `smartsupp('on', 'message_sent', (model, message) => siteCalls.push(message.content.text)); smartsupp('email', 'jane.doe@example.com'); smartsupp('phone', '+1 415 555 0100')`,
    );
    await loadScript(page, RUNTIME);
    await run(page, `${fake}.load()`);
    await session(page);
    await run(page, `${fake}.emit('message_received', { email: 'jane.doe@example.com' }, { content: { text: 'call +1 415 555 0100' } })`);
    await expect.poll(async () => (await smartsuppPushes(page)).length, pii).toBe(6);
    expect(await run(page, 'window.siteCalls')).toEqual(['Hi, I am Jane Doe, jane.doe@example.com']);
    const all = await smartsuppPushes(page);
    expect(all.map((push) => [push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256]).flat()).toEqual(Array(24).fill(null));
    const text = await dataLayerText(page);
    for (const secret of ['jane.doe@', 'Jane Doe', 'Hello Jane', '+1 415 555', '415 555 0100']) expect(text, pii).not.toContain(secret);
  }
});

test('malformed callback arguments and unknown events are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/smartsupp.js');
  await run(
    page,
    `(() => { const f = ${fake};
    f.emit('messenger_close', null, undefined, { $cycle: 1 });
    f.emit('status', 'online');
    f.emit('agent.join', {}, { id: 'ag-1', nickname: 'Sam' });
    f.emit('agent.leave', {}, { id: 'ag-1', nickname: 'Sam' });
    f.emit('something_new', {});
  })()`,
  );
  await expect.poll(() => smartsuppPushes(page)).toEqual([LOADED, expected('messenger_close', 'closed')]);
});
