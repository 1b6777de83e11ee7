import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Salesforce legacy chat's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'salesforce_chat', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.salesforce_chat';
// Events the core derives (`chatwire:…`, e.g. `loaded` at attach: Salesforce has no ready event) are the core's tests' business.
const sfPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'salesforce_chat' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);

const KEY = 'f3c5a0a8-7d2e-4c1b-9e6f-000000000001';
const SESSION = [
  expected('onHelpButtonClick', 'opened'),
  expected('onChatRequestSuccess', 'started', { conversation_id: KEY }),
  // Two queue updates of the same wait: one request.
  expected('onQueueUpdate', 'agent_requested', { conversation_id: KEY, label: 'queue' }),
  expected('onChatEstablished', 'agent_joined', { conversation_id: KEY }),
  expected('onChasitorMessage', 'message_sent', { conversation_id: KEY }),
  expected('onAgentMessage', 'message_received', { conversation_id: KEY }),
  expected('onChatTransferSuccessful', 'agent_joined', { conversation_id: KEY, label: 'transfer' }),
  expected('onChatEndedByChasitor', 'ended', { conversation_id: KEY, label: 'visitor' }),
  expected('onChatEndedByAgent', 'ended', { conversation_id: KEY, label: 'agent' }),
  expected('onIdleTimeoutOccurred', 'ended', { conversation_id: KEY, label: 'idle_timeout' }),
  expected('onConnectionError', 'error', { conversation_id: KEY }),
  expected('onChatReconnectSuccessful', 'agent_joined', { conversation_id: KEY, label: 'reconnected' }),
  // The offline form passes no data: a lead of unknown type, nothing personal.
  expected('onClickSubmitButton', 'lead', { label: 'offline_form' }),
  expected('onInviteAccepted', 'opened', { label: 'invitation' }),
  expected('onInviteRejected', 'closed', { label: 'invitation' }),
];

test('runtime first: handlers are added when esw.min.js has run, before the snippet calls init', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  // The real load order: the script runs, chatwire sees embedded_svc in the capturing load listener, then onload → initESW → init.
  await loadScript(page, '/fixtures/salesforce_chat.js');
  expect(await run(page, `${fake}.loaded`)).toBe(true);
  expect(await run(page, `Object.values(${fake}.handlers).map((list) => list.length)`)).toEqual(Array(15).fill(1));
  await session(page);
  await expect.poll(() => sfPushes(page)).toEqual(SESSION);
});

test('esw.min.js first (embedded_svc defined, init not yet run), then chatwire, then the snippet runs init: the same pushes', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeSalesforceChatOptions = { manual: true }');
  await loadScript(page, '/fixtures/salesforce_chat.js');
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await session(page);
  await expect.poll(() => sfPushes(page)).toEqual(SESSION);
});

test('widget first (chatwire after embedded_svc.init, as GTM often loads it): Salesforce takes no handlers; nothing pushed, nothing breaks, said in debug', async ({ page }) => {
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/salesforce_chat.js');
  expect(await run(page, `${fake}.loaded`)).toBe(true);
  await run(page, 'window.chatwireConfig = { debug: true }');
  await loadScript(page, RUNTIME);
  await session(page);
  // The runtime did attach (and would have subscribed), but the documented API ignores late handlers.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await sfPushes(page)).toEqual([]);
  expect(await run(page, `Object.keys(${fake}.handlers).length`)).toBe(0);
  expect(logs.some((text) => text.includes('salesforce_chat') && text.includes('called only if embedded_svc.init() runs after this'))).toBe(true);
});

test("the site's own handlers keep running, and the prechat details never reach the dataLayer", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeSalesforceChatOptions = { manual: true }; window.siteCalls = []');
  await loadScript(page, '/fixtures/salesforce_chat.js');
  await run(page, `embedded_svc.addEventHandler('onChatEstablished', (data) => siteCalls.push(data.liveAgentSessionKey))`);
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await session(page);
  await expect.poll(async () => (await sfPushes(page)).length).toBe(SESSION.length);
  expect(await run(page, 'window.siteCalls')).toEqual([KEY]);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane', '+1 415 555']) expect(text).not.toContain(secret);
});

test('malformed data and unknown events are ignored without errors; stop() silences the handlers', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/salesforce_chat.js');
  await run(
    page,
    `(() => { const f = ${fake};
    const cyclic = {}; cyclic.liveAgentSessionKey = cyclic;
    const throwing = Object.defineProperty({}, 'liveAgentSessionKey', { get() { throw new Error('boom'); } });
    for (const raw of [null, 'x'.repeat(5000), cyclic, throwing, [], { liveAgentSessionKey: 42 }]) f.emit('onChatEstablished', raw);
    f.emit('onQueueUpdate', { liveAgentSessionKey: 'k' }); f.emit('onSomethingNew', {});
    f.emit('onQueueUpdate', { liveAgentSessionKey: { toString() { throw new Error('x'); } } }); })()`,
  );
  await expect.poll(async () => (await sfPushes(page)).map((push) => push.chat.conversation_id)).toEqual([null, null, null, null, null, '42', 'k', null]);
  await run(page, `window.chatwire.stop(); ${fake}.emit('onHelpButtonClick')`);
  await run(page, `window.chatwire.start(); ${fake}.emit('onInviteRejected')`);
  await expect.poll(async () => (await sfPushes(page)).at(-1)?.event).toBe('chat_closed');
  expect((await sfPushes(page)).length).toBe(9);
});
