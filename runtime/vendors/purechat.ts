import type { Vendor } from '../types.js';
import { isObject } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/** The install snippet's stub: `window.purechatApi = { l: [], t: [], on() { this.l.push(arguments) } }`. */
const isStub = (api: { l?: unknown }): boolean => Array.isArray(api.l);

/**
 * Pure Chat (the visitor widget's `purechatApi`; no vendor reference page is
 * reachable any more, so every name below is unconfirmed: seen in sites'
 * public code, https://app.purechat.com/VisitorWidget/WidgetScript).
 * `purechatApi.on(name, fn)` is queued by the snippet's stub and replayed by
 * the widget script, so chatwire can subscribe before the widget loads.
 * Callbacks get one `args` object with `chatboxId`.
 */
export const purechat: Vendor = {
  id: 'purechat',
  global: 'purechatApi',
  channel: 'chat',
  stub: (api) => isObject(api) && isStub(api),
  events: {
    // Must stay first: reported at once when the widget's API is already there.
    'chatbox:ready': 'loaded',
    'chatbox:expand': 'opened',
    'chatbox:collapse': 'closed',
    'chat:start': 'started',
    'chat:end': 'ended',
    'chat:rate': 'rating_submitted',
    // The offline form: the visitor leaves an email address and a question.
    'email:send': ['lead', { lead_type: 'email' }],
  },
  // `chat:start` / `chat:end` args (sites' copies of the vendor's example):
  // { chatboxId, name, email, phoneNumber, question, transcriptId, startedByOperator }.
  fields: {
    widget_id: 'chatboxId',
    conversation_id: 'transcriptId',
    email: 'email',
    phone: 'phoneNumber',
  },
  attach: (api, listen) => {
    const names = Object.keys(purechat.events);
    // Whether the real API replays `chatbox:ready` to late subscribers is unknown: report it here.
    if (!isStub(api)) listen(names.shift())();
    subscribe(names, listen, (name, fn) => api.on(name, fn));
  },
};
