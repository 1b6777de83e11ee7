import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Rocket.Chat's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'rocketchat', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.rocketchat';
const rcPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'rocketchat');

/** No ready event: the core derives `loaded` once the widget script ran. */
const LOADED = expected('chatwire:attached', 'loaded');
const AGENT = expected('onAssignAgent', 'agent_joined', { agent_id: 'alex.agent', agent_name: 'Alex Agent' });
/** The demo's session: open, the first message, an agent, the end, close. */
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);
const SESSION = [expected('onChatMaximized', 'opened'), expected('onChatStarted', 'started'), AGENT, expected('onChatEnded', 'ended'), expected('onChatMinimized', 'closed')];

/** The site's own callback, as the docs write it. */
const SITE = `window.siteCalls = []; RocketChat(function () { this.onChatStarted(function () { siteCalls.push('started'); }); });`;

for (const order of ['runtime, snippet, widget', 'snippet, runtime, widget', 'snippet, widget, runtime', 'snippet, runtime, snippet again, widget']) {
  test(`${order}: each event pushed once, loaded once; the site's callback runs once`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, 'window.fakeRocketChatOptions = { manual: true }');
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/rocketchat.js');
    // The snippet's stub: a function, its queue and the server's address.
    expect(await run(page, `[typeof RocketChat, Object.keys(RocketChat).sort()]`)).toEqual(['function', ['_', 'url']]);
    if (order.includes('again')) {
      await loadScript(page, RUNTIME);
      await expect.poll(() => run(page, 'RocketChat._.length')).toBe(1);
      await run(page, `${fake}.snippet()`);
    }
    await run(page, SITE);
    if (order == 'snippet, runtime, widget') await loadScript(page, RUNTIME);
    // chatwire's registration waits in the queue beside the site's.
    if (!order.endsWith('runtime')) await expect.poll(() => run(page, 'RocketChat._.length')).toBe(2);
    await run(page, `${fake}.load()`);
    if (order.endsWith('runtime')) await loadScript(page, RUNTIME);
    await expect.poll(() => rcPushes(page)).toEqual([LOADED]);
    await session(page);
    await expect.poll(() => rcPushes(page)).toEqual([LOADED, ...SESSION]);
    expect(await run(page, 'window.siteCalls')).toEqual(['started']);
    // One chatwire listener per event: the widget took the queue over, chatwire did not register again.
    expect(await run(page, `${fake}.listeners.onChatEnded.length`)).toBe(1);
  });
}

test('the offline form is a lead: its email only per the privacy mode; the pre-chat form carries none', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/rocketchat.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await loadScript(page, RUNTIME);
  const forms = `(() => { const f = ${fake};
    f.emit('onPrechatFormSubmit', { name: 'Jane Doe', email: 'jane.doe@example.com', department: 'd1' });
    f.emit('onOfflineFormSubmit', { name: 'Jane Doe', email: 'Jane.Doe@example.com ', message: 'Call me on +1 415 555 0100' }); })()`;
  await run(page, forms);
  const FORM = expected('onPrechatFormSubmit', 'form_submitted');
  await expect.poll(() => rcPushes(page)).toEqual([LOADED, FORM, expected('onOfflineFormSubmit', 'lead', { lead_type: 'email' })]);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane', '+1 415']) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());

  await run(page, `chatwire.start({ pii: 'include' }); ${forms}`);
  await expect.poll(async () => (await rcPushes(page)).slice(3)).toEqual([FORM, expected('onOfflineFormSubmit', 'lead', { lead_type: 'email', email: 'Jane.Doe@example.com' })]);

  await run(page, `chatwire.start({ pii: 'hash' }); ${forms}`);
  // SHA-256 of the trimmed, lower-cased address (jane.doe@example.com).
  await expect
    .poll(async () => (await rcPushes(page)).slice(5))
    .toEqual([FORM, expected('onOfflineFormSubmit', 'lead', { lead_type: 'email', email_sha256: '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d' })]);
});

test('malformed agent payloads push without their fields, names are scrubbed; unmapped events push nothing; nothing throws', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/rocketchat.js');
  await expect.poll(() => rcPushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, 'Jane Doe, +1 415 555 0100', 42, [], { name: { first: 'Jane' }, username: ['x'] }, { name: 'Call +1 415 555 0100' }]) f.emit('onAssignAgent', raw);
    f.emit('onAgentStatusChange', { name: 'Alex', status: 'away' }); f.emit('onServiceOffline'); })()`,
  );
  await expect
    .poll(async () => (await rcPushes(page)).map((push) => [push.event, push.chat.agent_id, push.chat.agent_name]))
    .toEqual([['chat_loaded', null, null], ...Array(5).fill(['chat_agent_joined', null, null]), ['chat_agent_joined', null, 'Call [redacted]']]);
  expect(await dataLayerText(page)).not.toContain('415');
});

test('stop() silences chatwire, start() registers again: nothing pushed twice, no second loaded', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/rocketchat.js');
  await expect.poll(() => rcPushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.stop()');
  await session(page);
  expect(await rcPushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.start()');
  await session(page);
  await expect.poll(() => rcPushes(page)).toEqual([LOADED, ...SESSION]);
});

test("a widget API without the on… methods: chatwire registers nothing, the site's queued callbacks still run", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeRocketChatOptions = { manual: true }');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/rocketchat.js');
  await expect.poll(() => run(page, 'RocketChat._.length')).toBe(1);
  await run(page, `window.siteRan = 0; RocketChat(function () { siteRan++; }); delete ${fake}.api.onChatMaximized;`);
  await run(page, `${fake}.load()`);
  expect(await run(page, 'window.siteRan')).toBe(1);
  await expect.poll(() => rcPushes(page)).toEqual([LOADED]);
});
