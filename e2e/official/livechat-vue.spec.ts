import { type Page } from '@playwright/test';
import { run, test } from '../helpers';
import { control, livechatLicense, livechatUnmount, loadOrders } from './loadOrders';
import { LIVECHAT_HANDLERS, LIVECHAT_NEW_EVENT, livechatCalls, livechatWrapper } from './official';

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
const NEW = LIVECHAT_NEW_EVENT;

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

// Each listener once per event. onReady once: unlike the React component's (re-registered, so replayed `ready`),
// the Vue component registers its handlers once and a re-render only changes which site function its emit finds.
const { drive, expectOnce, expected: EXPECTED } = livechatWrapper(reRender, livechatCalls(1));

const SCENARIO = {
  id: 'livechat-vue',
  vendor: 'livechat',
  cdn: CDN,
  fake: 'fixtures/livechat.js',
  mounts: 'the app mounts the component',
  // widget-core's stub (its calls queued in _q) until tracking.js sets _h.
  stub: 'Array.isArray(window.LiveChatWidget?._q) && !window.LiveChatWidget._h',
  mount,
  drive,
  expectOnce,
};

[
  ...loadOrders(SCENARIO),
  control(SCENARIO, EXPECTED),
  // The component's `unmounted` runs widget-core's destroy().
  livechatUnmount(SCENARIO, 'vueApp.unmount()', EXPECTED, 'app.unmount() destroys the widget: chatwire throws nothing and pushes nothing after; a re-mount is a new widget'),
  // The component watches `license`: destroy() (LiveChatWidget.call('destroy')), then createWidget() and init() again.
  livechatLicense(
    SCENARIO,
    `license.value = '87654321'; official.nextTick()`,
    EXPECTED,
    'a new license re-creates the widget (the component destroys it and makes another): chatwire attaches to the new one, each event once',
  ),
].forEach((testCase) => test(...testCase));
