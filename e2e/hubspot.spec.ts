import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// HubSpot's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'hubspot', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.hubspot';
const hubspotPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'hubspot');
const emit = (page: Page, name: string, payload?: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}${payload === undefined ? '' : `, ${JSON.stringify(payload)}`})`);

/** [event, payload, action, fields]: every mapped HubSpot event but widgetLoaded. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['conversationStarted', { conversation: { conversationId: 9876544 } }, 'started', { conversation_id: '9876544' }],
  ['unreadConversationCountChanged', { unreadCount: 1 }, 'message_received', {}],
  ['quickReplyButtonClick', { value: ['Talk to sales'] }, 'question_answered', { label: 'Talk to sales' }],
  ['contactAssociated', { message: 'Contact associated' }, 'lead', { lead_type: 'email' }],
  ['widgetClosed', {}, 'closed', {}],
  ['conversationClosed', { conversation: { conversationId: 9876544 } }, 'ended', { conversation_id: '9876544' }],
];
const everyRow = async (page: Page) => {
  for (const [name, payload] of ROWS) await emit(page, name, payload);
};
/** chatwire has subscribed to the fake's HubSpotConversations. */
const attached = (page: Page) => expect.poll(() => run(page, `(${fake}.listeners.conversationStarted || []).length`), { timeout: 5000 }).toBeGreaterThan(0);
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));
const LOADED = expected('widgetLoaded', 'loaded');

test('runtime first, widget loaded later with widget.load(): widgetLoaded and every event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `window.hsConversationsSettings = { loadImmediately: false }; window.hsConversationsOnReady = [function () { window.apiReady = true; }]`);
  await loadScript(page, '/fixtures/hubspot.js');
  // chatwire attaches once HubSpotConversations appears, before the widget loads.
  await expect.poll(() => run(page, `(${fake}.listeners.conversationStarted || []).length`)).toBe(1);
  expect(await run(page, 'window.apiReady')).toBe(true);
  expect(await hubspotPushes(page)).toEqual([]);
  await run(page, 'HubSpotConversations.widget.load()');
  await everyRow(page);
  await expect.poll(() => hubspotPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  expect(await run(page, `Object.values(${fake}.listeners).every((list) => list.length === 1)`)).toBe(true);
});

test('runtime first, the API appearing 1.5 s after the tracking code: picked up, widgetLoaded reported once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeHubSpotOptions = { delay: 1500 }');
  await loadScript(page, '/fixtures/hubspot.js');
  await expect.poll(() => run(page, `(${fake}.listeners.conversationStarted || []).length`), { timeout: 5000 }).toBe(1);
  await everyRow(page);
  await expect.poll(() => hubspotPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('tracking code first, chatwire, then the API and the widget: picked up when the API appears, widgetLoaded once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeHubSpotOptions = { manual: true }');
  await loadScript(page, '/fixtures/hubspot.js');
  await loadScript(page, RUNTIME);
  expect(await run(page, 'window.HubSpotConversations')).toBeUndefined();
  await run(page, 'chatwireFakes.hubspot.load()');
  await attached(page);
  await everyRow(page);
  await expect.poll(() => hubspotPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('widget loaded first, chatwire later (as GTM loads it): a loaded widget is reported loaded once, later events are pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/hubspot.js');
  await page.waitForFunction(() => (window as any).HubSpotConversations?.widget.status().loaded);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => hubspotPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  // No listener waits for a widgetLoaded that already happened.
  expect(await run(page, `(${fake}.listeners.widgetLoaded || []).length`)).toBe(0);
});

test('the unread count falling to 0, and events chatwire does not map, push nothing', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/hubspot.js');
  await page.waitForFunction(() => (window as any).HubSpotConversations);
  await loadScript(page, RUNTIME);
  await emit(page, 'unreadConversationCountChanged', { unreadCount: 2 });
  await emit(page, 'unreadConversationCountChanged', { unreadCount: 0 });
  await emit(page, 'unreadConversationCountChanged', { unreadCount: 'x' });
  await emit(page, 'userInteractedWithWidget', { message: 'User Interacted With Widget' });
  await emit(page, 'userSelectedThread', { conversation: { threadId: 5 } });
  await emit(page, 'widgetClosed', {});
  await expect.poll(async () => (await hubspotPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_message_received', 'chat_closed']);
});

test('only a rise of the unread count is a message, remembered per widget object across stop()/start()', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/hubspot.js');
  await page.waitForFunction(() => (window as any).HubSpotConversations);
  await loadScript(page, RUNTIME);
  await attached(page);
  for (const count of [1, 1, 3]) await emit(page, 'unreadConversationCountChanged', { unreadCount: count });
  await run(page, 'chatwire.stop(); chatwire.start()');
  await attached(page);
  for (const count of [3, 0, 1]) await emit(page, 'unreadConversationCountChanged', { unreadCount: count });
  await expect.poll(async () => (await hubspotPushes(page)).filter((push) => push.chat.action === 'message_received').length).toBe(3);
});

// HubSpot documents no report of the current count to a new listener; should the widget make one (the fake's
// `reportsOnRegistration`, as Zendesk's classic widget and Front do), it is a baseline, not a reply: neither the count
// left when chatwire comes after the widget (the GTM order), nor one that rose while chatwire was stopped, is a message.
test("a count reported to chatwire's new listener is a baseline: in the GTM order and at start() after stop()", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeHubSpotOptions = { reportsOnRegistration: true }');
  await loadScript(page, '/fixtures/hubspot.js');
  await page.waitForFunction(() => (window as any).HubSpotConversations);
  // Two conversations with unread replies before chatwire came.
  await run(page, `${fake}.unread(2)`);
  await loadScript(page, RUNTIME);
  await attached(page);
  const received = async () => (await hubspotPushes(page)).filter((push) => push.chat.action === 'message_received').length;
  // The visitor reads one (2 → 1: no message), then a reply comes (1 → 2: a message).
  await run(page, `${fake}.unread(1); ${fake}.unread(2)`);
  await expect.poll(received).toBe(1);
  // A reply while chatwire is stopped (2 → 3), reported to chatwire's new listener at start(): no message.
  await run(page, `chatwire.stop(); ${fake}.unread(3); chatwire.start()`);
  await attached(page);
  await expect.poll(() => run(page, `${fake}.listeners.unreadConversationCountChanged.length`)).toBe(1);
  await run(page, `${fake}.unread(4)`);
  await expect.poll(received).toBe(2);
});

// Nor does HubSpot document a report of a count left from an earlier page; should the widget make one while it loads
// (the fake's `restoresUnread`, before `widget.status().loaded`), it is a baseline: no reply came on this page.
test('a count the widget reports before it has loaded is a baseline, not a reply', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeHubSpotOptions = { manual: true, restoresUnread: 1 }; window.hsConversationsSettings = { loadImmediately: false }');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/hubspot.js');
  await run(page, `${fake}.load()`);
  // chatwire listens before the widget loads.
  await attached(page);
  await run(page, 'HubSpotConversations.widget.load()');
  await expect.poll(async () => (await hubspotPushes(page)).map((push) => push.event)).toEqual(['chat_loaded']);
  // A reply on this page (1 → 2).
  await run(page, `${fake}.unread(2)`);
  await expect.poll(async () => (await hubspotPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_message_received']);
});

test("the site's listeners keep running; stop() removes chatwire's with .off()", async ({ page }) => {
  await page.goto(PAGE);
  await run(
    page,
    `window.siteCalls = []; window.hsConversationsOnReady = [function () {
    HubSpotConversations.on('conversationStarted', function (p) { siteCalls.push(p.conversation.conversationId); });
  }]`,
  );
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/hubspot.js');
  await expect.poll(() => run(page, `(${fake}.listeners.conversationStarted || []).length`)).toBe(2);
  await emit(page, 'conversationStarted', { conversation: { conversationId: 7 } });
  await expect.poll(async () => (await hubspotPushes(page)).length).toBe(2);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `${fake}.listeners.conversationStarted.length`)).toBe(1);
  await emit(page, 'conversationStarted', { conversation: { conversationId: 8 } });
  expect(await run(page, 'window.siteCalls')).toEqual([7, 8]);
  expect((await hubspotPushes(page)).length).toBe(2);
});

test('the visitor identity never reaches the dataLayer, in any privacy mode', async ({ page }) => {
  const secrets = ['jane.doe@', 'Jane Doe', '+1 415 555'];
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }; window.hsConversationsSettings = { identificationEmail: 'jane.doe@example.com' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/hubspot.js');
    await attached(page);
    // Undocumented extras, as a later widget version might send.
    await emit(page, 'contactAssociated', { message: 'Contact associated', email: 'jane.doe@example.com', name: 'Jane Doe' });
    await emit(page, 'quickReplyButtonClick', { value: ['Call me on +1 415 555 0100'] });
    await expect.poll(async () => (await hubspotPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_lead', 'chat_question_answered']);
    const text = await dataLayerText(page);
    for (const secret of secrets) expect(text, pii).not.toContain(secret);
    // HubSpot gives no address with contactAssociated: nothing to hash or include.
    for (const push of await hubspotPushes(page)) expect([push.chat.email, push.chat.email_sha256]).toEqual([null, null]);
  }
});

test('malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/hubspot.js');
  await attached(page);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [undefined, null, 'x', [], { conversation: null }, { conversation: { conversationId: {} } }, { value: 'Yes' }]) { f.emit('conversationStarted', raw); f.emit('unreadConversationCountChanged', raw); }
    f.emit('toString', {}); f.emit('__proto__', {}); })()`,
  );
  await expect
    .poll(async () => (await hubspotPushes(page)).map((push) => [push.event, push.chat.conversation_id]))
    .toEqual([['chat_loaded', null], ...Array(7).fill(['chat_started', null])]);
});
