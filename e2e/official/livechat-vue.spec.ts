import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { LIVECHAT_ACTIONS, LIVECHAT_HANDLERS, actions, fakeLoaded, livechatClick, livechatReference, openOfficial, recorders, sameCalls } from './official';

// @livechat/widget-vue (LiveChat's Vue component, https://github.com/livechat/chat-widget-adapters), its real code
// (the Vue 3 build, dist/widget-vue.esm.js) with the project's Vue 3, over @livechat/widget-core; only
// cdn.livechatinc.com/tracking.js is answered, by fixtures/livechat.js.
// <LiveChatWidget license @new-event="fn" …>: `mounted` creates the widget once (the LiveChatWidget stub,
// tracking.js) with a handler per JS API event that `$emit`s it; the site's listeners are looked up at each emit
// (no re-registration when they change); `unmounted` destroys the widget.
const CDN = 'https://cdn.livechatinc.com/tracking.js';
/** The site's listeners: the component's `emits` as `onX` vnode props (`@new-event` is `onNewEvent`), widget-core's handler names. */
const LISTENERS = LIVECHAT_HANDLERS;
/** The site's onNewEvent after the re-render (a new function: Vue patches the vnode, the widget keeps its handlers). */
const NEW = 'onNewEvent (re-rendered)';

/**
 * Mounts a Vue app (`window.vueApp`) on #root whose render is `h(LiveChatWidget, { license, on…: site callback })`,
 * as a template's `<LiveChatWidget license="…" @ready="…" @new-event="…" …/>` compiles. Each callback records its
 * arguments in `siteArgs[listener]` (`site`, see recorders()); onNewEvent and the license are read from the refs
 * `window.newEvent` and `window.license`, so setting one re-renders the app.
 */
const mount = (page: Page) =>
  run(
    page,
    `{ const { createApp, h, ref, LiveChatWidget } = official;
    window.callbacks = window.callbacks || Object.fromEntries(${JSON.stringify(Object.keys(LISTENERS))}.map((name) => [name, site(name)]));
    window.newEvent = ref(callbacks.onNewEvent);
    window.license = ref('12345678');
    const App = { render: () => h(LiveChatWidget, Object.assign({ license: license.value }, callbacks, { onNewEvent: newEvent.value })) };
    window.vueApp = createApp(App);
    vueApp.mount('#root'); }`,
  );
/** The site gives onNewEvent a new function: the app re-renders (awaited: Vue's nextTick). */
const reRender = (page: Page) => run(page, `newEvent.value = window.reRendered = site(${JSON.stringify(NEW)}); official.nextTick()`);
const loaded = (page: Page) => fakeLoaded(page, 'livechat');

/**
 * Each site callback's calls, checked against the widget's own calls of the same event (sameCalls): the very same
 * argument objects, in order. onNewEvent had the widget's first new_event (before the re-render), the re-rendered
 * one the others.
 */
const siteCalls = (page: Page) =>
  sameCalls(
    page,
    `(name) => {
      const listeners = Object.assign(${JSON.stringify(LISTENERS)}, { [${JSON.stringify(NEW)}]: 'new_event' });
      const heard = vendorArgs[listeners[name]] || [];
      const first = (siteArgs.onNewEvent || []).length;
      if (name === 'onNewEvent') return heard.slice(0, first);
      if (name === ${JSON.stringify(NEW)}) return heard.slice(first);
      return heard;
    }`,
  );

// The livechat.spec.ts actions, then the greeting going away (`hidden`); availability_changed maps to nothing.
const ACTIONS = [...LIVECHAT_ACTIONS, 'hidden'];
// Each listener once per event. onReady once: unlike the React component's (re-registered, so replayed `ready`),
// the Vue component registers its handlers once and a re-render only changes which site function its emit finds.
const CALLS = {
  onReady: 1,
  onGreetingDisplayed: 1,
  onVisibilityChanged: 2,
  onNewEvent: 1,
  [NEW]: 1,
  onCustomerStatusChanged: 2,
  onRichMessageButtonClicked: 1,
  onRatingSubmitted: 1,
  onFormSubmitted: 1,
  onAvailabilityChanged: 1,
  onGreetingHidden: 1,
};

/** The greeting, open, the visitor's message; a re-render that changes onNewEvent; the other events. */
async function drive(page: Page): Promise<void> {
  await livechatReference(page);
  await livechatClick(page, 0, 3);
  await reRender(page);
  await livechatClick(page, 3);
}

/** Every event pushed once, in order, and each site callback once per event with the widget's arguments. */
async function expectOnce(page: Page): Promise<void> {
  await expect.poll(() => actions(page, 'livechat')).toEqual(ACTIONS);
  expect(await siteCalls(page)).toEqual(CALLS);
}

test('chatwire first, then the app mounts the component, which loads the widget', async ({ page }) => {
  await openOfficial(page, 'livechat-vue', CDN, 'fixtures/livechat.js');
  await loadScript(page, RUNTIME);
  await mount(page);
  await loaded(page);
  await drive(page);
  await expectOnce(page);
});

test('the component mounted (the LiveChatWidget stub, tracking.js requested), chatwire, then tracking.js arrives', async ({ page }) => {
  await openOfficial(page, 'livechat-vue', CDN, 'fixtures/livechat.js', (logs) =>
    expect.poll(() => logs.some((text) => text.startsWith('[chatwire] livechat attached')), { timeout: 10_000 }).toBe(true),
  );
  await run(page, 'window.chatwireConfig = { debug: true }');
  await mount(page);
  await expect.poll(() => run(page, 'Array.isArray(window.LiveChatWidget?._q) && !window.LiveChatWidget._h')).toBe(true);
  await loadScript(page, RUNTIME);
  await loaded(page);
  await drive(page);
  await expectOnce(page);
});

test('widget fully loaded, then chatwire', async ({ page }) => {
  await openOfficial(page, 'livechat-vue', CDN, 'fixtures/livechat.js');
  await mount(page);
  await loaded(page);
  await loadScript(page, RUNTIME);
  await expect.poll(() => actions(page, 'livechat')).toEqual(['loaded']);
  await drive(page);
  await expectOnce(page);
});

test('control, without chatwire: the site callbacks run exactly as with it', async ({ page }) => {
  await openOfficial(page, 'livechat-vue', CDN, 'fixtures/livechat.js');
  await mount(page);
  await loaded(page);
  await drive(page);
  await expect.poll(() => siteCalls(page)).toEqual(CALLS);
  expect(await run(page, 'window.dataLayer')).toBeUndefined();
});

test('app.unmount() destroys the widget: chatwire throws nothing and pushes nothing after; a re-mount is a new widget', async ({ page }) => {
  await openOfficial(page, 'livechat-vue', CDN, 'fixtures/livechat.js');
  await mount(page);
  await loaded(page);
  await loadScript(page, RUNTIME);
  await drive(page);
  await expectOnce(page);
  // The component's `unmounted` runs widget-core's destroy(): LiveChatWidget.call('destroy') (after LC_API.on_after_load ran).
  await run(page, 'vueApp.unmount()');
  await expect.poll(() => run(page, `chatwireFakes.livechat.destroyed && !('LiveChatWidget' in window)`)).toBe(true);
  // The destroyed widget emits nothing to anyone any more.
  await run(page, `chatwireFakes.livechat.emit('new_event', { type: 'message', author: { id: 'x', type: 'agent' } })`);
  expect(await actions(page, 'livechat')).toEqual(ACTIONS);
  // stop() detaches through the destroyed object (its calls do nothing now), start() finds no widget: no throw, no push.
  await run(page, 'chatwire.stop(); chatwire.start()');
  expect(await actions(page, 'livechat')).toEqual(ACTIONS);
  // The site mounts a new app: a new stub, tracking.js again, a new widget: its own loaded, each event once.
  await recorders(page);
  await run(page, 'window.callbacks = undefined');
  await mount(page);
  await loaded(page);
  await drive(page);
  await expect.poll(() => actions(page, 'livechat')).toEqual([...ACTIONS, ...ACTIONS]);
  expect(await siteCalls(page)).toEqual(CALLS);
});

test('a new license re-creates the widget (the component destroys it and makes another): chatwire attaches to the new one, each event once', async ({ page }) => {
  await openOfficial(page, 'livechat-vue', CDN, 'fixtures/livechat.js');
  await loadScript(page, RUNTIME);
  await mount(page);
  await loaded(page);
  await livechatReference(page);
  await expect.poll(() => actions(page, 'livechat')).toEqual(['loaded']);
  // The component watches `license`: destroy() (LiveChatWidget.call('destroy')), then createWidget() and init() again.
  await run(page, `license.value = '87654321'; official.nextTick()`);
  await expect.poll(() => run(page, 'window.__lc?.license')).toBe(87654321);
  await loaded(page);
  await drive(page);
  // The first widget's `loaded`, then the new widget's own `loaded` and events; the site's onReady heard both widgets' `ready`.
  await expect.poll(() => actions(page, 'livechat')).toEqual(['loaded', ...ACTIONS]);
  expect(await siteCalls(page)).toEqual({ ...CALLS, onReady: 2 });
});
