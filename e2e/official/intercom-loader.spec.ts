import { RUNTIME, loadScript, test } from '../helpers';
import { clickLoader, expectOnce, fakeEvents, fakeLoaded, loaderDone, loaderTests, openOfficial, renderLoader, tapLoader } from './official';

/** The site's own Messenger callbacks, registered through the snippet's stub. */
const SETUP = `['onShow', 'onHide', 'onUnreadCountChange'].forEach((name) => Intercom(name, site(name)))`;
const CDN = 'https://widget.intercom.io/widget/abc12345';

// react-live-chat-loader 2.11.0, provider 'intercom' (its real code): hovering its fake button runs Intercom's snippet
// (the `Intercom.q` stub), adds widget.intercom.io/widget/<app_id> and queues Intercom('boot', { app_id }); the click
// queues Intercom('show'). Only that script is answered, by fixtures/intercom.js, which replays the queue as it runs.
loaderTests({
  vendor: 'intercom',
  provider: 'intercom',
  component: 'Intercom',
  providerKey: 'abc12345',
  cdn: CDN,
  fake: 'fixtures/intercom.js',
  setup: SETUP,
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

// The loader's third way in: with `idlePeriod` (default 5000) it loads the widget by itself once requestIdleCallback
// has reported that many ms of idle time, with no visitor at all (loadChat({ open: false }), as a hover does).
test('chatwire at page load, then the loader loads the widget by itself once the page is idle (idlePeriod): each event once', async ({ page }) => {
  await openOfficial(page, 'loader', CDN, 'fixtures/intercom.js');
  await loadScript(page, RUNTIME);
  await renderLoader(page, 'intercom', 'Intercom', 'abc12345', SETUP, '{ idlePeriod: 50 }');
  await fakeLoaded(page, 'intercom');
  await loaderDone(page);
  // Nobody opened the Messenger: the visitor opens it, the agent replies, the visitor closes it.
  await fakeEvents('intercom', 0, 1, 3)(page);
  await expectOnce(page, 'intercom', ['loaded', 'opened', 'message_received', 'closed'], { beforeInit: 1, onShow: 1, onUnreadCountChange: 2, onHide: 1, onReady: 1 });
});
