import type { Vendor } from '../types.js';
import { rises } from '../lib/derive.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Kustomer Chat web widget ("Kustomer.addListener()",
 * https://developer.kustomer.com/chat-sdk/v2.0-Web/docs/kustomer-add-listener; loading in
 * "Web quickstart", https://developer.kustomer.com/docs/chat/web). widget.js
 * defines `window.Kustomer` with only `start` and fetches the rest of the SDK;
 * chatwire subscribes once `Kustomer.addListener` exists, with
 * `addListener(name, fn(response, error))`, several listeners per name,
 * removable with `removeListener`.
 */
export const kustomer: Vendor = {
  id: 'kustomer',
  global: 'Kustomer.addListener',
  channel: 'chat',
  type: 'type',
  events: {
    onOpen: 'opened',
    onClose: 'closed',
    // { conversationId, createdAt, ended, isInAssistantMode }
    onConversationCreate: 'started',
    // "Hook for when the unread count changes", { total, conversations }: no message event, so a rise of the total
    // stands in for a received message (as for Intercom and Zendesk); the total is the label.
    onUnread: 'message_received',
  },
  fields: { conversation_id: 'r.conversationId', label: 'r.total' },
  attach: (_, listen) => {
    const k = getPath(window, 'Kustomer') as { addListener: (...args: unknown[]) => unknown; removeListener: (...args: unknown[]) => unknown };
    return subscribe(
      Object.keys(kustomer.events),
      listen,
      (name, fn) => k.addListener(name, fn),
      (name, fn) => k.removeListener(name, fn),
      // A call with an Error (and no response) reports a failure, not the event. The hook reports changes only, so
      // the count starts from 0: a first report above it is a message that came.
      (name, r, error) => ({ type: error || (name == 'onUnread' && !rises(k, name, getPath(r, 'total'), 0)) ? '' : name, r }),
    );
  },
};
