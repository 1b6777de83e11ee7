import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Smartsupp live chat ("JavaScript API", docs.smartsupp.com/chat-box/javascript-api).
 * Everything goes through `window.smartsupp(command, …)`; the embed snippet's
 * stub queues calls in `smartsupp._` until loader.js has run them, so chatwire
 * can subscribe with `smartsupp('on', name, fn)` before the chat box loads.
 * Smartsupp has no ready or conversation-start event: the core derives
 * `loaded` when the real function replaces the stub, and `started` before the
 * first message of each chat.
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
  // Only the ids of the message (its text and the visitor's details are personal data).
  fields: { conversation_id: 'chatId', visitor_id: 'visitorId' },
  // No `off` is documented: after stop() the core silences these callbacks.
  attach: (s, listen) => {
    // Legacy docs pass `(message)`, the current chat box `(model, message)`: the message is the last argument.
    subscribe(
      Object.keys(smartsupp.events),
      listen,
      (name, fn) => s('on', name, fn),
      undefined,
      (_, ...args) => args[args.length - 1],
    );
  },
};
