import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Comm100's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'comm100', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.comm100';
/** Comm100 pushes, without the core's derived `chatwire:*` events. */
const comm100Pushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'comm100' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, ...args: unknown[]) => run(page, `${fake}.emit(${[name, ...args].map((arg) => JSON.stringify(arg)).join(', ')})`);

const CHAT_ID = '16c2cc3a-1b15-4b4f-9298-1cd04d6cec15';
const AGENT = { id: 'a-1', name: 'Sam Support', title: 'Support', bio: '' };
/** [event, args, action, fields]: every mapped event. */
const ROWS: [string, unknown[], string, Record<string, unknown>][] = [
  ['livechat.invitation.display', [{ id: 'inv-1', campaignId: 'camp-1', message: 'Need help?', isManual: true, agent: AGENT }], 'shown', { widget_id: 'camp-1' }],
  ['livechat.chat.display', [], 'opened', {}],
  ['livechat.chat.visitor.sendText', ['Hi, this is Jane Doe, jane.doe@example.com'], 'message_sent', {}],
  ['livechat.chat.start', [CHAT_ID], 'started', { conversation_id: CHAT_ID }],
  ['livechat.chat.agent.join', [AGENT], 'agent_joined', { agent_id: 'a-1', agent_name: 'Sam Support' }],
  ['livechat.chat.visitor.rate', [5], 'rating_submitted', {}],
  ['livechat.chat.end', [], 'ended', {}],
  ['livechat.chat.minimize', [], 'closed', {}],
  ['livechat.chat.restore', [], 'opened', {}],
  ['livechat.chat.close', [], 'closed', {}],
];
const everyRow = async (page: Page) => {
  for (const [name, args] of ROWS) await emit(page, name, ...args);
};
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));

test('runtime first, then the snippet and the live chat script: attached when on() appears', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeComm100Options = { manual: true }');
  await loadScript(page, '/fixtures/comm100.js');
  await run(page, `${fake}.load()`);
  await expect.poll(() => run(page, `Object.keys(${fake}.listeners).length`)).toBe(10);
  await everyRow(page);
  await expect.poll(() => comm100Pushes(page)).toEqual(EVERY_ROW);
});

test('the snippet object first, then chatwire, then the script', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeComm100Options = { manual: true }');
  await loadScript(page, '/fixtures/comm100.js');
  // The snippet's settings object: no on(), no queue; nothing to subscribe through yet.
  expect(await run(page, 'Object.keys(Comm100API).sort()')).toEqual(['chat_buttons', 'main_code_plan', 'site_id']);
  await loadScript(page, RUNTIME);
  expect(await run(page, `Object.keys(${fake}.listeners).length`)).toBe(0);
  await run(page, `${fake}.load()`);
  await expect.poll(() => run(page, `Object.keys(${fake}.listeners).length`)).toBe(10);
  await everyRow(page);
  await expect.poll(() => comm100Pushes(page)).toEqual(EVERY_ROW);
});

test('live chat fully loaded first, chatwire later: subscribed once, events pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/comm100.js');
  await loadScript(page, RUNTIME);
  await run(page, 'chatwire.start({})');
  await everyRow(page);
  await expect.poll(() => comm100Pushes(page)).toEqual(EVERY_ROW);
  expect(await run(page, `Object.values(${fake}.listeners).every((list) => list.length === 1)`)).toBe(true);
});

test("the site's listeners keep running once; unmapped events push nothing; stop() removes chatwire's", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []');
  await loadScript(page, '/fixtures/comm100.js');
  await run(page, `Comm100API.on('livechat.chat.start', function (id) { siteCalls.push(id); })`);
  await loadScript(page, RUNTIME);
  await emit(page, 'livechat.chat.start', CHAT_ID);
  await emit(page, 'livechat.chat.waitingQueue.update', { position: 2, waitTime: 30 });
  await emit(page, 'livechat.chat.agent.leave', AGENT);
  await expect.poll(async () => (await comm100Pushes(page)).map((push) => push.event)).toEqual(['chat_started']);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `Object.values(${fake}.listeners).reduce((n, list) => n + list.length, 0)`)).toBe(1);
  await emit(page, 'livechat.chat.start', CHAT_ID);
  expect(await run(page, 'window.siteCalls')).toEqual([CHAT_ID, CHAT_ID]);
  expect((await comm100Pushes(page)).length).toBe(1);
});

test('no personal data: message text and visitor details never reach the dataLayer', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/comm100.js');
  await run(page, `chatwire.start({ pii: 'include' })`);
  await everyRow(page);
  await expect.poll(async () => (await comm100Pushes(page)).length).toBe(ROWS.length);
  for (const secret of ['jane.doe@', 'Jane Doe', 'Need help']) expect(await dataLayerText(page)).not.toContain(secret);
});

test('malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/comm100.js');
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, {}, [], 7, { id: {} }]) f.emit('livechat.chat.start', raw);
    for (const raw of [null, 'x', { id: [1], name: {} }]) f.emit('livechat.chat.agent.join', raw); })()`,
  );
  await expect
    .poll(async () => (await comm100Pushes(page)).map((push) => [push.event, push.chat.conversation_id, push.chat.agent_id]))
    .toEqual([
      ['chat_started', null, null],
      ['chat_started', null, null],
      ['chat_started', null, null],
      ['chat_started', '7', null],
      ['chat_started', null, null],
      ['chat_agent_joined', null, null],
      ['chat_agent_joined', null, null],
      ['chat_agent_joined', null, null],
    ]);
});
