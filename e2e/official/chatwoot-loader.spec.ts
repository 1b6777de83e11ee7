import { LOADER_BUTTON, fakeEvents, loaderTests, tap } from './official';
import { expect, run, test } from '../helpers';

// react-live-chat-loader 2.11.0, provider 'chatwoot' (its real code): hovering its fake button adds
// https://app.chatwoot.com/packs/js/sdk.js (answered by fixtures/chatwoot.js with { manual: true }: the loader's own
// `script.onload` calls chatwootSDK.run({ websiteToken, baseUrl, locale }), as the snippet does); the click adds a
// `chatwoot:ready` listener that calls $chatwoot.toggle(). The widget's iframe reports ready when the test says so
// (readyDelay null), after the click: were ready already fired, the loader's click would open nothing. The visitor
// clicks once run() made $chatwoot: before, the loader's check (`window.$chatwoot`) would add the script again.
const CDN = 'https://app.chatwoot.com/packs/js/sdk.js';
/** The site's own listeners of Chatwoot's window events. */
const SETUP = `['chatwoot:ready', 'chatwoot:opened', 'chatwoot:on-message', 'chatwoot:closed'].forEach((name) => addEventListener(name, site(name)))`;
/** The agent writes, then the visitor closes the widget. */
const DRIVE = fakeEvents('chatwoot', 3, 6);
const ACTIONS = ['loaded', 'opened', 'message_received', 'closed'];
const CALLS = { beforeInit: 1, 'chatwoot:ready': 1, 'chatwoot:opened': 1, 'chatwoot:on-message': 1, 'chatwoot:closed': 1, onReady: 1 };

loaderTests({
  vendor: 'chatwoot',
  provider: 'chatwoot',
  component: 'Chatwoot',
  providerKey: 'fakeWebsiteToken123',
  cdn: CDN,
  fake: 'fixtures/chatwoot.js',
  // Debug on: the tap waits for chatwire's `attached` line.
  before: (page) => run(page, 'window.fakeChatwootOptions = { manual: true, readyDelay: null }; window.chatwireConfig = { debug: true }'),
  setup: SETUP,
  visit: async (page) => {
    await page.hover(LOADER_BUTTON);
    await expect.poll(() => run(page, 'typeof window.$chatwoot')).toBe('object');
    await page.click(LOADER_BUTTON);
    await run(page, 'chatwireFakes.chatwoot.ready()');
  },
  // The loader adds its `chatwoot:ready` listener (the toggle) in the tap, before sdk.js has even loaded, so before
  // chatwire's, which chatwire adds once $chatwoot exists (attached while the widget loads, as the test waits for).
  // The toggle dispatches chatwoot:opened inside chatwoot:ready: `loaded` must still come first.
  tap: async (page) => {
    const attached = new Promise<void>((resolve) => page.on('console', (line) => line.text() == '[chatwire] chatwoot attached' && resolve()));
    await tap(page);
    await attached;
    expect(await run(page, 'window.$chatwoot.hasLoaded')).toBe(false);
    await run(page, 'chatwireFakes.chatwoot.ready()');
  },
  ready: true,
  drive: DRIVE,
  actions: ACTIONS,
  lateActions: ['loaded', 'message_received', 'closed'],
  calls: CALLS,
}).forEach((testCase) => test(...testCase));
