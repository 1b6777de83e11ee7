import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Dynamics 365 live chat's documented window events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'dynamics365', action, vendor_event, channel: 'chat' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.dynamics365';
/** This vendor's pushes, without the core's derived ones (`chatwire:…`). */
const lcwPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'dynamics365' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, detail?: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${detail === undefined ? 'undefined' : JSON.stringify(detail)})`);

const system = (tag: string) => ({ channelData: { tags: ['system', tag] }, messageType: 'system' });
const agentText = { channelData: { tags: ['public', 'client_activity_id:1612311164266bkaspzvq05b'] }, messageType: 'user' };
/** [event, detail, action]: every mapped event. */
const ROWS: [string, unknown, string][] = [
  ['lcw:startChat', undefined, 'started'],
  ['lcw:chatQueued', undefined, 'agent_requested'],
  ['lcw:onMessageReceived', system('agentaccepted'), 'agent_joined'],
  ['lcw:onMessageSent', undefined, 'message_sent'],
  ['lcw:onMessageReceived', agentText, 'message_received'],
  ['lcw:onMinimize', undefined, 'closed'],
  ['lcw:onMaximize', undefined, 'opened'],
  ['lcw:error', undefined, 'error'],
  ['lcw:onClose', undefined, 'closed'],
  ['lcw:closeChat', undefined, 'ended'],
];
const everyRow = async (page: Page) => {
  for (const [name, detail] of ROWS) await emit(page, name, detail);
};
const EVERY_ROW = ROWS.map(([name, , action]) => expected(name, action));
const LOADED = expected('lcw:ready', 'loaded');

test('runtime first (the widget has no stub: its bootstrap script tag only): lcw:ready and every event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeDynamicsOptions = { manual: true }');
  await loadScript(page, '/fixtures/dynamics365.js');
  await run(page, `${fake}.load()`);
  await everyRow(page);
  await expect.poll(() => lcwPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('bootstrap script first, then chatwire, then the widget ready: the same pushes', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeDynamicsOptions = { manual: true }');
  await loadScript(page, '/fixtures/dynamics365.js');
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await everyRow(page);
  await expect.poll(() => lcwPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('widget ready before chatwire: reported loaded once, later events pushed; the site listeners keep running; stop() silences', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/dynamics365.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await run(page, `window.siteCalls = []; addEventListener('lcw:onMessageSent', () => siteCalls.push('sent'))`);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => lcwPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  expect(await run(page, 'window.siteCalls')).toEqual(['sent']);
  await run(page, 'chatwire.stop()');
  await everyRow(page);
  expect(await run(page, 'window.siteCalls')).toEqual(['sent', 'sent']);
  await run(page, 'chatwire.start()');
  await emit(page, 'lcw:onMessageSent');
  // Loaded is not repeated after a restart.
  await expect.poll(() => lcwPushes(page)).toEqual([LOADED, ...EVERY_ROW, expected('lcw:onMessageSent', 'message_sent')]);
});

test('system notices other than the agent accepting, retrieval and thread updates push nothing; malformed details are ignored', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/dynamics365.js');
  await expect.poll(() => lcwPushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake};
    f.emit('lcw:onMessageReceived', ${JSON.stringify(system('agentassignmentready'))});
    f.emit('lcw:onMessageReceived', ${JSON.stringify(system('agentendconversation'))});
    f.emit('lcw:onMessageReceived', { messageType: 'system', channelData: { tags: 'agentaccepted' } });
    f.emit('lcw:onMessageReceived', { messageType: 'system' });
    f.emit('lcw:chatRetrieved'); f.emit('lcw:threadUpdate'); f.emit('lcw:unknown', { x: 1 });
    for (const raw of [null, 'x', 42, [], { messageType: {} }]) f.emit('lcw:onMessageReceived', raw); })()`,
  );
  await expect.poll(async () => (await lcwPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', ...Array(5).fill('chat_message_received')]);
  expect(await dataLayerText(page)).not.toContain('client_activity');
});
