import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// The CCAI Platform web SDK v3's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: object = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'ujet_v3', action, vendor_event, channel: vendor_event == 'ready' ? null : 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.ujet_v3';
const v3Pushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'ujet_v3');
const listeners = (page: Page, name: string) => run(page, `${fake}.instance.client.listeners[${JSON.stringify(name)}]?.length`);

const LOADED = expected('ready', 'loaded');
/** The demo's session: the visitor writes, the bot answers and hands over to an agent, who joins and answers; the chat ends. */
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);
const SESSION = [
  expected('chatwire:first_message', 'started'),
  expected('chat.message', 'message_sent'),
  expected('chat.message', 'message_received', { agent_id: '5' }),
  expected('chat.memberJoined', 'agent_joined'),
  expected('chat.message', 'message_received', { agent_id: '7' }),
  expected('chat.ended', 'ended'),
];

/** The site's own listeners, registered on its instance as the API reference does. */
const SITE = `window.siteCalls = []; for (const name of ['ready', 'chat.message', 'chat.memberJoined', 'chat.ended']) ccaas.on(name, () => siteCalls.push(name));`;
const SITE_CALLS = ['chat.message', 'chat.message', 'chat.message', 'chat.memberJoined', 'chat.message', 'chat.ended'];

for (const order of ['runtime, widget.js, instance, ready', 'widget.js, runtime, instance, ready', 'widget.js, instance, ready, runtime']) {
  test(`${order}: each event pushed once; the site's listeners run once each`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, 'window.fakeUjetV3Options = { manual: true }');
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/ujet_v3.js');
    if (order.startsWith('widget.js, runtime')) await loadScript(page, RUNTIME);
    // The guide's `var ccaas = new UJET({ … }); ccaas.mount('#ccaas-widget')`.
    await run(page, `${fake}.create(); ${SITE}`);
    // A check sees the instance (the runtime's own start, or its timer tail after the last script's load).
    if (!order.endsWith('runtime')) await expect.poll(() => listeners(page, 'ready')).toBe(2);
    await run(page, `${fake}.fetched()`);
    // The GTM order: the SDK was ready before chatwire came; `ready` has passed.
    if (order.endsWith('runtime')) {
      await loadScript(page, RUNTIME);
      await expect.poll(() => listeners(page, 'ready')).toBe(2);
    }
    await session(page);
    await expect.poll(() => v3Pushes(page)).toEqual(order.endsWith('runtime') ? SESSION : [LOADED, ...SESSION]);
    expect(await run(page, 'window.siteCalls')).toEqual(['ready', ...SITE_CALLS]);
  });
}

test("a message's $timestamp is the push's timestamp; the next conversation starts again after chat.ended", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ujet_v3.js');
  await expect.poll(() => v3Pushes(page)).toEqual([LOADED]);
  await run(page, `${fake}.emit('chat.message', ${fake}.message('end_user', 42, { $timestamp: new Date(1700000123456) }))`);
  await expect.poll(async () => (await v3Pushes(page)).map((push) => push.chat.timestamp)).toEqual([expect.any(Number), 1700000123456, 1700000123456]);
  // A second message of the same conversation: no second start; after the end, a new one.
  await run(page, `${fake}.send(); ${fake}.end(); ${fake}.send()`);
  await expect
    .poll(async () => (await v3Pushes(page)).map((push) => push.event))
    .toEqual(['chat_loaded', 'chat_started', 'chat_message_sent', 'chat_message_sent', 'chat_ended', 'chat_started', 'chat_message_sent']);
});

test('stop() unsubscribes with ccaas.off; start() subscribes again; nothing pushed twice, no second loaded', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ujet_v3.js');
  await expect.poll(() => v3Pushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `Object.values(${fake}.instance.client.listeners).every((list) => list.length == 0)`)).toBe(true);
  await session(page);
  expect(await v3Pushes(page)).toEqual([LOADED]);
  await run(page, `chatwire.start(); ${fake}.emit('ready')`);
  await expect.poll(() => listeners(page, 'chat.ended')).toBe(1);
  await session(page);
  await expect.poll(() => v3Pushes(page)).toEqual([LOADED, ...SESSION]);
});

test('an instance the site keeps out of window (a const) is not found: nothing pushed, nothing thrown', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.fakeUjetV3Options = { name: '' }`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ujet_v3.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await session(page);
  expect(await run(page, `Object.values(${fake}.instance.client.listeners).flat().length`)).toBe(0);
  expect(await v3Pushes(page)).toEqual([]);
});

test("typing, member updates, notices, visibility and other members' joins push nothing; odd payloads are ignored; no personal data leaks", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ujet_v3.js');
  await expect.poll(() => v3Pushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const name of ['authenticated', 'chat.ongoing', 'chat.updated', 'chat.memberLeft', 'chat.typingStarted', 'chat.typingEnded',
      'chat.connected', 'chat.disconnected', 'chat.dismissed', 'visible']) f.emit(name, { $userType: 'agent', state: { status: 'dismissed' } });
    f.emit('visible', false);
    // Joins of the visitor, a bot, or an identity without a type; notices from anyone.
    for (const who of ['end_user', 'virtual_agent', undefined]) f.emit('chat.memberJoined', { $userType: who, $userId: 1, name: 'Jane Doe' });
    for (const who of ['end_user', 'agent']) f.emit('chat.message', f.message(who, 7, { type: 'noti', event: 'chatEnded' }));
    // Malformed: no payload, no $userType, a $userType that is no string, a throwing getter, a $timestamp that is no date.
    for (const raw of [undefined, null, 'jane.doe@example.com', 42, [], {}, { $userType: 7 }, { get $userType() { throw new Error('hostile'); } }])
      { f.emit('chat.message', raw); f.emit('chat.memberJoined', raw); }
    f.emit('chat.message', f.message('agent', { id: 'x' }, { $timestamp: 'yesterday' }));
    f.emit('chat.ended', 'Jane Doe, +1 415 555 0100');
  })()`,
  );
  // The last message is an agent's: received, its id no string (an object) is null, its time the push's.
  await expect.poll(() => v3Pushes(page)).toEqual([LOADED, expected('chat.message', 'message_received'), expected('chat.ended', 'ended')]);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane', '+1 415', '555 0100', 'demo-company-key']) expect(text).not.toContain(secret);
});
