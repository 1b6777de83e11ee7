import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { type Scenario, loadOrders } from './loadOrders';
import { TAWKTO_ACTIONS, TAWKTO_EVENTS, actions, fakeLoaded, openOfficial, tawktoClickAll, tawktoReference, tawktoSiteCalls } from './official';

// @tawk.to/tawk-messenger-vue-3 (Tawk.to's Vue 3 plugin, https://github.com/tawk/tawk-messenger-vue-3), its real
// code with Vue 3; only embed.tawk.to/<property>/<widget> is answered, by fixtures/tawkto.js.
// app.use(TawkMessengerVue, { propertyId, widgetId }) sets window.Tawk_API = Tawk_API || {} and inserts the embed
// script at once; it provides an on… function per event (docs/api-reference.md) that the site injects and calls with
// its callback: each adds a window listener for the embed's CustomEvent (onLoad → tawkLoad) and never removes it.
const CDN = 'https://embed.tawk.to/p-1234/w-5678';
/** The plugin's on… functions and the window event (without `tawk`) each listens to. */
const EVENTS = Object.fromEntries(TAWKTO_EVENTS.map((name) => [`on${name}`, name]));
const PROPS = Object.keys(EVENTS);

/**
 * The site's app: a component whose setup injects every on… function and passes it a callback that records its
 * arguments in `siteArgs`; the plugin installed with the widget's ids; mounted on #root as `window.vueApp`.
 */
const mount = (page: Page) =>
  run(
    page,
    `{ const { createApp, h, inject, TawkMessengerVue } = official;
    const App = { setup() { ${JSON.stringify(PROPS)}.forEach((name) => inject(name)(site(name))); return () => h('p', 'site'); } };
    window.vueApp = createApp(App);
    vueApp.use(TawkMessengerVue, { propertyId: 'p-1234', widgetId: 'w-5678' });
    vueApp.mount('#root'); }`,
  );
/** What the embed dispatches, as another listener of the page hears it: its listeners come before the plugin's. */
const reference = tawktoReference;
const loaded = (page: Page) => fakeLoaded(page, 'tawkto');
const clickAll = tawktoClickAll;

/** Each site callback's calls, checked (sameCalls): no argument where the plugin passes none, else the very `event.detail`. */
const siteCalls = (page: Page) => tawktoSiteCalls(page, EVENTS);

const ACTIONS = TAWKTO_ACTIONS;
const CALLS = Object.fromEntries(PROPS.map((name) => [name, 1]));

/** Every event pushed once, in order, and each site callback once per event with the plugin's arguments. */
async function expectOnce(page: Page): Promise<void> {
  await expect.poll(() => actions(page, 'tawkto')).toEqual(ACTIONS);
  expect(await siteCalls(page)).toEqual(CALLS);
}

const SCENARIO: Scenario = {
  id: 'tawkto-vue',
  vendor: 'tawkto',
  cdn: CDN,
  fake: 'fixtures/tawkto.js',
  titles: [
    'chatwire first, then the app installs the plugin and loads the widget',
    'the plugin installed (Tawk_API and the embed script), chatwire, then the widget script arrives',
    'widget fully loaded, then chatwire',
  ],
  // The embed code's Tawk_API ({}) until the embed script has loaded.
  stub: `typeof window.Tawk_API == 'object' && !window.Tawk_API.onLoaded`,
  before: reference,
  mount,
  drive: clickAll,
  expectOnce,
};
loadOrders(SCENARIO).forEach((testCase) => test(...testCase));

test('app.unmount() leaves the widget and the plugin listeners on the page: chatwire keeps pushing each event once', async ({ page }) => {
  await openOfficial(page, 'tawkto-vue', CDN, 'fixtures/tawkto.js');
  await reference(page);
  await mount(page);
  await loaded(page);
  await loadScript(page, RUNTIME);
  // The plugin has no cleanup (its install() adds listeners and the script, nothing removes them): the widget stays.
  await run(page, 'vueApp.unmount()');
  expect(await run(page, `document.getElementById('root').innerHTML`)).toBe('');
  await clickAll(page);
  await expectOnce(page);
});
