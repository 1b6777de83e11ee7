import { test } from '../helpers';
import { clickLoader, fakeEvents, loaderTests, tapLoader } from './official';

// react-live-chat-loader 2.11.0, provider 'helpScout' (its real code): hovering its fake button runs Help Scout's embed
// snippet (the `Beacon.readyQueue` stub), adds https://beacon-v2.helpscout.net and queues Beacon('init', key) and
// Beacon('once', 'ready', …); the click queues Beacon('open'). Only that script is answered, by fixtures/helpscout.js.
loaderTests({
  vendor: 'helpscout',
  provider: 'helpScout',
  component: 'HelpScout',
  providerKey: 'b2c3d4e5-0000-4000-8000-00000000beac',
  cdn: /^https:\/\/beacon-v2\.helpscout\.net\/?$/,
  fake: 'fixtures/helpscout.js',
  // The site's own Beacon listeners, through the snippet's queue.
  setup: `['ready', 'open', 'chat-started', 'close'].forEach((name) => Beacon('on', name, site(name)))`,
  visit: clickLoader('helpscout'),
  tap: tapLoader('helpscout'),
  // A tap queues init and open in one go, before chatwire subscribes through the queue (its MutationObserver runs once
  // the click handler is done); chatwire's `on` calls go right after the queued init, so the fake, replaying the queue in
  // order, opens a Beacon that already holds them: the tap reports what the hover and click report.
  ready: true,
  // The visitor starts a chat, then closes Beacon.
  drive: fakeEvents('helpscout', 3, 6),
  actions: ['opened', 'loaded', 'started', 'closed'],
  // Beacon's ready, fired before chatwire came, is not replayed: chatwire reads Beacon('info') (as e2e/helpscout.spec.ts pins).
  lateActions: ['loaded', 'started', 'closed'],
  calls: { beforeInit: 1, ready: 1, open: 1, 'chat-started': 1, close: 1, onReady: 1 },
}).forEach((testCase) => test(...testCase));
