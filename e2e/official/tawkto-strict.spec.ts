import { type Page } from '@playwright/test';
import { expect, run, test } from '../helpers';
import { type Scenario, loadOrders, strictStartStop } from './loadOrders';
import {
  CHATWIRE_COMPONENT,
  TAWKTO_ACTIONS,
  TAWKTO_NO_DETAIL,
  TAWKTO_REACT_PROPS,
  actions,
  doubleMounted,
  fakeLoaded,
  openOfficial,
  renderStrict,
  sameCalls,
  twice,
} from './official';

// @tawk.to/tawk-messenger-react 2.0.2 inside <React.StrictMode>, with React 18's development build
// (build/official/tawkto-dev.js), as a Next.js or Create React App dev server runs it. Read in
// dist/tawk-messenger-react.es.js: one effect, with no cleanup, calls init(): `Tawk_API = Tawk_API || {}`, a new
// embed script, and a window listener per event that calls the site's prop. StrictMode runs that effect twice:
// two embed scripts (the second copy does nothing, see fixtures/tawkto.js) and two listeners per event, so every
// site callback runs twice per event, with or without chatwire (the control test). chatwire listens once.
const CDN = 'https://embed.tawk.to/p-1234/w-5678';
const PROPS = TAWKTO_REACT_PROPS;
/** The props the component calls without an argument (its listeners drop `event.detail`). */
const NO_ARGUMENT = TAWKTO_NO_DETAIL.map((name) => `on${name}`);
/** Each prop's window event: onLoad → tawkLoad. */
const EVENTS = Object.fromEntries(PROPS.map((name) => [name, `tawk${name.slice(2)}`]));
/** The widget fires each prop's event once (its load, then the fake's demo); the component calls each site callback twice. */
const CALLS = Object.fromEntries(PROPS.map((name) => [name, 2]));

/**
 * <StrictMode><TawkMessengerReact propertyId widgetId on…={site callback} /></StrictMode>; `startStop`: a component
 * that starts chatwire in its effect and stops it in the cleanup comes after it (started once the widget is there).
 */
const render = (page: Page, startStop = false) =>
  renderStrict(
    page,
    `React.createElement(React.Fragment, null, React.createElement(official.TawkMessengerReact, Object.fromEntries([['propertyId', 'p-1234'],
      ['widgetId', 'w-5678'], ...${JSON.stringify(PROPS)}.map((name) => [name, site(name)])])), ${startStop ? CHATWIRE_COMPONENT : 'null'})`,
  );
/** Another listener of the page: a window listener per event, recording `event.detail`, from before the widget loads. */
const reference = (page: Page) =>
  run(page, `Object.values(${JSON.stringify(EVENTS)}).forEach((name) => addEventListener(name, (event) => record(vendorArgs, name)(event.detail)))`);
const clickAll = (page: Page) => run(page, `window.chatwireFakes.tawkto.events.forEach(([, click]) => click())`);
/** The component's embed scripts on the page: one per run of its effect. */
const scripts = (page: Page) => run(page, `[...document.scripts].filter((script) => script.src === ${JSON.stringify(CDN)}).length`);
/** Each site callback's calls: twice per event, with the very `event.detail` another listener got (none for NO_ARGUMENT). */
const siteCalls = (page: Page) =>
  sameCalls(page, `(name) => ${twice(`(vendorArgs[${JSON.stringify(EVENTS)}[name]] || []).map((args) => (${JSON.stringify(NO_ARGUMENT)}.includes(name) ? [] : args))`)}`);

/** Every event pushed once, in order, and each site callback exactly as without chatwire. */
async function expectOnce(page: Page): Promise<void> {
  await expect.poll(() => actions(page, 'tawkto')).toEqual(TAWKTO_ACTIONS);
  expect(await siteCalls(page)).toEqual(CALLS);
  expect(await scripts(page)).toBe(2);
}

/** The three load orders and chatwire started by the site's component, each with the double mount (StrictMode's) checked right after the render. */
const SCENARIO: Scenario = {
  id: 'tawkto-dev',
  vendor: 'tawkto',
  cdn: CDN,
  fake: 'fixtures/tawkto.js',
  titles: [
    'StrictMode, chatwire first, then the component double-mounts and loads the widget',
    'StrictMode, the component double-mounts (Tawk_API and two embed scripts), chatwire, then the widget script arrives',
    'StrictMode, widget fully loaded, then chatwire',
  ],
  // The embed code's Tawk_API ({}) until the embed script has loaded.
  stub: 'typeof window.Tawk_API == "object" && !Tawk_API.onLoaded',
  before: reference,
  mount: async (page) => {
    await render(page);
    await doubleMounted(page);
  },
  drive: clickAll,
  expectOnce,
};
[
  ...loadOrders(SCENARIO),
  strictStartStop(SCENARIO, (page) => render(page, true), 'StrictMode, chatwire started by a component of the site (start, stop, start) while the widget loads'),
].forEach((testCase) => test(...testCase));

test('StrictMode control, without chatwire: two embed scripts, two listeners per event, each site callback twice per event', async ({ page }) => {
  await openOfficial(page, 'tawkto-dev', CDN, 'fixtures/tawkto.js');
  await reference(page);
  // Each run of the embed script reads window.$_Tawk.init first (the real loader's guard, which the fake copies): counted here.
  await run(
    page,
    `{ let init; window.embedRuns = 0;
    window.$_Tawk = Object.defineProperty({}, 'init', { get: () => (embedRuns++, init), set: (value) => (init = value) }); }`,
  );
  await render(page);
  await doubleMounted(page);
  await fakeLoaded(page, 'tawkto');
  await clickAll(page);
  await expect.poll(() => siteCalls(page)).toEqual(CALLS);
  expect(await scripts(page)).toBe(2);
  expect(await run(page, 'window.embedRuns')).toBe(2);
  // One widget: the second copy of the embed script did nothing (window.$_Tawk.init), so each event fired once.
  expect(await run(page, `Object.values(vendorArgs).map((calls) => calls.length)`)).toEqual(PROPS.map(() => 1));
  expect(await run(page, 'window.dataLayer')).toBeUndefined();
});
