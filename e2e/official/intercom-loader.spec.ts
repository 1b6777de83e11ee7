import { test } from '../helpers';
import { clickLoader, fakeEvents, loaderTests, tapLoader } from './official';

// react-live-chat-loader 2.11.0, provider 'intercom' (its real code): hovering its fake button runs Intercom's snippet
// (the `Intercom.q` stub), adds widget.intercom.io/widget/<app_id> and queues Intercom('boot', { app_id }); the click
// queues Intercom('show'). Only that script is answered, by fixtures/intercom.js, which replays the queue as it runs.
loaderTests({
  vendor: 'intercom',
  provider: 'intercom',
  component: 'Intercom',
  providerKey: 'abc12345',
  cdn: 'https://widget.intercom.io/widget/abc12345',
  fake: 'fixtures/intercom.js',
  // The site's own Messenger callbacks, registered through the snippet's stub.
  setup: `['onShow', 'onHide', 'onUnreadCountChange'].forEach((name) => Intercom(name, site(name)))`,
  visit: clickLoader('intercom'),
  tap: tapLoader('intercom'),
  // A tap queues boot and show in one go, before chatwire subscribes through the stub (its MutationObserver runs once
  // the click handler is done). chatwire puts its calls at the front of the stub's queue, so the fake, replaying the
  // queue in order as its script runs, holds chatwire's onShow before it shows: `opened` is pushed, whether the real
  // Messenger shows while it replays the queue or later (unconfirmed which).
  ready: true,
  // The agent's reply (the unread count rises), then the visitor closes the Messenger.
  drive: fakeEvents('intercom', 1, 3),
  actions: ['loaded', 'opened', 'message_received', 'closed'],
  lateActions: ['loaded', 'message_received', 'closed'],
  // onUnreadCountChange: the registration call with the current count (fixtures/intercom.js), then the reply.
  calls: { beforeInit: 1, onShow: 1, onUnreadCountChange: 2, onHide: 1, onReady: 1 },
}).forEach((testCase) => test(...testCase));
