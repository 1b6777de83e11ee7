import { test } from '../helpers';
import { clickLoader, fakeEvents, loaderTests, tapLoader } from './official';

// react-live-chat-loader 2.11.0, provider 'hubSpot' (its real code): load() sets window.hsConversationsOnReady to a
// new array (a function that calls widget.load()), adds js.hs-scripts.com/<portal id>.js (id hs-script-loader),
// calls beforeInit, and once widget.status().loaded calls widget.open() and onReady. Only that script is answered, by
// fixtures/hubspot.js, which adds itself again as the conversations embed script (`?embed`) 100 ms later.
// Its button has no hover handler: the click runs load(), then open(), which does nothing while HubSpotConversations
// is not there yet; the loader's own widget.open() comes once the widget is loaded (userInteractedWithWidget, which
// chatwire maps to nothing). The site pushes its handler onto the loader's array in beforeInit.
loaderTests({
  vendor: 'hubspot',
  provider: 'hubSpot',
  component: 'HubSpot',
  providerKey: '1234567',
  cdn: /^https:\/\/js\.hs-scripts\.com\/1234567\.js(\?embed)?$/,
  fake: 'fixtures/hubspot.js',
  // The site's own HubSpot listeners, added once the API is there (HubSpot has no queue).
  setup: `hsConversationsOnReady.push(() => ['conversationStarted', 'widgetClosed'].forEach((name) => HubSpotConversations.on(name, site(name))))`,
  visit: clickLoader('hubspot'),
  tap: tapLoader('hubspot'),
  ready: true,
  // The visitor starts a conversation, the agent replies, the visitor closes the widget.
  drive: fakeEvents('hubspot', 0, 1, 4),
  // widgetLoaded fires (from hsConversationsOnReady) before chatwire attaches at the embed script: status().loaded
  // makes chatwire push `loaded` at attach (runtime/vendors/hubspot.ts).
  actions: ['loaded', 'started', 'message_received', 'closed'],
  lateActions: ['loaded', 'started', 'message_received', 'closed'],
  calls: { beforeInit: 1, conversationStarted: 1, widgetClosed: 1, onReady: 1 },
}).forEach((testCase) => test(...testCase));
