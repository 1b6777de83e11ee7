import type { Vendor } from '../types.js';
import { getPath, isObject } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/** The visitor's own message, reported as `message` by current webchats (see attach). */
const MINE = 'message:0';

/**
 * Botpress Webchat, embedded ("Listen to events",
 * https://botpress.com/docs/webchat/interact/listen-to-events/). inject.js
 * defines `window.botpress`; the bot's config script then calls
 * `botpress.init(…)`. `botpress.on(name, fn)` takes any number of listeners;
 * `botpress.initialized` tells a late runtime that `webchat:initialized` has fired.
 */
export const botpress: Vendor = {
  id: 'botpress',
  global: 'botpress',
  channel: 'chat',
  type: 't',
  events: {
    // Must stay first: reported from `initialized` when it fired before chatwire came.
    'webchat:initialized': 'loaded',
    'webchat:opened': 'opened',
    'webchat:closed': 'closed',
    // The v2 pages: `messageSent` "a message is sent by the user", `message` "by the bot". Botpress's docs source
    // since (botpress/docs, webchat/interact/listen-to-events.mdx) has no `messageSent`: `message` "fires when either
    // the user or the bot sends a message".
    messageSent: 'message_sent',
    message: 'message_received',
    [MINE]: ['message_sent', { vendor_event: 'message' }],
    error: 'error',
  },
  // The conversation of a message (older pages pass the conversation id itself to the open/close handlers).
  fields: { conversation_id: 'c.conversationId' },
  attach: (bp, listen) => {
    const names = Object.keys(botpress.events).filter((name) => name != MINE);
    // Set once `messageSent` is heard: that webchat reports the visitor's messages there, so a `message` of theirs
    // would be the same message again.
    let sent: unknown;
    if (bp.initialized === true) listen()({ t: names.shift() });
    // `on` returns the unsubscribe function in the v2 inject script (unconfirmed); without one, stop() silences ours.
    return subscribe(
      names,
      listen,
      (name, fn) => bp.on(name, fn),
      undefined,
      (name, a) => ({
        // The webchat sends the visitor's messages with `metadata.clientMessageId` and matches the server's copy to
        // its pending one by it (@botpress/webchat 4.5's sendMessage; that the inject script runs that code is our
        // reading); a bot's message has none. Botpress's pages do not show the message's shape: unconfirmed.
        t: name == 'messageSent' ? (sent = name) : name == 'message' && getPath(a, 'metadata.clientMessageId') != null ? (sent ? '' : MINE) : name,
        c: isObject(a) ? a : { conversationId: a },
      }),
    );
  },
};
