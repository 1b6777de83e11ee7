import type { Vendor } from '../types.js';
import { getPath, isObject } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Tiledesk widget ("Javascript API: Listeners/Events",
 * https://developer.tiledesk.com/widget/events). `window.Tiledesk(name, handler)`
 * registers a handler that gets a CustomEvent (data in `detail`). The install
 * snippet ("Web SDK", https://developer.tiledesk.com/widget/web-sdk) makes
 * `window.Tiledesk` a function queueing its calls in `Tiledesk.q`; the widget
 * replays the queue, so chatwire can subscribe first.
 *
 * Once the widget has initialized, `window.Tiledesk(name, …)` only calls the
 * `window.tiledesk` method of that name, or reads the property (the widget's
 * source, src/launch.js in Tiledesk/chat21-web-widget: the docs do not say),
 * so a handler given to it then is dropped; the widget's own
 * `window.tiledesk.on(name, handler)` (v4 Web SDK docs,
 * https://developer.tiledesk.com/widget/advanced/old-versions/web-sdk-v4)
 * registers it. chatwire uses that whenever it is there: the GTM order, where
 * the widget loaded first.
 */
export const tiledesk: Vendor = {
  id: 'tiledesk',
  global: 'Tiledesk',
  channel: 'chat',
  stub: (t) => isObject(t) && Array.isArray(t.q),
  events: {
    onInit: 'loaded',
    // The eye-catcher is the callout box beside the launcher.
    onOpenEyeCatcher: 'shown',
    onClosedEyeCatcher: 'hidden',
    onOpen: 'opened',
    onClose: 'closed',
    onNewConversation: 'started',
    onAfterMessageSend: 'message_sent',
    // "Fired when the widget receive a message".
    onMessageCreated: 'message_received',
  },
  // `newConvId` is seen only in sites' code (unconfirmed); the rest of `detail` is settings or messages.
  fields: { conversation_id: 'detail.newConvId' },
  attach: (t, listen) => {
    const api = getPath(window, 'tiledesk');
    const on = isObject(api) && typeof api.on == 'function';
    return subscribe(Object.keys(tiledesk.events), listen, (name, fn) => (on ? api.on(name, fn) : t(name, fn)));
  },
};
