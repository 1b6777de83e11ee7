import type { Vendor } from '../types.js';
import { getPath, isObject } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Drift chat ("Receiving Information from Drift",
 * https://devdocs.drift.com/docs/drift-events). `drift.on(name, fn)` /
 * `drift.off(name, fn)`, several listeners per name. The install snippet makes
 * `window.drift` (alias `driftt`) an array whose method stubs push
 * `['on', name, fn]`; the widget runs the array's calls, so chatwire can
 * subscribe before the widget loads. Whether the widget then replaces the
 * array with its API or puts its API on the array is not documented: both work.
 */
export const drift: Vendor = {
  id: 'drift',
  global: 'drift',
  channel: 'chat',
  // The snippet's stub is a plain array.
  stub: Array.isArray,
  events: {
    // Must stay first: skipped when the widget was ready before chatwire came.
    ready: 'loaded',
    chatOpen: 'opened',
    chatClose: 'closed',
    'welcomeMessage:open': 'shown',
    'welcomeMessage:close': 'hidden',
    'awayMessage:open': 'shown',
    'awayMessage:close': 'hidden',
    'campaign:open': 'shown',
    'campaign:dismiss': 'hidden',
    'campaign:click': 'opened',
    'campaign:submit': 'form_submitted',
    'sliderMessage:close': 'hidden',
    'conversation:playbookFired': 'shown',
    'conversation:playbookClicked': 'opened',
    'conversation:playbookDismissed': 'hidden',
    startConversation: 'started',
    'message:sent': 'message_sent',
    // An agent's (or bot's) message to the visitor.
    message: 'message_received',
    // The bot's button the visitor picked: its text is the business's, not the visitor's.
    'conversation:buttonClicked': 'question_answered',
    emailCapture: ['lead', { lead_type: 'email' }],
    phoneCapture: ['lead', { lead_type: 'phone' }],
    'scheduling:meetingBooked': 'meeting_booked',
  },
  fields: {
    // The campaign, or the playbook (bot flow) for conversation:playbook… events.
    widget_id: 'w',
    conversation_id: 'conversationId',
    agent_id: 'teamMember.id',
    agent_name: 'teamMember.name',
    label: 'buttonBody',
    email: 'email',
    phone: 'phone',
  },
  attach: (d, listen) => {
    const names = Object.keys(drift.events);
    // `drift.api` is there once the widget is ready; whether `ready` replays to late subscribers is unconfirmed, so report it here.
    if (isObject(d.api)) listen(names.shift())();
    return subscribe(
      names,
      listen,
      d.on.bind(d),
      // Undone on the API the widget put in place of the stub (the array) we subscribed through.
      (name, fn) => (Array.isArray(d) ? getPath(window, 'drift') : d).off(name, fn),
      // Drift puts the details at the root and again under `.data` (emailCapture: `e.data.email`).
      (_, e) => {
        // `e` itself becomes the merged copy (the event object Drift passed is left as it was).
        e = Object.assign({}, getPath(e, 'data'), e);
        e.w = e.campaignId || e.playbookId;
        return e;
      },
    );
  },
};
