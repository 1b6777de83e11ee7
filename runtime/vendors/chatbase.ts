import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/** Why chatwire waits while `window.chatbase` is still the embed code's queue (debug log, docs/vendors/chatbase.md). */
const QUEUE = 'not attached: the embed script has not loaded';

/**
 * Whether `chatbase` is the loaded widget: the embed code's own test
 * (`window.chatbase("getState") !== "initialized"` makes the queue). Asked of
 * the embed code's queue, the call is queued like any other: chatwire takes
 * its question back out of the queue, so the page's queue stays as it was.
 * @param chatbase `window.chatbase`
 * @returns true once the embed script replaced the queue
 */
const initialized = (chatbase: { (method: string): unknown; q?: unknown }): boolean => {
  const queue = chatbase.q;
  const length = Array.isArray(queue) ? queue.length : 0;
  const state = chatbase('getState');
  const after = chatbase.q;
  if (Array.isArray(after)) after.length = length;
  return state === 'initialized';
};

/**
 * Chatbase AI agent widget ("Event Listeners",
 * https://chatbase.co/docs/developer-guides/chatbot-event-listeners; "JavaScript
 * Embed Script", https://chatbase.co/docs/developer-guides/javascript-embed).
 * The embed code makes `window.chatbase` a queue (a Proxy over a function
 * that stores each call in `chatbase.q`) unless `chatbase('getState')` is
 * `'initialized'`, then loads `embed.min.js`. Listeners are added with
 * `chatbase.addEventListener(name, fn)`, several per event, removed with
 * `removeEventListener(name, fn)`; the docs ask for them "after the chatbase
 * script loads", so chatwire does not queue them: it waits for the loaded
 * widget, then adds its own beside the site's. No ready event: the core
 * derives `loaded` on attach, and `started` before the first message.
 * Payloads are `{ type, data: { content } }`: message text, never read.
 */
export const chatbase: Vendor = {
  id: 'chatbase',
  global: 'chatbase',
  channel: 'chat',
  events: {
    // "Triggered when a user sends a message" / "when your AI Agent responds".
    'user-message': 'message_sent',
    'assistant-message': 'message_received',
  },
  fields: {},
  attach: (widget, listen) => {
    // Thrown as a string for the core to log: detection asks again at the next check, after the script ran.
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the reason itself, as crisp.ts does
    if (!initialized(widget as Parameters<typeof initialized>[0])) throw QUEUE;
    return subscribe(
      Object.keys(chatbase.events),
      listen,
      (name, fn) => widget.addEventListener(name, fn),
      (name, fn) => widget.removeEventListener(name, fn),
    );
  },
};
