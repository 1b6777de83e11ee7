import type { Vendor } from '../types.js';
import { isObject } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Olark live chat ("JavaScript API", https://www.olark.com/api). Everything goes
 * through `window.olark(name, …)`; the embed snippet's stub (generated in
 * Olark's settings, not on the API pages: known from public copies) queues
 * calls in `olark._.s` until the loader has run them, so chatwire can
 * subscribe before Olark loads. Callbacks cannot be removed.
 */
export const olark: Vendor = {
  id: 'olark',
  global: 'olark',
  channel: 'chat',
  // The snippet's stub: `olark._.s` holds the queued calls.
  stub: (o) => isObject(o._) && Array.isArray(o._.s),
  events: {
    'api.chat.onReady': 'loaded',
    'api.box.onShow': 'shown',
    'api.box.onHide': 'hidden',
    'api.box.onExpand': 'opened',
    // The chat box collapses back to its tab: `closed` (hiding the whole box is onHide, `hidden`).
    'api.box.onShrink': 'closed',
    'api.chat.onBeginConversation': 'started',
    'api.chat.onMessageToVisitor': 'message_received',
    'api.chat.onMessageToOperator': 'message_sent',
    // The "leave a message" form while no operator is available.
    'api.chat.onOfflineMessageToOperator': 'form_submitted',
  },
  // The operator's nickname on their messages (unconfirmed); message bodies are personal data.
  fields: { agent_name: 'message.nickname' },
  attach: (o, listen) => {
    // Only the operator's messages are read: every other payload may carry the visitor's own nickname.
    subscribe(
      Object.keys(olark.events),
      listen,
      (name, fn) => o(name, fn),
      undefined,
      (name, event) => /ToV/.test(name) && event,
    );
  },
};
