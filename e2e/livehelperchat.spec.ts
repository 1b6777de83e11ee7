import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Live Helper Chat's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'livehelperchat', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.livehelperchat';
const lhcPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'livehelperchat');

/** No ready event: the core derives `loaded` once the widget script created `$_LHC`. */
const LOADED = expected('chatwire:attached', 'loaded');
/** The demo's session: the status icon opens the widget, a chat starts and ends, the widget closes. */
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);
const SESSION = [expected('showWidget', 'opened'), expected('chatStarted', 'started'), expected('endChat', 'ended'), expected('closeWidget', 'closed')];

/** The embed code with the site's own load callback, as the docs write it. */
const EMBED = `window.siteCalls = []; window.LHC_API = { args: { mode: 'widget', lhc_base_url: '//chat.example.test/',
  loadcb: function (loadcb) { loadcb.eventEmitter.addListener('chatStarted', function (data, mode) { siteCalls.push(mode); }); } } };`;

for (const order of ['runtime, embed code, widget script', 'embed code, widget script, runtime']) {
  test(`${order}: each event pushed once, loaded once; the site's listener runs once`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, `window.fakeLiveHelperChatOptions = { manual: true }; ${EMBED}`);
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/livehelperchat.js');
    await run(page, `${fake}.load()`);
    // The GTM order: the widget was there before chatwire.
    if (order.endsWith('runtime')) await loadScript(page, RUNTIME);
    await expect.poll(() => lhcPushes(page)).toEqual([LOADED]);
    await session(page);
    await expect.poll(() => lhcPushes(page)).toEqual([LOADED, ...SESSION]);
    expect(await run(page, 'window.siteCalls')).toEqual(['widget']);
    expect(await run(page, `${fake}.listeners.chatStarted.length`)).toBe(2);
  });
}

test('commands the page emits are the same events: a site opening the widget and ending the chat is pushed too, once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/livehelperchat.js');
  await expect.poll(() => lhcPushes(page)).toEqual([LOADED]);
  await run(page, `$_LHC.eventListener.emitEvent('showWidget'); ${fake}.start(); $_LHC.eventListener.emitEvent('endChat'); $_LHC.eventListener.emitEvent('openPopup')`);
  await expect
    .poll(() => lhcPushes(page))
    .toEqual([LOADED, expected('showWidget', 'opened'), expected('chatStarted', 'started'), expected('endChat', 'ended'), expected('openPopup', 'opened')]);
});

test("invitations and the Need help bubble: shown and hidden, the invitation's name as label; the chat's data never read", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/livehelperchat.js');
  await expect.poll(() => lhcPushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake}; f.invite(); f.emit('cancelInvitation', { name: 'Pricing page offer' });
    f.emit('showInvitation', { name: 'Call +1 415 555 0100' }); f.emit('hideInvitation', { name: 'x' }); f.emit('readInvitation', { name: 'x' });
    f.emit('nhShow'); f.emit('nhHide'); f.emit('nhClicked'); f.emit('clickAction'); f.emit('botTrigger', { trigger: [1] });
    f.start(); })()`,
  );
  await expect
    .poll(() => lhcPushes(page))
    .toEqual([
      LOADED,
      expected('showInvitation', 'shown', { label: 'Pricing page offer' }),
      expected('cancelInvitation', 'hidden', { label: 'Pricing page offer' }),
      expected('showInvitation', 'shown', { label: 'Call [redacted]' }),
      expected('nhShow', 'shown'),
      expected('nhHide', 'hidden'),
      expected('chatStarted', 'started'),
    ]);
  const text = await dataLayerText(page);
  for (const secret of ['Jane', 'jane.doe@', '1234', '+1 415']) expect(text).not.toContain(secret);
});

test("stop() removes chatwire's listeners, start() adds them again: nothing pushed twice, no second loaded", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/livehelperchat.js');
  await expect.poll(() => lhcPushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `Object.values(${fake}.listeners).flat().length`)).toBe(0);
  await session(page);
  await run(page, 'chatwire.start()');
  await session(page);
  await expect.poll(() => lhcPushes(page)).toEqual([LOADED, ...SESSION]);
});

test('odd event arguments are ignored; a scoped embed ($_PAGE2) is not seen', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `window.$_PAGE2 = { eventListener: { addListener() { throw new Error('not chatwire'); } } }`);
  await loadScript(page, '/fixtures/livehelperchat.js');
  await expect.poll(() => lhcPushes(page)).toEqual([LOADED]);
  await run(page, `(() => { const f = ${fake}; for (const raw of [null, 'Jane', 42, [], { name: {} }]) f.emit('showInvitation', raw); })()`);
  await expect.poll(async () => (await lhcPushes(page)).map((push) => [push.event, push.chat.label])).toEqual([['chat_loaded', null], ...Array(5).fill(['chat_shown', null])]);
});
