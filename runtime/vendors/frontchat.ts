import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { registering, rises } from '../lib/derive.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Front Chat ("Chat Widget SDK Reference",
 * https://dev.frontapp.com/docs/chat-sdk-reference; "How the Front Chat
 * Widget works", https://dev.frontapp.com/chat.html). The widget script
 * (chat.bundle.js) defines `window.FrontChat(command, …)` when it has run:
 * no snippet stub, no queue, so chatwire attaches when the function shows up.
 * The SDK's one event a page can register for is `onUnreadChange`; the
 * other callback, `onInitCompleted`, is an option of the site's own `init`
 * call, so the core derives `loaded` on attach.
 */
export const frontchat: Vendor = {
  id: 'frontchat',
  global: 'FrontChat',
  channel: 'chat',
  type: 'type',
  events: {
    // No message event: a rise of the unread count ({unread_count: 1}) stands in for a received message. "The
    // handler will always be called immediately to pass an initial value": that first report is the baseline.
    onUnreadChange: 'message_received',
  },
  fields: { label: 'count' },
  // `FrontChat('onUnreadChange', handler)` "will return an unbind function": stop() calls it. The report made
  // inside that call is the documented initial value: a baseline (registering), also after start().
  attach: (fc, listen) =>
    registering(() =>
      subscribe(
        ['onUnreadChange'],
        listen,
        (name, fn) => fc(name, fn),
        undefined,
        (name, p) => {
          const count = getPath(p, 'unread_count');
          return { type: rises(fc, name, count) ? name : '', count };
        },
      ),
    ),
};
