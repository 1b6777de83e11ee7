import { type Page } from '@playwright/test';
import { expect, run, test } from '../helpers';
import { LOADER_BUTTON, loaderTests, tap } from './official';

// react-live-chat-loader 2.11.0, provider 'adobeDynamicChat' (its real code): hovering its fake button adds
// `${baseUrl}/loader.js?orgId=<providerKey>&instanceId=…&env=…&&geo=…` (the loader's own double `&`), Dynamic Chat's
// loader script, and calls the site's beforeInit at once, before the script ran; its check is `window.AdobeDX`. Its
// open() (the click) only adds an empty `adobedx.conversations.ready` listener ("There is no way to open the chat
// programmatically"), so a tap loads the widget as a hover does. Only that script is answered, by
// fixtures/adobe_dynamic_chat.js, which defines AdobeDX and dispatches the ready event as it runs.

/** The visitor's gesture (a hover, or a tap: the click alone), then AdobeDX is there. */
const loads = (gesture: (page: Page) => Promise<unknown>) => async (page: Page) => {
  await gesture(page);
  await expect.poll(() => run(page, 'typeof window.AdobeDX')).toBe('object');
};

/** The Dynamic Chat events the site listens to and the test fires (Adobe's Enum.Events keys). */
const KEYS = ['CONVERSATION_TRIGGERED', 'CONVERSATION_ENGAGED', 'CONVERSATION_CLOSED'];

loaderTests({
  vendor: 'adobe_dynamic_chat',
  provider: 'adobeDynamicChat',
  component: 'AdobeDynamicChat',
  providerKey: '123-ABC-456',
  props: "{ instanceId: 'inst-1', env: 'prod', geo: 'us' }",
  cdn: /^https:\/\/assets\.adoberesources\.net\/loader\.js\?orgId=123-ABC-456&instanceId=inst-1&env=prod&&geo=us$/,
  fake: 'fixtures/adobe_dynamic_chat.js',
  // The site's own listeners: the ready window event, then Dynamic Chat's callbacks (AdobeDX exists from ready on).
  setup: `addEventListener('adobedx.conversations.ready', () => {
    site('adobedx.conversations.ready')();
    ${JSON.stringify(KEYS)}.forEach((key) => AdobeDX.addListener(AdobeDX.Enum.Events[key], site(key)));
  })`,
  // The click once AdobeDX exists: before, the loader's check (`window.AdobeDX`) would add the script a second time.
  visit: async (page) => {
    await loads((page) => page.hover(LOADER_BUTTON))(page);
    await page.click(LOADER_BUTTON);
  },
  tap: loads(tap),
  ready: true,
  // A dialogue shows, the visitor engages, then closes it.
  drive: (page) => page.evaluate((keys) => keys.forEach((key) => (window as any).fakeAdobe.fire(key)), KEYS),
  actions: ['loaded', 'shown', 'started', 'closed'],
  // The ready event came before chatwire: `loaded` is derived when chatwire finds AdobeDX (the adapter's `ready`).
  lateActions: ['loaded', 'shown', 'started', 'closed'],
  calls: { beforeInit: 1, 'adobedx.conversations.ready': 1, CONVERSATION_TRIGGERED: 1, CONVERSATION_ENGAGED: 1, CONVERSATION_CLOSED: 1, onReady: 1 },
}).forEach((testCase) => test(...testCase));
