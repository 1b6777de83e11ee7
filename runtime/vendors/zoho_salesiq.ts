import type { Vendor } from '../types.js';
import { chain } from '../lib/chain.js';
import { getPath } from '../lib/getPath.js';
import { log } from '../lib/log.js';

/**
 * Zoho SalesIQ live chat (JavaScript API, https://www.zoho.com/salesiq/help/jsapi.html;
 * each handler has its page, e.g. …/developer-section/js-api-event-visitor-chat.html).
 * The embed snippet makes `$zoho.salesiq = { widgetcode, values, ready }`; the
 * widget script adds the API to that object and calls `$zoho.salesiq.ready()`,
 * inside which sites register handlers: `$zoho.salesiq.visitor.chat(fn(visitid, data))`.
 * Whether a second registration adds a handler or replaces the first is not
 * documented, so chatwire registers one dispatcher per event, in the ready
 * hook before the site's code runs, and sends the site's later registrations to
 * that dispatcher (it calls chatwire, then the site's handler). When SalesIQ
 * was ready before chatwire came, registering could replace a handler the site
 * registered, so chatwire only reports the widget as loaded.
 */
export const zoho_salesiq: Vendor = {
  id: 'zoho_salesiq',
  global: '$zoho.salesiq',
  channel: 'chat',
  events: {
    // Must stay first: the ready hook, not a handler.
    ready: 'loaded',
    'floatwindow.open': 'opened',
    // Both put the float window back to its button.
    'floatwindow.minimize': 'closed',
    'floatwindow.close': 'closed',
    'visitor.chat': 'started',
    'chat.attend': 'agent_joined',
    'chat.agentMessage': 'message_received',
    // "a chat request goes unattended".
    'visitor.missed': 'agent_timeout',
    // The offline request form: name, email and question while no operator is online.
    'visitor.offlineMessage': ['lead', { lead_type: 'email' }],
    'visitor.rating': 'rating_submitted',
    'visitor.feedback': 'survey_submitted',
    // "invoke a method right after a chat session concludes" (js-api-event-chat-complete.html), with
    // `data.chatduration`, "Total chat duration time in minutes". The same name without a function is the command
    // that ends the chat (js-api-chat-complete.html): see the slot in attach.
    'chat.complete': 'ended',
  },
  // Handlers get `(visitid, data)`: the payload is the argument list (0 = visitid, 1 = data; 2 = the chat's
  // duration in ms, added in attach). `data.agent` (rating, feedback) is the operator's email address: never read.
  fields: { visitor_id: '0', agent_name: '1.attendername', label: '1.rating', email: '1.email', duration_ms: '2' },
  attach: (s, listen) => {
    const wire = (): void => {
      for (const name of Object.keys(zoho_salesiq.events).slice(1)) {
        const [group, key] = name.split('.');
        const owner = s[group];
        let slot = owner[key];
        // Ours since an earlier start(): only chatwire's callback is renewed.
        if (!slot.cw) {
          const state: { site?: unknown; ours?: (...args: unknown[]) => void } = {};
          slot.call(owner, function (this: unknown, ...args: unknown[]) {
            (state.ours as (...args: unknown[]) => void)(...args);
            return typeof state.site == 'function' ? state.site.apply(this, args) : undefined;
          });
          const command = slot;
          // A call with an argument registers the site's handler; one without is a command (`chat.complete()` ends the
          // chat, from a site's onclick), which stays the widget's.
          slot = owner[key] = (...args: unknown[]): unknown => (args.length ? void (state.site = args[0]) : command.apply(owner, args));
          slot.cw = state;
        }
        // `chatduration` in minutes (a number, or digits in a string) becomes the duration in ms, argument 2.
        slot.cw.ours = listen(name, (...args) => {
          const minutes = getPath(args, '1.chatduration') as number;
          return args.concat(/^\d*\.?\d+$/.test(minutes as unknown as string) ? minutes * 6e4 : []);
        });
      }
    };
    if (getPath(s, 'visitor.chat')) {
      if (getPath(s, 'visitor.chat.cw')) wire();
      else log('zoho_salesiq', 'not attached: SalesIQ ready before chatwire');
      return listen('ready')();
    }
    return chain(s, 'ready', listen('ready', wire));
  },
};
