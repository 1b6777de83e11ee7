import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// Genesys Cloud Messenger's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'genesys_messenger', action, vendor_event, channel: 'messaging', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.genesys_messenger';
// Events the core derives (`chatwire:…`, e.g. `started` before the first message) are the core's tests' business.
const genesysPushes = async (page: Page) =>
  (await pushes(page)).filter((push) => push.chat.vendor === 'genesys_messenger' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const AGENT = { agent_name: 'Sam (Support)' };

/** Every demo button: open, a conversation with a message each way, disconnect, an error, close. */
const session = (page: Page) => run(page, `(() => { const f = ${fake}; f.events.forEach(([, click]) => click()); })()`);

const SESSION = [
  expected('Messenger.opened', 'opened'),
  // Conversations.started ("the messaging session is started with the server") pushes nothing.
  expected('MessagingService.messagesReceived', 'message_sent'),
  expected('MessagingService.messagesReceived', 'message_received', AGENT),
  expected('MessagingService.conversationDisconnected', 'ended'),
  expected('Conversations.error', 'error', { label: 'Network connection lost' }),
  expected('Messenger.closed', 'closed'),
];
const LOADED = [expected('Messenger.ready', 'loaded'), expected('Launcher.visible', 'shown')];
const counts = (page: Page) => run<number[]>(page, `Object.values(${fake}.subscribers).map((list) => list.length)`);

test("runtime first, through the snippet's Genesys.q: Messenger replays the subscriptions, ready is not missed, each event pushed once", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeGenesysMessengerOptions = { manual: true }');
  await loadScript(page, '/fixtures/genesys_messenger.js');
  await expect.poll(() => run(page, 'window.Genesys.q && window.Genesys.q.length')).toBe(9);
  await run(page, `${fake}.load()`);
  await session(page);
  await expect.poll(() => genesysPushes(page)).toEqual([...LOADED, ...SESSION]);
  // The real function was taken over, not subscribed to again.
  expect(await counts(page)).toEqual(Array(9).fill(1));
});

test('snippet stub first, then chatwire, then genesys.min.js: subscribed through the queue, each event once', async ({ page }) => {
  const attachLines = attachLog(page, 'genesys_messenger');
  await page.goto(PAGE);
  await run(page, 'window.fakeGenesysMessengerOptions = { manual: true }; window.chatwireConfig = { debug: true }');
  await loadScript(page, '/fixtures/genesys_messenger.js');
  // The deployment snippet as Genesys documents it: a function with `t` and `c` only; `q` comes with the first call.
  expect(await run(page, `[window._genesysJs, typeof Genesys, Object.keys(Genesys).sort()]`)).toEqual(['Genesys', 'function', ['c', 't']]);
  await loadScript(page, RUNTIME);
  expect(await run(page, 'window.Genesys.q.length')).toBe(9);
  await run(page, `${fake}.load()`);
  await session(page);
  await expect.poll(() => genesysPushes(page)).toEqual([...LOADED, ...SESSION]);
  expect(await counts(page)).toEqual(Array(9).fill(1));
  // Attached once, through the stub, and nothing failed on it.
  expect(attachLines()).toEqual(['[chatwire] genesys_messenger attached']);
});

test('restored history is not pushed as live messages, through MessagingService.restored or messagesReceived', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/genesys_messenger.js');
  // Restored with the session, and the same messages echoed through messagesReceived.
  await run(page, `${fake}.restore({ echo: true })`);
  // History that only comes through messagesReceived, dated before this page loaded.
  await run(page, `${fake}.restore({ restored: false })`);
  // A batch mixing a live message with an already restored one: only the live one.
  await run(
    page,
    `(() => { const f = ${fake}; f.emit('MessagingService.messagesReceived', { event: 'MessagingService.messagesReceived',
    data: { messages: [f.message('Outbound', 'old', Date.now() - 3600000), f.message('Outbound', 'new')] } }); })()`,
  );
  await run(page, `${fake}.events[1][1](); ${fake}.events[2][1]()`);
  await expect
    .poll(() => genesysPushes(page))
    .toEqual([
      expected('MessagingService.messagesReceived', 'message_received', AGENT),
      expected('MessagingService.messagesReceived', 'message_sent'),
      expected('MessagingService.messagesReceived', 'message_received', AGENT),
    ]);
});

test('widget first: later events are pushed; Messenger.ready, published before chatwire came, is not replayed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/genesys_messenger.js');
  expect(await run(page, `${fake}.loaded`)).toBe(true);
  await loadScript(page, RUNTIME);
  await expect.poll(async () => (await counts(page)).length).toBe(9);
  await session(page);
  await expect.poll(() => genesysPushes(page)).toEqual(SESSION);
});

test("the site's own subscribers keep running, and no message text or contact detail reaches the dataLayer in any privacy mode", async ({ page }) => {
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.siteCalls = []; window.chatwireConfig = { pii: '${pii}' }; window.fakeGenesysMessengerOptions = { manual: true }`);
    await loadScript(page, '/fixtures/genesys_messenger.js');
    await run(page, `Genesys('subscribe', 'Messenger.opened', (o) => siteCalls.push(o.event))`);
    await loadScript(page, RUNTIME);
    await run(page, `${fake}.load()`);
    await session(page);
    await run(
      page,
      `${fake}.emit('MessagingService.messagesReceived', { data: { messages: [{ direction: 'Inbound', text: 'call me on +1 415 555 0100', from: { nickname: 'Jane Doe' } }] } })`,
    );
    await expect.poll(async () => (await genesysPushes(page)).length, pii).toBe(9);
    expect(await run(page, 'window.siteCalls')).toEqual(['Messenger.opened']);
    const all = await genesysPushes(page);
    expect(all.map((push) => [push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256]).flat()).toEqual(Array(36).fill(null));
    // The visitor's nickname on an Inbound message is never read: agent_name comes from Outbound ones only.
    expect(all.at(-1)?.chat.agent_name).toBe(null);
    const text = await dataLayerText(page);
    for (const secret of ['jane.doe@', 'Jane Doe', 'Hello Jane', '+1 415 555', '415 555 0100']) expect(text, pii).not.toContain(secret);
  }
});

test('malformed payloads and messages without a direction are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/genesys_messenger.js');
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, {}, [], 'x', { data: null }, { data: { messages: [] } }, { data: { messages: [{ direction: '__proto__' }] } }, { data: { messages: 'Outbound' } }]) {
      f.emit('MessagingService.messagesReceived', raw);
    }
    f.emit('Conversations.error', { data: { error: { code: 500 } } });
    f.emit('Conversations.error');
    f.emit('Messenger.opened', null);
    f.emit('Some.newEvent', {});
  })()`,
  );
  await expect
    .poll(() => genesysPushes(page))
    .toEqual([expected('Conversations.error', 'error'), expected('Conversations.error', 'error'), expected('Messenger.opened', 'opened')]);
});
