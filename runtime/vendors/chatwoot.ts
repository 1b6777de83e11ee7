import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { windowEvents } from '../lib/windowEvents.js';

const MESSAGE = 'chatwoot:on-message';
const READY = 'chatwoot:ready';

/**
 * Chatwoot website live chat ("Sending Information into Chatwoot", the website SDK,
 * https://www.chatwoot.com/docs/product/channels/live-chat/sdk/setup).
 * The SDK dispatches window CustomEvents, data in `event.detail`: many
 * listeners, removable. `window.$chatwoot` appears when the page runs
 * `chatwootSDK.run()`; `$chatwoot.hasLoaded` tells a late runtime that
 * `chatwoot:ready` has passed.
 */
export const chatwoot: Vendor = {
  id: 'chatwoot',
  global: '$chatwoot',
  channel: 'chat',
  type: 'type',
  // A runtime that came first attaches at the latest when the widget is ready, so no later event is missed.
  wake: READY,
  events: {
    [READY]: 'loaded',
    'chatwoot:opened': 'opened',
    'chatwoot:closed': 'closed',
    'chatwoot:on-start-conversation': 'started',
    // One vendor event, two actions: message_type 1 (outgoing, agent or bot) and 0 (incoming, the visitor).
    [MESSAGE]: 'message_received',
    [MESSAGE + ':0']: ['message_sent', { vendor_event: MESSAGE }],
    // The visitor clicked a card's postback button; the value is the visitor's answer, never read.
    'chatwoot:postback': 'question_answered',
    'chatwoot:error': 'error',
  },
  fields: {
    conversation_id: 'conversation',
    agent_id: 'agent.id',
    agent_name: 'agent.name',
  },
  attach: (api, listen) => {
    // `loaded` once per attachment, before any other event of the widget. The SDK sets `hasLoaded`, then
    // dispatches chatwoot:ready (its IFrameHelper's `loaded` handler in Chatwoot's own repository; the docs name only
    // the event). A ready listener added before chatwire's (a site's `$chatwoot.toggle('open')`,
    // react-live-chat-loader's open) dispatches chatwoot:opened inside that dispatch, before chatwire's listener runs.
    let ready = false;
    const loaded = (now: unknown): void => {
      if (now && !ready) {
        ready = true;
        listen()({ type: READY });
      }
    };
    loaded(api.hasLoaded);
    // `chatwoot:on-start-conversation` carries only `{ hasConversation }`: the conversation's id comes
    // with its first message, and is then reported on every later event until the next start.
    let conversation: unknown = null;
    // The widget sends a message again, whole, when it is updated with the visitor's answer to its options or form
    // (its actionCable.js `onMessageUpdated`, Chatwoot's own repository; the docs do not say): one push per message id.
    const seen = new Set<unknown>();
    return windowEvents(
      Object.keys(chatwoot.events).filter((name) => !/:0/.test(name)),
      listen,
      (event: CustomEvent) => {
        loaded(api.hasLoaded || event.type == READY);
        const d = event.detail;
        const kind = getPath(d, 'message_type');
        const message = event.type == MESSAGE;
        // chatwoot:ready itself was pushed by loaded().
        let type = event.type == READY ? '' : event.type;
        if (/start/.test(type)) conversation = null;
        if (message) {
          const id = getPath(d, 'id');
          const at = getPath(d, 'conversation_id');
          if (at != null) conversation = at;
          // Activity (2) and template (3) messages are no one's message; one sent again is pushed once.
          type = id != null && seen.has(id) ? '' : kind === 1 ? MESSAGE : kind === 0 ? MESSAGE + ':0' : '';
          // Bounded: the memory starts again after a thousand messages on one page.
          if (seen.size > 999) seen.clear();
          if (id != null) seen.add(id);
        }
        // Only an outgoing message's sender is an agent (an incoming one's is the visitor).
        return { type, conversation, agent: message && kind === 1 && getPath(d, 'sender') };
      },
    );
  },
};
