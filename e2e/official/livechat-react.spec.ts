import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { LIVECHAT_ACTIONS, actions, openOfficial, recorders, sameCalls } from './official';

// @livechat/widget-react (LiveChat's React component, https://github.com/livechat/chat-widget-adapters), its real
// code with React 18, over @livechat/widget-core; only cdn.livechatinc.com/tracking.js is answered, by fixtures/livechat.js.
// <LiveChatWidget license on…={fn} />: an effect creates the widget (the LiveChatWidget stub, tracking.js), another
// re-registers every on… prop (off the old, on the new) whenever one changes, and unmounting destroys the widget.
const CDN = 'https://cdn.livechatinc.com/tracking.js';
/** The component's event handler props (its README) and the JS API event each registers. */
const PROPS: Record<string, string> = {
  onReady: 'ready',
  onAvailabilityChanged: 'availability_changed',
  onVisibilityChanged: 'visibility_changed',
  onCustomerStatusChanged: 'customer_status_changed',
  onNewEvent: 'new_event',
  onFormSubmitted: 'form_submitted',
  onRatingSubmitted: 'rating_submitted',
  onGreetingDisplayed: 'greeting_displayed',
  onGreetingHidden: 'greeting_hidden',
  onRichMessageButtonClicked: 'rich_message_button_clicked',
};
/** The site's onNewEvent after the re-render (a new function: the component swaps its handlers). */
const NEW = 'onNewEvent (re-rendered)';

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
const loaded = (page: Page) => expect.poll(() => run(page, 'window.chatwireFakes?.livechat?.loaded === true')).toBe(true);
/**
 * What the widget passes, as another listener of the page hears it: a recorder per JS API event, registered
 * on window.LiveChatWidget once the widget is loaded (LiveChat replays `ready` to it, with the same object).
 */
const reference = (page: Page) => run(page, `${JSON.stringify(Object.values(PROPS))}.forEach((name) => LiveChatWidget.on(name, record(vendorArgs, name)))`);
/** The fake's demo buttons from..to: the widget's own events. */
const click = (page: Page, from: number, to?: number) => run(page, `window.chatwireFakes.livechat.events.slice(${from}, ${to}).forEach(([, click]) => click())`);
/** Events the demo has no button for: availability changes, the greeting goes away. */
const clickRest = (page: Page) =>
  run(
    page,
    `chatwireFakes.livechat.emit('availability_changed', { availability: 'offline' });
    chatwireFakes.livechat.emit('greeting_hidden', { id: 42, uniqueId: 'g-42-a' })`,
  );

/**
 * Each site callback's calls, checked against the widget's own calls of the same event (sameCalls): the very same
 * argument objects, in order. onNewEvent had the widget's first new_event (before the re-render), the re-rendered
 * one the others; `ready` happens once, and each later registration of onReady gets it again (the replay).
 */
const siteCalls = (page: Page) =>
  sameCalls(
    page,
    `(name) => {
      const props = Object.assign(${JSON.stringify(PROPS)}, { [${JSON.stringify(NEW)}]: 'new_event' });
      const heard = vendorArgs[props[name]] || [];
      const first = (siteArgs.onNewEvent || []).length;
      if (name === 'onNewEvent') return heard.slice(0, first);
      if (name === ${JSON.stringify(NEW)}) return heard.slice(first);
      if (name === 'onReady') return siteArgs.onReady.map(() => vendorArgs.ready[0]);
      return heard;
    }`,
  );

// The livechat.spec.ts actions, then the greeting going away (`hidden`); availability_changed maps to nothing.
const ACTIONS = [...LIVECHAT_ACTIONS, 'hidden'];
// onReady twice: the re-render re-registers every handler prop (off, then on), and LiveChat replays `ready` to a
// handler registered after it. The package and the widget do that without chatwire too (the control test below).
const CALLS = {
  onReady: 2,
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
  await reference(page);
  await click(page, 0, 3);
  await render(page, true);
  await swapped(page);
  await click(page, 3);
  await clickRest(page);
}

/** Every event pushed once, in order, and each site callback once per event with the widget's arguments. */
async function expectOnce(page: Page): Promise<void> {
  await expect.poll(() => actions(page, 'livechat')).toEqual(ACTIONS);
  expect(await siteCalls(page)).toEqual(CALLS);
}

test('chatwire first, then the component renders and loads the widget', async ({ page }) => {
  await openOfficial(page, 'livechat-react', CDN, 'fixtures/livechat.js');
  await loadScript(page, RUNTIME);
  await render(page);
  await loaded(page);
  await drive(page);
  await expectOnce(page);
});

test('the component renders (the LiveChatWidget stub, tracking.js requested), chatwire, then tracking.js arrives', async ({ page }) => {
  await openOfficial(page, 'livechat-react', CDN, 'fixtures/livechat.js', (logs) =>
    expect.poll(() => logs.some((text) => text.startsWith('[chatwire] livechat attached')), { timeout: 10_000 }).toBe(true),
  );
  await run(page, 'window.chatwireConfig = { debug: true }');
  await render(page);
  await expect.poll(() => run(page, 'Array.isArray(window.LiveChatWidget?._q) && !window.LiveChatWidget._h')).toBe(true);
  await loadScript(page, RUNTIME);
  await loaded(page);
  await drive(page);
  await expectOnce(page);
});

test('widget fully loaded, then chatwire', async ({ page }) => {
  await openOfficial(page, 'livechat-react', CDN, 'fixtures/livechat.js');
  await render(page);
  await loaded(page);
  await loadScript(page, RUNTIME);
  await expect.poll(() => actions(page, 'livechat')).toEqual(['loaded']);
  await drive(page);
  await expectOnce(page);
});

test('control, without chatwire: the site callbacks run exactly as with it (onReady again after the re-render)', async ({ page }) => {
  await openOfficial(page, 'livechat-react', CDN, 'fixtures/livechat.js');
  await render(page);
  await loaded(page);
  await drive(page);
  await expect.poll(() => siteCalls(page)).toEqual(CALLS);
  expect(await run(page, 'window.dataLayer')).toBeUndefined();
});

test('unmounting destroys the widget: chatwire throws nothing and pushes nothing after; a re-mount is a new widget', async ({ page }) => {
  await openOfficial(page, 'livechat-react', CDN, 'fixtures/livechat.js');
  await render(page);
  await loaded(page);
  await loadScript(page, RUNTIME);
  await drive(page);
  await expectOnce(page);
  // Unmounting runs widget-core's destroy(): LiveChatWidget.call('destroy') (after LC_API.on_after_load ran).
  await run(page, 'reactRoot.unmount(); window.reactRoot = undefined');
  await expect.poll(() => run(page, `chatwireFakes.livechat.destroyed && !('LiveChatWidget' in window)`)).toBe(true);
  // The destroyed widget emits nothing to anyone any more.
  await run(page, `chatwireFakes.livechat.emit('new_event', { type: 'message', author: { id: 'x', type: 'agent' } })`);
  expect(await actions(page, 'livechat')).toEqual(ACTIONS);
  // stop() detaches through the destroyed object (its calls do nothing now), start() finds no widget: no throw, no push.
  await run(page, 'chatwire.stop(); chatwire.start()');
  expect(await actions(page, 'livechat')).toEqual(ACTIONS);
  // The site mounts the component again: a new stub, tracking.js again, a new widget: its own loaded, each event once.
  await recorders(page);
  await run(page, 'window.callbacks = undefined');
  await render(page);
  await loaded(page);
  await drive(page);
  await expect.poll(() => actions(page, 'livechat')).toEqual([...ACTIONS, ...ACTIONS]);
  expect(await siteCalls(page)).toEqual(CALLS);
});
