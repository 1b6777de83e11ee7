import type { Vendor } from '../types.js';
import { getPath, has } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/** Which positional argument of each callback holds what chatwire may read (the rest is message text). */
const args: Record<string, string> = {
  StartChat: 'email,,label',
  MessageSubmit: 'email',
  StartCallme: 'phone',
  OpenProactive: 'agent',
  ChatMessageReceived: 'agent',
  Close: 'label',
};

/**
 * Whether SnapEngage was on the page before this adapter: its callbacks are
 * single slots with no getter, so the site's may be set already and
 * chatwire could only replace them.
 */
const late = !!getPath(globalThis, 'SnapEngage.setCallback');

/**
 * SnapEngage ("JavaScript API" → setCallback, https://developer.snapengage.com/javascript-api/,
 * events as listed in https://help.snapengage.com/javascript-event-api-documentation).
 * `SnapEngage.setCallback(name, fn)` keeps ONE callback per event
 * (`setCallback(name, '')` clears it) and there is no getter. `window.SnapEngage`
 * appears when the widget script has loaded; the snippet's own API calls run
 * in that script's `onload`, after the capturing `load` listener through which
 * chatwire attaches. chatwire wraps `setCallback`, so a site callback set
 * later still runs, once, after chatwire's.
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
  fields: { email: 'email', phone: 'phone', agent_name: 'agent', label: 'label' },
  attach: (se, listen) => {
    // Debug mode logs why (the core logs what attach throws).
    if (late) throw Error('not attached: SnapEngage came first');
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
      (name, ...a) => {
        const payload: Record<string, unknown> = {};
        (args[name] || '').split(',').forEach((key, i) => (payload[key] = a[i]));
        return payload;
      },
    );
    return () => {
      se.setCallback = set;
      undo();
    };
  },
};
