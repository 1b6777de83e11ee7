import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { rises } from '../lib/derive.js';
import { subscribe } from '../lib/subscribe.js';

/** The `zE` chatwire attached to before the widget said it had loaded: the snippet's queue. */
let queued: unknown;

/**
 * Zendesk Web Widget (Classic) and the Messaging Web Widget: one global
 * `zE(command, …)` for both. Classic: `zE('webWidget:on', name, fn)`
 * (developer.zendesk.com/api-reference/widget/core, …/widget/chat), with
 * `userEvent` carrying `{ category, action, properties }`. Messaging:
 * `zE('messenger:on', name, fn)`, which returns an unsubscribe
 * (developer.zendesk.com/api-reference/widget-messaging/web/events).
 * Both APIs have `open` / `close`, so the table keys carry the command's
 * prefix (`webWidget:open`, `messenger:open`); `userEvent` actions are keyed
 * by the action string Zendesk documents (`Chat Served by Operator`).
 */
export const zendesk: Vendor = {
  id: 'zendesk',
  global: 'zE',
  channel: 'chat',
  // The snippet's `zE` queues calls until the widget replaces it and replays them (unconfirmed:
  // its queue is private, so a `zE` seen before `zEACLoaded` was set counts as that queue).
  stub: (zE) => zE === queued,
  events: {
    'webWidget:open': 'opened',
    'webWidget:close': 'closed',
    // "Fires when the chat connection is established": the chat part of the widget is ready.
    'webWidget:chat:connected': 'loaded',
    'webWidget:chat:start': 'started',
    'webWidget:chat:end': 'ended',
    'webWidget:chat:unreadMessages': 'message_received',
    // userEvent actions ("on userEvent" table); the rest repeat the events above or are views.
    'Chat Served by Operator': 'agent_joined',
    'Chat Rating Good': ['rating_submitted', { label: 'good' }],
    'Chat Rating Bad': ['rating_submitted', { label: 'bad' }],
    'Chat Request Form Submitted': 'form_submitted',
    'Contact Form Shown': 'form_started',
    'Contact Form Submitted': 'form_submitted',
    'Help Center Article Viewed': 'article_opened',
    'Answer Bot Article Viewed': 'article_opened',
    'Talk Callback Request Submitted': ['form_submitted', { channel: 'callback' }],
    'messenger:open': ['opened', { channel: 'messaging' }],
    'messenger:close': ['closed', { channel: 'messaging' }],
    'messenger:unreadMessages': ['message_received', { channel: 'messaging' }],
    'messenger:proactiveMessageDisplayed': ['shown', { channel: 'messaging' }],
  },
  // Classic userEvent objects as they come; the other callbacks' arguments are shaped like them (see attach).
  type: 'action',
  fields: { label: 'properties.name', agent_name: 'properties.agent' },
  attach: (zE, listen) => {
    queued = getPath(window, 'zEACLoaded') ? 0 : zE;
    // 'webWidget:chat:start' → zE('webWidget:on', 'chat:start', fn); userEvent actions have no prefix and
    // come through 'webWidget:userEvent'.
    const split = (name: string): string[] => name.split(/:(.*)/);
    return subscribe(
      Object.keys(zendesk.events).concat('webWidget:userEvent').filter((name) => split(name)[1]),
      listen,
      // Messaging returns an unsubscribe function, which subscribe() keeps; classic callbacks cannot be removed.
      (name, fn) => zE(split(name)[0] + ':on', split(name)[1], fn),
      undefined,
      (name, arg) => {
        if (/userEvent/.test(name)) return arg;
        // No message event: a rise of the unread count stands in for a received message. Classic reports
        // the current count on registration, which is the baseline; the count is the label.
        const unread = /unread/.test(name);
        return { action: !unread || rises(zE, arg) ? name : '', properties: unread && { name: arg } };
      },
    );
  },
};
