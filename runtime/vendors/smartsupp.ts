import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Smartsupp live chat ("JavaScript API", docs.smartsupp.com/chat-box/javascript-api).
 * Everything goes through `window.smartsupp(command, …)`; the embed snippet's
 * stub queues calls in `smartsupp._` until loader.js has run them, so chatwire
 * can subscribe with `smartsupp('on', name, fn)` before the chat box loads.
 * Payloads (the chat and its messages) are personal data and never read.
 */
export const smartsupp: Vendor = {
  id: 'smartsupp',
  global: 'smartsupp',
  channel: 'chat',
  // The snippet's stub: `smartsupp._` holds the queued calls.
  stub: (s) => Array.isArray(s._),
  events: {
    message_sent: 'message_sent',
    message_received: 'message_received',
    messenger_close: 'closed',
  },
  fields: {},
  // No `off` is documented: after stop() the core silences these callbacks.
  attach: (s, listen) => {
    subscribe(Object.keys(smartsupp.events), listen, (name, fn) => s('on', name, fn));
  },
};
