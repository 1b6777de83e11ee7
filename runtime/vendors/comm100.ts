import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Comm100 Live Chat ("Visitor Side API", https://developer.comm100.com/docs/visitor-side-api-chat
 * and …/visitor-side-api-invitation). The install snippet makes
 * `window.Comm100API` a plain settings object; the live chat script adds
 * `Comm100API.on(name, fn)`, which takes several listeners and returns the
 * function that removes one. There is no queue, so chatwire waits for `on`.
 */
export const comm100: Vendor = {
  id: 'comm100',
  // The method, not the object: the snippet's settings object is there long before the API.
  global: 'Comm100API.on',
  channel: 'chat',
  events: {
    'livechat.invitation.display': 'shown',
    // "Started" when an agent accepts the chat (the doc's definition): the visitor asked before.
    'livechat.chat.start': 'started',
    'livechat.chat.agent.join': 'agent_joined',
    'livechat.chat.end': 'ended',
    // Only public GTM listener code shows these (unconfirmed).
    'livechat.chat.display': 'opened',
    'livechat.chat.restore': 'opened',
    'livechat.chat.minimize': 'closed',
    'livechat.chat.close': 'closed',
    'livechat.chat.visitor.sendText': 'message_sent',
    'livechat.chat.visitor.rate': 'rating_submitted',
  },
  // The payload is keyed by the event name without `livechat.`, dots made `_`:
  // chat.start passes the chat id string, agent events the agent, invitation.display the invitation.
  fields: {
    conversation_id: 'chat_start',
    agent_id: 'chat_agent_join.id',
    agent_name: 'chat_agent_join.name',
    widget_id: 'invitation_display.campaignId',
  },
  attach: (on, listen) =>
    subscribe(
      Object.keys(comm100.events),
      listen,
      // `on` returns the function that removes the listener.
      (name, fn) => on.call(getPath(window, 'Comm100API'), name, fn),
      undefined,
      (name, payload) => ({ [name.slice(9).replace(/\./g, '_')]: payload }),
    ),
};
