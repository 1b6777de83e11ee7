import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Ada, the Messaging web embed that replaces Ada Chat on 2026-12-15
 * (https://docs.ada.cx/messaging/web/getting-started). Pages that keep the
 * embed2.js script tag move to Messaging unchanged and keep `window.adaEmbed`;
 * its `subscribeEvent(key, fn)` takes the keys of the embed2 SDK reference and
 * changelogs (https://docs.ada.cx/changelog/new-callback-events-in-embed2,
 * https://docs.ada.cx/release-notes/2025/5/6). Installs through the module
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
  },
  fields: { conversation_id: 'conversation_id' },
  attach: (a, listen) => {
    subscribe(Object.keys(ada.events), listen, (name, fn) => {
      // subscribeEvent is asynchronous: a refusal (the embed not started yet) must not reach the page as an unhandled rejection.
      const result = a.subscribeEvent(name, fn);
      if (result && typeof result.catch == 'function') result.catch(() => undefined);
    });
  },
};
