import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

const SHOWN = 'chat_shown';
/** The snippet's array, its `push` still the array's own. */
const isStub = (q: unknown): boolean => Array.isArray(q) && q.push === [].push;

/**
 * RingCentral Engage Messaging, now RingCX Messaging (formerly Dimelo chat):
 * "Javascript API",
 * https://developers.ringcentral.com/engage/digital/guide/interactions/web-messaging/javascript-api.
 * Everything goes through the asynchronous queue `window._chatq`: a site writes
 * `var _chatq = _chatq || []` and pushes commands, among them
 * `['_onEvent', name, callback]` ("Registering an Event Handler"); the loader
 * (`<domain>.dimelochat.com/chat/<token>/loader.js`, "Integration in the Target
 * Website") runs them. The callback gets one plain object, the event's data
 * (trigger, mode and item keys, and always `event`, the event's name).
 *
 * How the chat manager takes the array over is not documented; it must run
 * commands pushed after it loaded (the docs push `_pageChange` whenever a
 * single-page app changes page), so it replaces `_chatq` or its `push`. Either
 * way, chatwire pushes its `_onEvent`s into whatever `_chatq` is, and counts
 * the snippet's plain array as the stub: the core takes the manager's queue
 * on without subscribing twice. A `_chatq` that is no longer that array is
 * the manager's, so it has started: chatwire then reports `started` ("the chat
 * manager is loaded and started") itself, which a handler added after it
 * (the GTM order) never hears; the core pushes it once per queue either way.
 */
export const ringcentral_engage: Vendor = {
  id: 'ringcentral_engage',
  global: '_chatq',
  channel: 'chat',
  stub: isStub,
  type: '0',
  events: {
    started: 'loaded',
    // The launcher button and the proactive invitation ("item" data: `item_type` is `button` or `invitation`).
    // `item_shown` repeats either of them, so it is not mapped.
    button_shown: 'shown',
    invitation_shown: 'shown',
    // "Fired when a chat client is created and shown"; not when it reopens itself after a page change (below).
    [SHOWN]: 'opened',
    // "Fired when a chat client is closed and destroyed (when the visitor definitely leaves the chat client)".
    chat_closed: 'closed',
    // "Fired when the visitor engages the conversation, i.e. sends a first message".
    chat_engaged: 'started',
    message_sent: 'message_sent',
    message_received: 'message_received',
  },
  // The item the visitor was shown (its id, its label set by the business, `button` or `invitation`).
  fields: { widget_id: '1.item_id', widget_name: '1.item_label', widget_type: '1.item_type' },
  attach: (q, listen) => {
    subscribe(
      Object.keys(ringcentral_engage.events),
      listen,
      (name, fn) => q.push(['_onEvent', name, fn]),
      undefined,
      // "a chat client that reopens himself after a page change would fire a chat_shown event with
      // trigger_continuation being true": the same chat, not an opening (the docs' own example skips it).
      (name, data) => [name == SHOWN && getPath(data, 'trigger_continuation') === true ? SHOWN + ' (continuation)' : name, data],
    );
    if (!isStub(q)) listen()(['started']);
  },
};
