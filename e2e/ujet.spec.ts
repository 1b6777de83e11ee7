import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// The CCAI Platform web SDK's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: object = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'ujet', action, vendor_event, ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.ujet';
const ujetPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'ujet');

const LOADED = expected('ready', 'loaded');
/** The demo's session: the launcher opens the widget (created), the visitor closes it, an agent's message comes while closed. */
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);
const SESSION = [expected('created', 'opened'), expected('close', 'closed'), expected('unread', 'message_received')];

/** The site's own listeners, registered on its instance as the docs do. */
const SITE = `window.siteCalls = []; ujet.on('created', () => siteCalls.push('created')); ujet.on('unread', (n) => siteCalls.push('unread ' + n));`;

for (const order of ['runtime, loader, instance, ready', 'loader, instance, runtime, ready', 'loader, instance, ready, runtime']) {
  test(`${order}: each event pushed once; the site's listeners run once each`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, 'window.fakeUjetOptions = { manual: true }');
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/ujet.js');
    // The installation guide's `var ujet = new UJET({ … })`.
    await run(page, `${fake}.create(); ${SITE}`);
    if (order == 'loader, instance, runtime, ready') await loadScript(page, RUNTIME);
    // A check sees the instance (the runtime's own start, or its timer tail after the loader's load).
    if (!order.endsWith('runtime')) await expect.poll(() => run(page, `${fake}.instance.listeners.ready?.length`)).toBe(1);
    await run(page, `${fake}.fetched()`);
    // The GTM order: the SDK was ready before chatwire came; `ready` has passed.
    if (order.endsWith('runtime')) {
      await loadScript(page, RUNTIME);
      await expect.poll(() => run(page, `${fake}.instance.listeners.ready?.length`)).toBe(1);
    }
    await session(page);
    await expect.poll(() => ujetPushes(page)).toEqual(order.endsWith('runtime') ? SESSION : [LOADED, ...SESSION]);
    expect(await run(page, 'window.siteCalls')).toEqual(['created', 'unread 1']);
  });
}

test('unread: only a rise is a message; the count a widget already had when chatwire came is a baseline', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/ujet.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  // Two agent messages while the widget is closed, before chatwire; the widget reports its count when chatwire registers.
  await run(
    page,
    `${fake}.reply(); ${fake}.reply(); const u = ${fake}.instance; const on = u.on; u.on = function (name, fn) { on.call(this, name, fn); if (name == 'unread') fn(u.unread); };`,
  );
  await loadScript(page, RUNTIME);
  await expect.poll(() => run(page, `${fake}.instance.listeners.unread?.length`)).toBe(1);
  // Opening reads them (0), a new one comes while closed (1): one message.
  await run(page, `${fake}.launcher(); ${fake}.close(); ${fake}.reply(); ${fake}.emit('unread', 1); ${fake}.emit('unread', 'two'); ${fake}.emit('unread', -1)`);
  await expect.poll(() => ujetPushes(page)).toEqual([expected('created', 'opened'), expected('close', 'closed'), expected('unread', 'message_received')]);
});

test('stop() unsubscribes with ujet.off; start() subscribes again; nothing pushed twice, no second loaded', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ujet.js');
  await expect.poll(() => ujetPushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `Object.values(${fake}.instance.listeners).every((list) => list.length == 0)`)).toBe(true);
  await session(page);
  expect(await ujetPushes(page)).toEqual([LOADED]);
  await run(page, `chatwire.start(); ${fake}.emit('ready')`);
  await expect.poll(() => run(page, `${fake}.instance.listeners.close?.length`)).toBe(1);
  // The widget was created while chatwire was stopped: opening it again creates nothing.
  await run(page, `${fake}.launcher(); ${fake}.close(); ${fake}.reply()`);
  await expect.poll(() => ujetPushes(page)).toEqual([LOADED, ...SESSION.slice(1)]);
});

test('an instance the site keeps out of window (const ujet) is not found: nothing pushed, nothing thrown', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.fakeUjetOptions = { name: '' }`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ujet.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await session(page);
  expect(await run(page, `Object.values(${fake}.instance.listeners).flat().length`)).toBe(0);
  expect(await ujetPushes(page)).toEqual([]);
});

test('odd event arguments are ignored or pushed without them; the user details given to UJET never leak', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ujet.js');
  await expect.poll(() => ujetPushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, 'Jane Doe, +1 415 555 0100', {}, [], NaN, Infinity]) { f.emit('unread', raw); f.emit('close', raw); }
    f.emit('authorized', { token: 'jwt' }); f.emit('somethingElse'); })()`,
  );
  // Infinity is a count above 0: the one rise; every close pushes.
  await expect
    .poll(async () => (await ujetPushes(page)).map((push) => push.event))
    .toEqual(['chat_loaded', ...Array(5).fill('chat_closed'), 'chat_message_received', 'chat_closed']);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane', '+1 415', 'jwt']) expect(text).not.toContain(secret);
});

test("a v3 instance a site keeps in window.ujet (upgraded by swapping the script) is listened to as v3; the site's listeners run once; stop() calls off", async ({ page }) => {
  await page.goto(PAGE);
  // fixtures/ujet_v3.js, the site keeping its v2 variable: `var ujet = new UJET({ … }); ujet.mount(…)`.
  await run(page, `window.fakeUjetV3Options = { name: 'ujet' }`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ujet_v3.js');
  const v3 = 'window.chatwireFakes.ujet_v3';
  await expect.poll(() => ujetPushes(page)).toEqual([LOADED]);
  await run(page, `window.siteCalls = []; ujet.on('chat.message', (m) => siteCalls.push(m.$userType)); ${v3}.events.forEach(([, click]) => click())`);
  const v3expected = (vendor_event: string, action: string, fields: object = {}) => expected(vendor_event, action, { channel: 'chat', ...fields });
  await expect
    .poll(() => ujetPushes(page))
    .toEqual([
      LOADED,
      v3expected('chatwire:first_message', 'started'),
      v3expected('chat.message', 'message_sent'),
      v3expected('chat.message', 'message_received', { agent_id: '5' }),
      v3expected('chat.memberJoined', 'agent_joined'),
      v3expected('chat.message', 'message_received', { agent_id: '7' }),
      v3expected('chat.ended', 'ended'),
    ]);
  expect(await run(page, 'window.siteCalls')).toEqual(['end_user', 'virtual_agent', 'virtual_agent', 'agent']);
  // Not the v2 events: nothing is subscribed by those names on a v3 instance.
  expect(await run(page, `['created', 'close', 'unread'].map((name) => ${v3}.instance.client.listeners[name]?.length ?? 0)`)).toEqual([0, 0, 0]);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `Object.entries(${v3}.instance.client.listeners).filter(([, list]) => list.length).map(([name]) => name)`)).toEqual(['chat.message']);
  expect((await pushes(page)).filter((push) => push.chat.vendor === 'ujet_v3')).toEqual([]);
});
