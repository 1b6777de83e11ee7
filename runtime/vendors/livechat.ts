import type { Vendor } from '../types.js';
import { getPath, has } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/** Which payload value picks the variant `<event>.<value>` of an event (and becomes its label). */
const variant: Record<string, string> = {
  visibility_changed: 'visibility',
  customer_status_changed: 'status',
  new_event: 'author.type',
  form_submitted: 'type',
  rich_message_button_clicked: 'postbackId',
};
const V = { vendor_event: 'visibility_changed' };
const S = { vendor_event: 'customer_status_changed' };
const N = { vendor_event: 'new_event' };

/**
 * LiveChat / Text.com chat widget ("JavaScript API",
 * https://developers.livechat.com/docs/extending-chat-widget/javascript-api).
 * The snippet defines `window.LiveChatWidget = { _q, _h, on, once, off, get, call, init }`;
 * `on` calls wait in `_q` until tracking.js loads and sets the handler `_h`
 * on the same object, so chatwire subscribes at once, before or after the
 * load. Several handlers per event; `ready` is replayed to late subscribers.
 */
export const livechat: Vendor = {
  id: 'livechat',
  global: 'LiveChatWidget',
  channel: 'chat',
  type: 'type',
  events: {
    ready: 'loaded',
    'visibility_changed.maximized': ['opened', V],
    // LiveChat's three states are maximized (window open), minimized (back to the launcher) and hidden
    // (no launcher either): minimized is the visitor closing the window, not a distinct third state.
    'visibility_changed.minimized': ['closed', V],
    'visibility_changed.hidden': ['hidden', V],
    'customer_status_changed.queued': ['agent_requested', S],
    'customer_status_changed.chatting': ['agent_joined', S],
    'new_event.customer': ['message_sent', N],
    'new_event.agent': ['message_received', N],
    form_submitted: 'form_submitted',
    'form_submitted.postchat': ['survey_submitted', { vendor_event: 'form_submitted' }],
    rating_submitted: 'rating_submitted',
    greeting_displayed: 'shown',
    greeting_hidden: 'hidden',
    rich_message_button_clicked: 'question_answered',
  },
  fields: { visitor_id: 'p.customerData.id', widget_id: 'p.id', label: 'v' },
  attach: (lc, listen) => {
    return subscribe(
      // Each vendor event once: the variants are the payload's.
      [...new Set(Object.keys(livechat.events).map((key) => key.split('.')[0]))],
      listen,
      lc.on.bind(lc),
      (name, fn) => lc.off(name, fn),
      (name, p) => {
        // rating_submitted passes the rating itself ('good' | 'bad' | 'none'); a greeting's new_event has no variant.
        const v = typeof p == 'string' ? p : getPath(p, 'greeting') ? 0 : getPath(p, variant[name] || '-');
        const key = name + '.' + (v as string);
        return { type: has(livechat.events, key) ? key : name, p, v };
      },
    );
  },
};
