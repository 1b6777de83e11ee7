import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Salesforce Embedded Messaging's documented window events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'salesforce_messaging', action, vendor_event, channel: 'messaging', timestamp: expect.any(Number), ...fields }) },
  });

const fake = 'window.chatwireFakes.salesforce_messaging';
const sfPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'salesforce_messaging');
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);

const CONVERSATION = 'a1b2c3d4-0000-4000-8000-00000000c0de';
const SESSION = [
  expected('onEmbeddedMessagingInvitationShown', 'shown', { conversation_id: null }),
  expected('onEmbeddedMessagingInvitationRejected', 'hidden', { conversation_id: null }),
  expected('onEmbeddedMessagingWindowMaximized', 'opened'),
  expected('onEmbeddedMessagingConversationStarted', 'started', { conversation_id: CONVERSATION }),
  // Server-sent events keep their transcribed time.
  expected('onEmbeddedMessagingConversationRouted', 'agent_requested', { conversation_id: CONVERSATION, timestamp: 1767225601000 }),
  expected('onEmbeddedMessagingConversationParticipantChanged', 'agent_joined', {
    conversation_id: CONVERSATION,
    timestamp: 1767225602000,
    agent_id: '005Hs00000Agent',
    agent_name: 'Sam Support',
  }),
  expected('onEmbeddedMessagingWindowMinimized', 'closed', { conversation_id: null }),
  expected('onEmbeddedMessagingConversationClosed', 'ended', { conversation_id: CONVERSATION, timestamp: 1767225603000 }),
];
const LOADED = [expected('onEmbeddedMessagingReady', 'loaded'), expected('onEmbeddedMessagingButtonCreated', 'shown')];

test('runtime first: the bootstrap global is there before init, so Ready and every later event are pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeSalesforceMessagingOptions = { manual: true }');
  await loadScript(page, '/fixtures/salesforce_messaging.js');
  await run(page, `${fake}.load()`);
  await expect.poll(() => sfPushes(page)).toEqual(LOADED);
  await session(page);
  await expect.poll(() => sfPushes(page)).toEqual([...LOADED, ...SESSION]);
});

test('bootstrap script first, then chatwire, then the client initialises: Ready and every later event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeSalesforceMessagingOptions = { manual: true }');
  await loadScript(page, '/fixtures/salesforce_messaging.js');
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await expect.poll(() => sfPushes(page)).toEqual(LOADED);
  await session(page);
  await expect.poll(() => sfPushes(page)).toEqual([...LOADED, ...SESSION]);
});

test('widget first: a runtime arriving after Ready reports the later events (Ready itself has no state to read)', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/salesforce_messaging.js');
  await page.waitForFunction(() => (window as any).chatwireFakes.salesforce_messaging.loaded);
  await loadScript(page, RUNTIME);
  await session(page);
  await expect.poll(() => sfPushes(page)).toEqual(SESSION);
});

test("Ready again on the same page (an ended conversation's window closed, a logout) is no second loaded, across stop()/start() too", async ({ page }) => {
  await page.goto(PAGE);
  // The site's own Ready listener: it keeps hearing every Ready, once each.
  await run(page, "window.siteReady = 0; addEventListener('onEmbeddedMessagingReady', () => siteReady++)");
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/salesforce_messaging.js');
  await expect.poll(() => sfPushes(page)).toEqual(LOADED);
  await session(page);
  // The documented repeats of Ready, then a later event: pushed, while Ready is not.
  await run(page, `${fake}.closeEndedWindow(), embeddedservice_bootstrap.userVerificationAPI.clearSession()`);
  await expect.poll(() => run(page, 'window.siteReady')).toBe(3);
  await run(page, `${fake}.events[0][1]()`);
  await expect.poll(() => sfPushes(page)).toEqual([...LOADED, ...SESSION, SESSION[0]]);
  // A new attachment to the same client: its Ready was pushed before.
  await run(page, 'chatwire.stop(), chatwire.start()');
  await run(page, `${fake}.closeEndedWindow()`);
  await expect.poll(() => run(page, 'window.siteReady')).toBe(4);
  await run(page, `${fake}.events[0][1]()`);
  await expect.poll(() => sfPushes(page)).toEqual([...LOADED, ...SESSION, SESSION[0], SESSION[0]]);
});

test('widget first, then a Ready repeated on the same page: the first Ready chatwire hears is the one loaded', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/salesforce_messaging.js');
  await page.waitForFunction(() => (window as any).chatwireFakes.salesforce_messaging.loaded);
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.closeEndedWindow(), ${fake}.closeEndedWindow()`);
  await run(page, `${fake}.events[0][1]()`);
  await expect.poll(() => sfPushes(page)).toEqual([LOADED[0], SESSION[0]]);
});

test('a participant leaving, or the visitor joining, is no agent_joined', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/salesforce_messaging.js');
  await expect.poll(async () => (await sfPushes(page)).length).toBe(2);
  await run(
    page,
    `(() => { const f = ${fake}; const name = 'onEmbeddedMessagingConversationParticipantChanged';
    f.emit(name, f.sse('ParticipantChanged', { role: 'System' }, { entries: [{ operation: 'remove', displayName: 'Sam Support', participant: { role: 'Agent', subject: '005x' } }] }));
    f.emit(name, f.sse('ParticipantChanged', { role: 'System' }, { entries: [{ operation: 'add', displayName: 'Jane Doe', participant: { role: 'EndUser', subject: 'v1' } }] }));
    f.emit(name, f.sse('ParticipantChanged', { role: 'System' }, { entries: [{ operation: 'add', displayName: 'Einstein Bot', participant: { role: 'Chatbot', subject: '0Xx-bot' } }] })); })()`,
  );
  await expect
    .poll(async () => (await sfPushes(page)).slice(2).map((push) => [push.event, push.chat.agent_name, push.chat.agent_id]))
    .toEqual([['chat_agent_joined', 'Einstein Bot', '0Xx-bot']]);
});

test("the visitor's name and address in the payloads never reach the dataLayer; other listeners keep theirs", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; addEventListener('onEmbeddedMessagingConversationStarted', (e) => siteCalls.push(e.detail.conversationId))`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/salesforce_messaging.js');
  await session(page);
  await expect.poll(async () => (await sfPushes(page)).length).toBe(LOADED.length + SESSION.length);
  expect(await run(page, 'window.siteCalls')).toEqual([CONVERSATION]);
  const text = await dataLayerText(page);
  for (const secret of ['Jane Doe', 'jane.doe@']) expect(text).not.toContain(secret);
});

test('stop() removes the listeners; malformed details are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/salesforce_messaging.js');
  await expect.poll(async () => (await sfPushes(page)).length).toBe(2);
  await run(
    page,
    `(() => { const f = ${fake};
    const cyclic = {}; cyclic.self = cyclic;
    const throwing = Object.defineProperty({}, 'conversationEntry', { get() { throw new Error('boom'); } });
    for (const raw of [null, 'x', cyclic, throwing, { conversationEntry: { entryPayload: '{not json' } }, { conversationEntry: { entryPayload: '{"entries":null}' } }]) {
      f.emit('onEmbeddedMessagingConversationParticipantChanged', raw); f.emit('onEmbeddedMessagingConversationClosed', raw);
    }
    f.emit('onEmbeddedMessagingSomethingNew', {}); f.emit('onEmbeddedMessagingBusinessHoursEnded', {}); })()`,
  );
  await expect.poll(async () => (await sfPushes(page)).length).toBe(2 + 6);
  expect((await sfPushes(page)).slice(2).every((push) => push.event === 'chat_ended' && push.chat.conversation_id === null)).toBe(true);
  await run(page, `window.chatwire.stop(); ${fake}.emit('onEmbeddedMessagingWindowMaximized', {})`);
  await run(page, `window.chatwire.start(); ${fake}.emit('onEmbeddedMessagingWindowMinimized', {})`);
  await expect.poll(async () => (await sfPushes(page)).at(-1)?.event).toBe('chat_closed');
  expect((await sfPushes(page)).length).toBe(2 + 6 + 1);
});

test('an accepted invitation is the window opening, pushed once as opened (InvitationAccepted itself pushes nothing)', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/salesforce_messaging.js');
  await expect.poll(() => sfPushes(page)).toEqual(LOADED);
  await run(
    page,
    `${fake}.emit('onEmbeddedMessagingInvitationShown', {}); ${fake}.emit('onEmbeddedMessagingInvitationAccepted', {}); embeddedservice_bootstrap.utilAPI.launchChat()`,
  );
  await expect
    .poll(() => sfPushes(page))
    .toEqual([...LOADED, expected('onEmbeddedMessagingInvitationShown', 'shown', { conversation_id: null }), expected('onEmbeddedMessagingWindowMaximized', 'opened')]);
});
