import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { registering, rises } from '../lib/derive.js';
import { subscribe } from '../lib/subscribe.js';

const UNREAD = 'unreadConversationCountChanged';

/**
 * HubSpot chat ("Conversations SDK",
 * https://developers.hubspot.com/docs/reference/api/conversations/chat-widget-sdk).
 * `window.HubSpotConversations` appears once the tracking code has set the
 * widget up; `.on(name, fn)` / `.off(name, fn)`, several listeners per name.
 * There is no queue: chatwire attaches when the object shows up.
 */
export const hubspot: Vendor = {
  id: 'hubspot',
  global: 'HubSpotConversations',
  channel: 'chat',
  type: 'type',
  events: {
    // Must stay first: skipped when `widget.status().loaded` says it fired before chatwire came.
    widgetLoaded: 'loaded',
    widgetClosed: 'closed',
    conversationStarted: 'started',
    // Closed in the inbox (by the agent or automation), not the widget closing.
    conversationClosed: 'ended',
    // No message event: a rise of the count of conversations with unread replies stands in for a received
    // message (HubSpot documents no report on registration, so counting starts from 0; should it report one, that
    // report is the baseline, see attach).
    [UNREAD]: 'message_received',
    // The bot's quick reply the visitor picked: `value` holds the button text.
    quickReplyButtonClick: 'question_answered',
    // The visitor became a CRM contact, which HubSpot keys on an email address; the address is not given.
    contactAssociated: ['lead', { lead_type: 'email' }],
  },
  fields: { conversation_id: 'p.conversation.conversationId', label: 'p.value.0' },
  attach: (hs, listen) => {
    const names = Object.keys(hubspot.events);
    if (getPath(hs.widget.status(), 'loaded')) listen()({ type: names.shift() });
    // Whether a new listener hears the current count is undocumented: if it does, that count is a baseline
    // (registering), as for Zendesk's classic widget, not a reply, also at start() after stop(); if not, nothing changes.
    return registering(() =>
      subscribe(
        names,
        listen,
        (name, fn) => hs.on(name, fn),
        (name, fn) => hs.off(name, fn),
        // A count reported while the widget is not loaded (`widget.status()`: before it loaded, or after `remove()`)
        // is a baseline too: a count restored while it loads is no reply the visitor got.
        (name, p) => ({ type: name != UNREAD || (rises(hs, name, getPath(p, 'unreadCount'), 0) && getPath(hs.widget.status(), 'loaded')) ? name : '', p }),
      ),
    );
  },
};
