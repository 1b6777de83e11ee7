import type { Vendor } from '../types.js';
import { registering, rises } from '../lib/derive.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Intercom Messenger ("JavaScript API: Methods",
 * https://developers.intercom.com/installing-intercom/web/methods). Everything
 * goes through the `window.Intercom(command, …)` function; the install
 * snippet's stub (and @intercom/messenger-js-sdk's) queues calls in
 * `Intercom.q` until the widget replaces it and replays them ("calls made
 * before the library is available are queued"), so chatwire can subscribe
 * before the widget loads. Callbacks cannot be removed.
 */
export const intercom: Vendor = {
  id: 'intercom',
  global: 'Intercom',
  channel: 'messaging',
  // The snippet's stub: `Intercom.q` holds the queued calls.
  stub: (ic) => Array.isArray(ic.q),
  type: 'type',
  events: {
    // "runs once the Messenger has finished booting", also when registered after boot.
    ready: 'loaded',
    onShow: 'opened',
    onHide: 'closed',
    // Intercom has no message event: a rise of the unread count stands in for a received message
    // (the count it reports on registration is the baseline); see docs/vendors/intercom.md for what is missed.
    onUnreadCountChange: 'message_received',
    // Called without the address: lead_type only, in every privacy mode.
    onUserEmailSupplied: ['lead', { lead_type: 'email' }],
  },
  fields: { label: 'count' },
  // A count reported on registration (the fake does; unconfirmed in Intercom's docs) is a baseline (registering),
  // also after start().
  attach: (ic, listen) => {
    // `ready` may run again at a later boot (a logout and login: shutdown, then boot; unconfirmed in the docs): the
    // Messenger is the same widget object, `loaded` is once per object (CONTRACT §7; later attachments: the core).
    let booted = 0;
    registering(() =>
      subscribe(
        Object.keys(intercom.events),
        listen,
        (name, fn) => ic(name, fn),
        undefined,
        (name, count) => ({
          type: name == 'ready' ? (booted++ ? '' : name) : name != 'onUnreadCountChange' || rises(ic, name, count) ? name : '',
          count,
        }),
      ),
    );
  },
};
