import { LOADER_BUTTON, fakeEvents, loaderTests } from './official';
import { expect, run, test } from '../helpers';

// react-live-chat-loader 2.11.0, provider 'chatwoot' (its real code): hovering its fake button adds
// https://app.chatwoot.com/packs/js/sdk.js (answered by fixtures/chatwoot.js with { manual: true }: the loader's own
// `script.onload` calls chatwootSDK.run({ websiteToken, baseUrl, locale }), as the snippet does); the click adds a
// `chatwoot:ready` listener that calls $chatwoot.toggle(). The widget's iframe reports ready when the test says so
// (readyDelay null), after the click: were ready already fired, the loader's click would open nothing. The visitor
// clicks once run() made $chatwoot: before, the loader's check (`window.$chatwoot`) would add the script again.
loaderTests({
  vendor: 'chatwoot',
  provider: 'chatwoot',
  component: 'Chatwoot',
  providerKey: 'fakeWebsiteToken123',
  cdn: 'https://app.chatwoot.com/packs/js/sdk.js',
  fake: 'fixtures/chatwoot.js',
  before: (page) => run(page, 'window.fakeChatwootOptions = { manual: true, readyDelay: null }'),
  // The site's own listeners of Chatwoot's window events.
  setup: `['chatwoot:ready', 'chatwoot:opened', 'chatwoot:on-message', 'chatwoot:closed'].forEach((name) => addEventListener(name, site(name)))`,
  visit: async (page) => {
    await page.hover(LOADER_BUTTON);
    await expect.poll(() => run(page, 'typeof window.$chatwoot')).toBe('object');
    await page.click(LOADER_BUTTON);
    await run(page, 'chatwireFakes.chatwoot.ready()');
  },
  ready: true,
  // The agent writes, then the visitor closes the widget.
  drive: fakeEvents('chatwoot', 3, 6),
  actions: ['loaded', 'opened', 'message_received', 'closed'],
  lateActions: ['loaded', 'message_received', 'closed'],
  calls: { beforeInit: 1, 'chatwoot:ready': 1, 'chatwoot:opened': 1, 'chatwoot:on-message': 1, 'chatwoot:closed': 1, onReady: 1 },
}).forEach((testCase) => test(...testCase));
