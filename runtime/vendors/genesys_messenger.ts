import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Genesys Cloud Web Messenger ("Messenger JavaScript SDK: commands and
 * events", developer.genesys.cloud/commdigital/digital/webmessaging/messengersdk/SDKCommandsEvents).
 * Everything goes through `window.Genesys(command, …)`; the deployment
 * snippet's stub queues calls in `Genesys.q` until `genesys.min.js` replaces it
 * and replays them, so chatwire can subscribe before Messenger loads.
 * Subscribers of `Genesys('subscribe', 'Plugin.event', fn)` get `o`, the
 * payload in `o.data`. The SDK documents no way to unsubscribe.
 */
export const genesys_messenger: Vendor = {
  id: 'genesys_messenger',
  global: 'Genesys',
  channel: 'messaging',
  // The snippet's stub: `Genesys.q` holds the queued calls (created by the first call, ours).
  stub: (g) => Array.isArray(g.q),
  type: 'type',
  events: {
    'Messenger.ready': 'loaded',
    'Launcher.visible': 'shown',
    'Messenger.opened': 'opened',
    'Messenger.closed': 'closed',
    'Conversations.started': 'started',
    // Messages in `data.messages`: Outbound ones come from the agent or bot, Inbound ones from the visitor.
    'MessagingService.messagesReceived': 'message_received',
    'MessagingService.messagesReceived:Inbound': ['message_sent', { vendor_event: 'MessagingService.messagesReceived' }],
    'MessagingService.conversationDisconnected': 'ended',
    'Conversations.error': 'error',
  },
  // The error message; message texts are personal data and never read.
  fields: { label: 'o.data.error' },
  attach: (g, listen) => {
    subscribe(
      Object.keys(genesys_messenger.events).filter((name) => !/:/.test(name)),
      listen,
      (name, fn) => g('subscribe', name, fn),
      undefined,
      (name, o) => {
        // A batch without a known direction is no message event.
        const dir = /Rec/.test(name) ? getPath(o, 'data.messages.0.direction') : 'Outbound';
        return { type: dir == 'Outbound' ? name : name + ':' + dir, o };
      },
    );
  },
};
