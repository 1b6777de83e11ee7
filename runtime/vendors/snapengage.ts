import type { Vendor } from '../types.js';
import { has } from '../lib/getPath.js';
import { log } from '../lib/log.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Where each callback's readable arguments are (the rest is message text): per
 * payload slot (0 email, 1 phone, 2 label, 3 agent, as in `fields`), the
 * index of the callback argument that fills it; a space fills nothing.
 * (Slots and rows in the order that compresses best: the plugin file is held
 * to a size budget, test/size.test.ts.)
 */
const args: Record<string, string> = {
  // (email, message)
  MessageSubmit: '0',
  // (phone)
  StartCallme: ' 0',
  // (email, message, type)
  StartChat: '0 2',
  // (type, status)
  Close: '  0',
  // (agentAlias, message)
  OpenProactive: '   0',
  ChatMessageReceived: '   0',
};

/**
 * Truthy (SnapEngage's `setCallback`) when SnapEngage was on the page before
 * this adapter: its callbacks are single slots with no getter, so the site's
 * may be set already and chatwire could only replace them. Read directly, not
 * with `getPath`: in a plugin file the core's helpers only arrive with the
 * first `attach`.
 */
let late: unknown;
try {
  // Checked step by step, not by letting a missing global throw: a thrown error at load makes the browser
  // collect the script's source positions for its stack, which tripled the all-vendor file's start time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page global that may be anything, read inside this try
  const se = (window as any).SnapEngage;
  late = se && se.setCallback;
} catch {
  // No SnapEngage yet (or no window, or a getter that throws): chatwire came first.
}

/**
 * SnapEngage ("JavaScript API" → setCallback, https://developer.snapengage.com/javascript-api/,
 * events as listed in https://help.snapengage.com/javascript-event-api-documentation).
 * `SnapEngage.setCallback(name, fn)` keeps ONE callback per event
 * (`setCallback(name, '')` clears it) and there is no getter. `window.SnapEngage`
 * appears when the widget script has loaded; the snippet's own API calls run
 * in that script's `onload`, after the capturing `load` listener through which
 * chatwire attaches. chatwire wraps `setCallback`, so a site callback set
 * later still runs, once, after chatwire's. A SnapEngage that was there
 * before chatwire is left alone: only the `loaded` the core derives is reported.
 */
export const snapengage: Vendor = {
  id: 'snapengage',
  global: 'SnapEngage',
  channel: 'chat',
  events: {
    Open: 'opened',
    OpenProactive: 'shown',
    Close: 'closed',
    StartChat: 'started',
    ChatMessageSent: 'message_sent',
    ChatMessageReceived: 'message_received',
    // The offline form: an email address and a question.
    MessageSubmit: ['lead', { lead_type: 'email' }],
    // The visitor asks to be called back: a phone number, not a chat.
    StartCallme: ['lead', { lead_type: 'phone', channel: 'callback' }],
    // Only public GTM listener code shows these (unconfirmed).
    ChatEnded: 'ended',
    RatingPromptClicked: 'rating_submitted',
  },
  fields: { email: '0', phone: '1', label: '2', agent_name: '3' },
  attach: (se, listen) => {
    // Left alone: only its being there is reported (the core derives `loaded`: the GTM order). Debug mode says why.
    if (late) return log('snapengage', 'left alone: loaded first');
    const set = se.setCallback;
    const site: Record<string, unknown> = {};
    // The site's callbacks for the events chatwire holds wait here, called after chatwire's.
    se.setCallback = function (this: unknown, name: string, fn: unknown, ...rest: unknown[]) {
      if (!has(snapengage.events, name)) return set.call(this, name, fn, ...rest);
      site[name] = fn;
    };
    const undo = subscribe(
      Object.keys(snapengage.events),
      listen,
      (name, fn) => {
        set.call(se, name, function (this: unknown, ...a: unknown[]) {
          fn(...a);
          const own = site[name];
          return typeof own == 'function' ? own.apply(this, a) : undefined;
        });
      },
      // Hands each slot back to the site's callback, or clears it.
      (name) => set.call(se, name, site[name] || ''),
      // eslint-disable-next-line @typescript-eslint/no-misused-spread -- ASCII digits and spaces
      (name, ...a) => [...(args[name] || '')].map((i) => (a as unknown as Record<string, unknown>)[i]),
    );
    return () => {
      se.setCallback = set;
      undo();
    };
  },
};
