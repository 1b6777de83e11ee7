import type { Vendor } from '../types.js';
import { windowEvents } from '../lib/windowEvents.js';

/**
 * Tawk.to (JavaScript API, https://developer.tawk.to/jsapi/). The page sets
 * `window.Tawk_API = {}` before the embed loads; the embed fills that object
 * in. Its callbacks (`Tawk_API.onChatStarted = fn`) are single slots the site
 * owns, so chatwire leaves them alone and listens to the window CustomEvents
 * the embed also dispatches (`tawkLoad`, `tawkChatStarted`, … data in
 * `event.detail`), which take any number of listeners and can be removed.
 */
export const tawkto: Vendor = {
  id: 'tawkto',
  global: 'Tawk_API',
  channel: 'chat',
  // The embed code's `{}` until the widget has loaded: whether the widget fills that object in or replaces it is not
  // documented, so a replacing widget is taken on without subscribing (and reporting `tawkLoad`) again.
  stub: (api) => !api.onLoaded,
  events: {
    tawkLoad: 'loaded',
    // Maximized is the chat window open; minimized is back to the launcher bubble.
    tawkChatMaximized: 'opened',
    tawkChatMinimized: 'closed',
    tawkChatHidden: 'hidden',
    tawkChatStarted: 'started',
    tawkChatEnded: 'ended',
    tawkPrechatSubmit: 'form_submitted',
    // The offline form is the visitor leaving an address: {name, email, message, questions}.
    tawkOfflineSubmit: ['lead', { lead_type: 'email' }],
    tawkChatMessageVisitor: 'message_sent',
    tawkChatMessageAgent: 'message_received',
    tawkAgentJoinChat: 'agent_joined',
    tawkChatSatisfaction: 'rating_submitted',
  },
  // The payload keeps each detail under its event name, so a visitor's `name`
  // (offline form) can never be read as the agent's (agent join).
  fields: {
    conversation_id: 'd.chatId',
    agent_id: 'tawkAgentJoinChat.id',
    agent_name: 'tawkAgentJoinChat.name',
    email: 'tawkOfflineSubmit.email',
    // -1 dislike, 0 neutral, 1 like.
    label: 'tawkChatSatisfaction',
  },
  attach: (api, listen) => {
    // A runtime arriving after `tawkLoad` learns it from the documented `onLoaded`
    // state; the core reports it once per Tawk_API object, so stop() and start() do not repeat it.
    if (api.onLoaded) listen('tawkLoad')();
    return windowEvents(Object.keys(tawkto.events), listen, (event: CustomEvent) => ({ d: event.detail, [event.type]: event.detail }));
  },
};
