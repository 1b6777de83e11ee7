import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { windowEvents } from '../lib/windowEvents.js';

/**
 * Salesforce Messaging for In-App and Web (Embedded Messaging, "Enhanced Chat"),
 * the newer of the two Salesforce products (legacy chat: `salesforce_chat`).
 * The client dispatches window events, data in `event.detail` ("Event Listeners",
 * https://developer.salesforce.com/docs/service/messaging-web/guide/event-listeners.html):
 * many listeners, removable. chatwire waits for the `embeddedservice_bootstrap`
 * global of the snippet's bootstrap script, which comes before the events.
 */
export const salesforce_messaging: Vendor = {
  id: 'salesforce_messaging',
  global: 'embeddedservice_bootstrap',
  channel: 'messaging',
  type: 'type',
  events: {
    onEmbeddedMessagingReady: 'loaded',
    onEmbeddedMessagingButtonCreated: 'shown',
    // An automated invitation above the chat button, shown or dismissed ("Invite Users to Chat in Enhanced Web Chat",
    // https://developer.salesforce.com/docs/service/messaging-web/guide/invitation-conditions.html). Accepting it opens
    // the window, which WindowMaximized reports.
    onEmbeddedMessagingInvitationShown: 'shown',
    onEmbeddedMessagingInvitationRejected: 'hidden',
    onEmbeddedMessagingWindowMaximized: 'opened',
    // The window collapses back to its button: `closed` (Messaging has no third window state;
    // closing the conversation is ConversationClosed, `ended`).
    onEmbeddedMessagingWindowMinimized: 'closed',
    onEmbeddedMessagingConversationStarted: 'started',
    // Routed (or transferred) from one recipient to another, e.g. from a bot to an agent.
    onEmbeddedMessagingConversationRouted: 'agent_requested',
    onEmbeddedMessagingConversationParticipantChanged: 'agent_joined',
    // The visitor closed the conversation.
    onEmbeddedMessagingConversationClosed: 'ended',
  },
  fields: {
    conversation_id: 'd.conversationId',
    // The server-sent event's conversation entry carries its own time.
    timestamp: 'd.conversationEntry.transcriptedTimestamp',
    agent_id: 'agent.participant.subject',
    agent_name: 'agent.displayName',
  },
  // Ready comes again on the same page: "after the user logs out" (user-verified) and "after the conversation has
  // ended and the user closes the chat window" (anonymous), to say the API takes calls again (Event Listeners
  // reference). The client was loaded once: the core pushes only the first Ready as `loaded` (once per widget object).
  attach: (_, listen) =>
    windowEvents(Object.keys(salesforce_messaging.events), listen, ({ detail: d, type }: CustomEvent) => {
      let agent;
      // ParticipantChanged also fires when someone leaves: only an added
      // internal participant (agent or bot, not the EndUser) is a join.
      if (/Part/.test(type)) {
        agent = ([] as unknown[])
          .concat(getPath(JSON.parse(getPath(d, 'conversationEntry.entryPayload') as string), 'entries'))
          .find((entry) => getPath(entry, 'operation') == 'add' && getPath(entry, 'participant.role') != 'EndUser');
        if (!agent) type = '';
      }
      return { type, d, agent };
    }),
};
