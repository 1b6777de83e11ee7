import { type Page } from '@playwright/test';
import { expect, run, test } from '../helpers';
import { type Scenario, control, livechatUnmount, loadOrders } from './loadOrders';
import { LIVECHAT_HANDLERS, LIVECHAT_NEW_EVENT, livechatCalls, livechatWrapper } from './official';

// @livechat/widget-react (LiveChat's React component, https://github.com/livechat/chat-widget-adapters), its real
// code with React 18, over @livechat/widget-core; only cdn.livechatinc.com/tracking.js is answered, by fixtures/livechat.js.
// <LiveChatWidget license on…={fn} />: an effect creates the widget (the LiveChatWidget stub, tracking.js), another
// re-registers every on… prop (off the old, on the new) whenever one changes, and unmounting destroys the widget.
const CDN = 'https://cdn.livechatinc.com/tracking.js';
/** The component's event handler props (its README) and the JS API event each registers. */
const PROPS = LIVECHAT_HANDLERS;
/** The site's onNewEvent after the re-render (a new function: the component swaps its handlers). */
const NEW = LIVECHAT_NEW_EVENT;

/**
 * Renders <LiveChatWidget license on…={site callback} /> into `window.reactRoot`. Each callback records its
 * arguments in `siteArgs[prop]` (`site`, see recorders()); `reRender` gives onNewEvent a new function (`window.reRendered`).
 */
const render = (page: Page, reRender = false) =>
  run(
    page,
    `{ const { React, createRoot, LiveChatWidget } = official;
    window.callbacks = window.callbacks || Object.fromEntries(${JSON.stringify(Object.keys(PROPS))}.map((name) => [name, site(name)]));
    const props = Object.assign({ license: '12345678' }, callbacks);
    if (${reRender}) props.onNewEvent = window.reRendered = site(${JSON.stringify(NEW)});
    window.reactRoot = window.reactRoot || createRoot(document.getElementById('root'));
    reactRoot.render(React.createElement(LiveChatWidget, props)); }`,
  );
/** The component's effect has swapped its onNewEvent for the re-rendered one. */
const swapped = (page: Page) => expect.poll(() => run(page, `(chatwireFakes.livechat.handlers.new_event || []).some((entry) => entry.fn === window.reRendered)`)).toBe(true);

// onReady twice: the re-render re-registers every handler prop (off, then on), and LiveChat replays `ready` to a
// handler registered after it. The package and the widget do that without chatwire too (the control test below).
const {
  drive,
  expectOnce,
  expected: EXPECTED,
} = livechatWrapper(
  async (page) => {
    await render(page, true);
    await swapped(page);
  },
  livechatCalls(2),
  true,
);

const SCENARIO: Scenario = {
  id: 'livechat-react',
  vendor: 'livechat',
  cdn: CDN,
  fake: 'fixtures/livechat.js',
  titles: [
    'chatwire first, then the component renders and loads the widget',
    'the component renders (the LiveChatWidget stub, tracking.js requested), chatwire, then tracking.js arrives',
    'widget fully loaded, then chatwire',
  ],
  // widget-core's stub (its calls queued in _q) until tracking.js sets _h.
  stub: 'Array.isArray(window.LiveChatWidget?._q) && !window.LiveChatWidget._h',
  mount: render,
  drive,
  expectOnce,
};

[
  ...loadOrders(SCENARIO),
  control(SCENARIO, EXPECTED, 'control, without chatwire: the site callbacks run exactly as with it (onReady again after the re-render)'),
  // Unmounting runs widget-core's destroy(): LiveChatWidget.call('destroy') (after LC_API.on_after_load ran).
  livechatUnmount(
    SCENARIO,
    'reactRoot.unmount(); window.reactRoot = undefined',
    EXPECTED,
    'unmounting destroys the widget: chatwire throws nothing and pushes nothing after; a re-mount is a new widget',
  ),
].forEach((testCase) => test(...testCase));
