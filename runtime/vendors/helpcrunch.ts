import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * HelpCrunch live chat (JavaScript API, https://docs.helpcrunch.com/javascript-api.html).
 * Everything goes through `window.HelpCrunch(command, …)`; the documented
 * widget code (https://docs.helpcrunch.com/developers/user-authentication-mode)
 * makes it a function pushing its arguments onto `HelpCrunch.q`, so chatwire
 * can subscribe before the widget loads; that the widget then replaces it and
 * runs the queue is not documented (a kept stub is the same object). The
 * docs show `HelpCrunch('onReady', fn)`; the other event names are seen only
 * in public listener code (unconfirmed), as is whether an event keeps several
 * callbacks. Callbacks cannot be removed.
 */
export const helpcrunch: Vendor = {
  id: 'helpcrunch',
  global: 'HelpCrunch',
  channel: 'chat',
  // The snippet's stub: `HelpCrunch.q` holds the queued calls.
  stub: (hc) => Array.isArray(hc.q),
  events: {
    onReady: 'loaded',
    onChatOpen: 'opened',
    onChatClose: 'closed',
    // The visitor's ("customer's") message, and the agent's.
    onCustomerMessage: 'message_sent',
    onAgentMessage: 'message_received',
  },
  // The callbacks' arguments are not documented; message texts are personal data in any case.
  fields: {},
  attach: (hc, listen) => {
    subscribe(Object.keys(helpcrunch.events), listen, (name, fn) => hc(name, fn));
  },
};
