import type { Vendor } from '../types.js';
import { createDedupe } from '../lib/createDedupe.js';

/**
 * SmartAgent webchat for Amazon Connect (seed 003, "Webchat Events").
 * `window.saEvents.subscribe(fn)` first delivers "a history of all webchat
 * events since page load", then live ones, each `{ type, data, timestamp }`:
 * the replay is what makes late attachment lossless, and `replays` makes the
 * core push each event once however often we subscribe.
 */
export const smartagent: Vendor = {
  id: 'smartagent',
  global: 'saEvents',
  channel: 'chat',
  // Keyed on what each push says; the cap bounds a long-lived page's memory.
  replays: createDedupe(1000),
  type: 'type',
  events: {
    CHAT_LOADED: 'loaded',
    CHAT_VISIBLE: 'shown',
    CONTACT_STARTED: 'started',
    TRANSFER_TO_QUEUE: 'agent_requested',
    CONNECT_TO_AGENT: 'agent_joined',
    CONTACT_ENDED: 'ended',
  },
  fields: {
    widget_id: 'data.chatInstanceName',
    conversation_id: 'data.contactId',
    timestamp: 'timestamp',
  },
  // The docs give no unsubscribe: after stop() the core ignores this listener.
  attach: (saEvents, listen) => {
    saEvents.subscribe(listen());
  },
};
