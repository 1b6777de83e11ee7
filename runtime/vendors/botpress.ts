import type { Vendor } from '../types.js';
import { isObject } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Botpress Webchat v2, embedded ("Listen to events",
 * https://botpress.com/docs/webchat/interact/listen-to-events/). inject.js
 * defines `window.botpress`; the bot's config script then calls
 * `botpress.init(…)`. `botpress.on(name, fn)` takes any number of listeners;
 * `botpress.initialized` tells a late runtime that `webchat:initialized` has fired.
 */
export const botpress: Vendor = {
  id: 'botpress',
  global: 'botpress',
  channel: 'chat',
  events: {
    // Must stay first: reported from `initialized` when it fired before chatwire came.
    'webchat:initialized': 'loaded',
    'webchat:opened': 'opened',
    'webchat:closed': 'closed',
    // "a message is sent by the user" / "by the bot".
    messageSent: 'message_sent',
    message: 'message_received',
    error: 'error',
  },
  // The conversation of a message (older pages pass the conversation id itself to the open/close handlers).
  fields: { conversation_id: 'conversationId' },
  attach: (bp, listen) => {
    const names = Object.keys(botpress.events);
    if (bp.initialized === true) listen(names.shift())();
    // `on` returns the unsubscribe function in the v2 inject script (unconfirmed); without one, stop() silences ours.
    return subscribe(
      names,
      listen,
      (name, fn) => bp.on(name, fn),
      undefined,
      (_, a) => (isObject(a) ? a : { conversationId: a }),
    );
  },
};
