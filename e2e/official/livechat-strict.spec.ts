import { type Page } from '@playwright/test';
import { expect, run, test } from '../helpers';
import { type Scenario, loadOrders, strictStartStop } from './loadOrders';
import {
  CHATWIRE_COMPONENT,
  LIVECHAT_WRAPPER_ACTIONS,
  LIVECHAT_HANDLERS,
  actions,
  doubleMounted,
  fakeLoaded,
  livechatClick,
  livechatReference,
  openOfficial,
  renderStrict,
  sameCalls,
  strictReacts,
  twice,
} from './official';

// @livechat/widget-react 1.4.1 (over @livechat/widget-core 1.4.1) inside <React.StrictMode>, with React 18's
// development build (build/official/livechat-react-dev.js) and React 19's (livechat-react-19-dev.js; its
// peerDependencies accept both), as a Next.js or Create React App dev server runs it: every effect runs, is cleaned
// up, and runs again, with either React (the component does its work in effects only, so both behave alike). Read in dist/widget-react.esm.js and widget-core.esm.js:
// - the first createWidget() makes the LiveChatWidget stub and queues on() for every on… prop, init() adds tracking.js;
// - the cleanup's destroy() does nothing while tracking.js loads (widget-core waits for LC_API.on_after_load);
// - the second createWidget() removes the first script element, keeps the stub (`LiveChatWidget || api`) and queues
//   on() for every prop again; init() adds tracking.js again. The handlers effect, run twice, queues off() then on()
//   each time. Drained by tracking.js: on, off, on, on, off, on: every site prop registered twice, so the widget
//   calls each site callback twice per event, with or without chatwire (the control test).
// chatwire subscribes once to the one LiveChatWidget object: each event pushed once.
const CDN = 'https://cdn.livechatinc.com/tracking.js';
/** The component's event handler props and the JS API event each registers (as in livechat-react.spec.ts). */
const PROPS = LIVECHAT_HANDLERS;
/** How many times the widget fires each prop's event in {@link drive}. */
const FIRED: Record<string, number> = {
  onReady: 1,
  onAvailabilityChanged: 1,
  onVisibilityChanged: 2,
  onCustomerStatusChanged: 2,
  onNewEvent: 2,
  onFormSubmitted: 1,
  onRatingSubmitted: 1,
  onGreetingDisplayed: 1,
  onGreetingHidden: 1,
  onRichMessageButtonClicked: 1,
};
/** Each site callback twice per event: the component registered it twice (pinned by the control test). */
const CALLS = Object.fromEntries(Object.entries(FIRED).map(([name, count]) => [name, 2 * count]));
// Every event once (livechat.spec.ts' demo, then the greeting going away); availability_changed maps to nothing.
const ACTIONS = LIVECHAT_WRAPPER_ACTIONS;

/**
 * <StrictMode><LiveChatWidget license on…={site callback} /></StrictMode>: the callbacks are `window.callbacks`;
 * `startStop`: a component that starts chatwire in its effect and stops it in the cleanup comes first.
 */
const render = (page: Page, startStop = false) =>
  renderStrict(
    page,
    `(window.callbacks = Object.fromEntries(${JSON.stringify(Object.keys(PROPS))}.map((name) => [name, site(name)])),
    React.createElement(React.Fragment, null, ${startStop ? CHATWIRE_COMPONENT : 'null'},
      React.createElement(official.LiveChatWidget, Object.assign({ license: '12345678' }, callbacks))))`,
  );
/**
 * A recorder per JS API event on LiveChatWidget, as another listener of the page (LiveChat replays `ready` to it);
 * every demo button of the fake, then the events it has no button for: availability changes, the greeting goes away.
 */
async function drive(page: Page): Promise<void> {
  await livechatReference(page);
  await livechatClick(page, 0);
}
/** Each site callback's calls against what the reference listener heard: the very same arguments (`===`), each twice. */
const siteCalls = (page: Page) => sameCalls(page, `(name) => ${twice(`vendorArgs[${JSON.stringify(PROPS)}[name]] || []`)}`);
/**
 * The widget's handlers for `new_event`: the site's onNewEvent (twice: the double mount), the reference
 * listener, and with chatwire its one listener: `[site's, all]`.
 */
const newEventHandlers = (page: Page) =>
  run<[number, number]>(page, `((list) => [list.filter((entry) => entry.fn === callbacks.onNewEvent).length, list.length])(chatwireFakes.livechat.handlers.new_event)`);

/** Every event pushed once, in order; each site callback exactly as without chatwire; chatwire's one handler beside the site's two. */
async function expectOnce(page: Page): Promise<void> {
  await expect.poll(() => actions(page, 'livechat')).toEqual(ACTIONS);
  expect(await siteCalls(page)).toEqual(CALLS);
  expect(await newEventHandlers(page)).toEqual([2, 4]);
}

for (const { react, id } of strictReacts('livechat-react')) {
  test.describe(`React ${react}`, () => {
    /** The three load orders and chatwire started by the site's component, each with the double mount (StrictMode's) checked right after the render. */
    const SCENARIO: Scenario = {
      id,
      vendor: 'livechat',
      cdn: CDN,
      fake: 'fixtures/livechat.js',
      titles: [
        'StrictMode, chatwire first, then the component double-mounts and loads the widget',
        'StrictMode, the component double-mounts (one stub, tracking.js added twice), chatwire, then tracking.js arrives',
        'StrictMode, widget fully loaded, then chatwire',
      ],
      // The stub, its queue holding both mounts' calls for the ten props: on, off, on (the first), on, off, on (the second).
      stub: `LiveChatWidget._h === null && ['on', 'off'].map((name) => LiveChatWidget._q.filter(([method]) => method === name).length)`,
      stubbed: [40, 20],
      mount: async (page) => {
        await render(page);
        await doubleMounted(page);
      },
      drive,
      expectOnce,
    };
    [
      ...loadOrders(SCENARIO),
      strictStartStop(SCENARIO, (page) => render(page, true), 'StrictMode, chatwire started by a component of the site (start, stop, start) before the widget loads'),
    ].forEach((testCase) => test(...testCase));

    test('StrictMode control, without chatwire: the component registers every site callback twice, so each runs twice per event', async ({ page }) => {
      await openOfficial(page, id, CDN, 'fixtures/livechat.js');
      // Each run of tracking.js reads window.__lc_inited first (the real one's guard, which the fake copies): counted here.
      await run(
        page,
        `{ let inited; window.trackingRuns = 0;
    Object.defineProperty(window, '__lc_inited', { configurable: true, get: () => (trackingRuns++, inited), set: (value) => (inited = value) }); }`,
      );
      await render(page);
      await doubleMounted(page);
      await fakeLoaded(page, 'livechat');
      // One widget: the first script element was removed by the second mount (only the second is on the page).
      expect(await run(page, `[...document.scripts].filter((script) => script.src === ${JSON.stringify(CDN)}).length`)).toBe(1);
      // Yet tracking.js ran twice: the removed element's copy runs too; the second copy stopped at the guard.
      await expect.poll(() => run(page, 'window.trackingRuns')).toBe(2);
      await drive(page);
      await expect.poll(() => siteCalls(page)).toEqual(CALLS);
      expect(await newEventHandlers(page)).toEqual([2, 3]);
      expect(await run(page, 'window.dataLayer')).toBeUndefined();
    });
  });
}
