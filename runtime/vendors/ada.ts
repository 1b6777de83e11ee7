import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Ada, the Messaging web embed that replaces Ada Chat on 2026-12-15
 * (https://docs.ada.cx/messaging/web/getting-started). Pages that keep the
 * embed2.js script tag move to Messaging unchanged and keep `window.adaEmbed`;
 * its `subscribeEvent(key, fn)` takes the keys of the embed2 SDK reference and
 * changelogs (https://docs.ada.cx/changelog/new-callback-events-in-embed2,
 * https://docs.ada.cx/release-notes/2025/5/6, https://docs.ada.cx/release-notes/2026/8/20)
 * and Ada's own event types (npm @ada-support/embed-types 1.7.1,
 * src/ada-events.ts). Installs through the module
 * script or npm package keep `adaEmbed` private: nothing to listen to.
 */
export const ada: Vendor = {
  id: 'ada',
  global: 'adaEmbed',
  channel: 'chat',
  events: {
    // Both put the chat window away: { conversation_id, is_engaged }.
    'ada:minimize_chat': 'closed',
    'ada:close_chat': 'closed',
    'ada:agent:joined': 'agent_joined',
    // "End user received a message".
    'ada:conversation:message': 'message_received',
    // A proactive campaign message put in front of the visitor: { campaignKey } (embed-types; still fired, release note 2026-08-20).
    'ada:campaigns:shown': 'shown',
    // { chatter_id, event_data: { chatter_transcript } } (embed-types): the transcript is never read.
    'ada:end_conversation': 'ended',
  },
  fields: { conversation_id: 'conversation_id', widget_id: 'campaignKey', visitor_id: 'chatter_id' },
  attach: (a, listen) => {
    subscribe(Object.keys(ada.events), listen, (name, fn) => {
      // subscribeEvent is asynchronous: a refusal (the embed not started yet) must not reach the page as an unhandled rejection.
      const result = a.subscribeEvent(name, fn);
      if (result && typeof result.catch == 'function') result.catch(() => undefined);
    });
  },
};
