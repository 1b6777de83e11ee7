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
const SESSION = [expected('showWidget', 'opened'), expected('chatStarted', 'started'), expected('chatClosed', 'ended'), expected('closeWidget', 'closed')];

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

// The widget builds `$_LHC.eventListener` with the wolfy87-eventemitter library (its own source: LiveHelperChat/livehelperchat,
// lhc_web/design/defaulttheme/widget/wrapper), whose emitEvent removes a listener that returns true, and whose
// removeListener is the one stop() calls. Here the fake's emitter is that library, from npm.
const LIBRARY = '/node_modules/wolfy87-eventemitter/EventEmitter.js';
/** Every listener on the widget's emitter, per event: the widget's own, the site's and chatwire's. */
const listening = (page: Page) =>
  run(page, `Object.fromEntries(Object.entries($_LHC.eventListener.getListenersAsObject(/./)).filter(([, list]) => list.length).map(([name, list]) => [name, list.length]))`);

for (const order of ['runtime, embed code, widget script', 'embed code, widget script, runtime']) {
  test(`with the emitter library the widget is built on, ${order}: each event pushed once, every time it comes; the site's listener runs once; stop() removes only chatwire's listeners`, async ({
    page,
  }) => {
    await page.goto(PAGE);
    await loadScript(page, LIBRARY);
    await run(page, `window.fakeLiveHelperChatOptions = { manual: true, library: true }; ${EMBED}`);
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/livehelperchat.js');
    await run(page, `${fake}.load()`);
    if (order.endsWith('runtime')) await loadScript(page, RUNTIME);
    await expect.poll(() => lhcPushes(page)).toEqual([LOADED]);
    expect(await run(page, '$_LHC.eventListener instanceof EventEmitter')).toBe(true);
    await session(page);
    await expect.poll(() => lhcPushes(page)).toEqual([LOADED, ...SESSION]);
    expect(await run(page, 'window.siteCalls')).toEqual(['widget']);
    // A second session: chatwire's listeners are still there (none returned the library's "remove me" value).
    await session(page);
    await expect.poll(() => lhcPushes(page)).toEqual([LOADED, ...SESSION, ...SESSION]);
    // The page's command while the widget is open: every listener runs again, so another `opened`.
    await run(page, `$_LHC.eventListener.emitEvent('showWidget', [{ sender: 'page' }]); $_LHC.eventListener.emitEvent('showWidget', [{ sender: 'page' }])`);
    await expect.poll(() => lhcPushes(page)).toEqual([LOADED, ...SESSION, ...SESSION, expected('showWidget', 'opened'), expected('showWidget', 'opened')]);

    // chatwire's one listener per event it maps, beside the widget's own (one per command) and the site's (chatStarted).
    const own = { showWidget: 1, closeWidget: 1, endChat: 1, chatStarted: 1 };
    const mapped = ['showWidget', 'openPopup', 'closeWidget', 'chatStarted', 'chatClosed', 'endChat', 'offlineMessage', 'showInvitation', 'cancelInvitation', 'nhShow', 'nhHide'];
    expect(await listening(page)).toEqual(Object.fromEntries(mapped.map((name) => [name, 1 + ((own as Record<string, number>)[name] ?? 0)])));
    await run(page, 'chatwire.stop()');
    expect(await listening(page)).toEqual(own);
    await session(page);
    expect(await run(page, 'window.siteCalls')).toEqual(['widget', 'widget', 'widget']);
    await run(page, 'chatwire.start()');
    await session(page);
    await expect.poll(() => lhcPushes(page)).toEqual([LOADED, ...SESSION, ...SESSION, expected('showWidget', 'opened'), expected('showWidget', 'opened'), ...SESSION]);
  });
}

test("one ended per chat: the visitor's end sends chatClosed and endChat, an operator's close chatClosed alone, and the visitor's endChat after it is the same chat", async ({
  page,
}) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/livehelperchat.js');
  await expect.poll(() => lhcPushes(page)).toEqual([LOADED]);
  // The operator closes the first chat; later the visitor ends it too.
  await run(page, `(() => { const f = ${fake}; f.start(); f.operatorClose(); f.events.find(([name]) => name == 'end the chat')[1](); })()`);
  // A second chat, ended by the visitor; a third ended by the page's own endChat command alone.
  await run(page, `(() => { const f = ${fake}; f.start(); f.events.find(([name]) => name == 'end the chat')[1](); f.start(); $_LHC.eventListener.emitEvent('endChat'); })()`);
  await expect
    .poll(() => lhcPushes(page))
    .toEqual([
      LOADED,
      expected('chatStarted', 'started'),
      expected('chatClosed', 'ended'),
      expected('chatStarted', 'started'),
      expected('chatClosed', 'ended'),
      expected('chatStarted', 'started'),
      expected('endChat', 'ended'),
    ]);
});
