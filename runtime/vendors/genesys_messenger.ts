import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';

const RECEIVED = 'MessagingService.messagesReceived';

/** The messages of a MessagingService event (`o.data.messages`); anything else is none. */
const messagesOf = (o: unknown): unknown[] => {
  const list = getPath(o, 'data.messages');
  return Array.isArray(list) ? list : [];
};

/**
 * Genesys Cloud Web Messenger ("Messenger JavaScript SDK: commands and
 * events", developer.genesys.cloud/commdigital/digital/webmessaging/messengersdk/SDKCommandsEvents).
 * Everything goes through `window.Genesys(command, …)`; the deployment
 * snippet (Genesys's Developer Center blog post "Introducing Web messaging",
 * 2021-02-20, source in MyPureCloud/developer-center-blog) makes it a stub that queues calls in
 * `Genesys.q` (created by the first call) until `genesys.min.js` takes over,
 * so chatwire can subscribe before Messenger loads. That the loaded script
 * replaces `window.Genesys` and replays the queue is not documented.
 * Subscribers of `Genesys('subscribe', 'Plugin.event', fn)` get `o`, the
 * payload in `o.data`. The SDK documents no way to unsubscribe.
 */
export const genesys_messenger: Vendor = {
  id: 'genesys_messenger',
  global: 'Genesys',
  channel: 'messaging',
  // The snippet's stub: `Genesys.q` holds the queued calls (created by the first call, ours).
  stub: (g) => Array.isArray(g.q),
  events: {
    'Messenger.ready': 'loaded',
    'Launcher.visible': 'shown',
    'Messenger.opened': 'opened',
    'Messenger.closed': 'closed',
    // One push per live message in `data.messages`: Outbound ones come from the agent or bot,
    // Inbound ones from the visitor. (`Conversations.started` is "the messaging session is started
    // with the server", not the visitor starting a conversation: the core derives `started` before
    // the first Inbound message.)
    [RECEIVED]: 'message_received',
    [RECEIVED + ':Inbound']: ['message_sent', { vendor_event: RECEIVED }],
    'MessagingService.conversationDisconnected': 'ended',
    'Conversations.error': 'error',
  },
  // The error message; the agent's (or bot's) nickname on Outbound messages. Message texts are personal data and never read.
  fields: { label: 'o.data.error', agent_name: 'agent' },
  attach: (g, listen) => {
    // History is not live: messages restored with the session (MessagingService.restored) or fetched
    // (oldMessages) are remembered, and a message already seen, or dated no later than the newest of
    // them or than the page's own start, is not pushed again when it comes through messagesReceived.
    const seen: Partial<Record<string, 1>> = {};
    let latest = Date.now() - performance.now();
    const time = (m: unknown): number => Date.parse(getPath(m, 'channel.time') as string);
    /** Remembers a message by its id; whether it was seen before (never, for a message without one). */
    const seenBefore = (m: unknown): unknown => {
      const id = getPath(m, 'id');
      const key = typeof id == 'string' || typeof id == 'number' ? 'k' + id : '';
      const before = seen[key];
      if (key) seen[key] = 1;
      return before;
    };
    const history = listen(undefined, (o) =>
      messagesOf(o).forEach((m) => {
        seenBefore(m);
        latest = Math.max(latest, time(m) || 0);
      }),
    );
    // One callback per kind of live message: the agent's or bot's (Outbound), the visitor's (Inbound).
    const received = listen(RECEIVED, (o, m) => ({ o, agent: getPath(m, 'channel.from.nickname') }));
    const sent = listen(RECEIVED + ':Inbound', (o) => ({ o }));
    g('subscribe', 'MessagingService.restored', history);
    g('subscribe', 'MessagingService.oldMessages', history);
    for (const name of Object.keys(genesys_messenger.events)) {
      if (/:/.test(name)) continue;
      g(
        'subscribe',
        name,
        name == RECEIVED
          ? listen(undefined, (o) =>
              messagesOf(o).forEach((m) => {
                // Live: not seen before, and newer than the history and the page (a message dated no later is
                // not live either on a later delivery: remembering it changes nothing).
                if (!seenBefore(m) && !(time(m) <= latest)) {
                  const dir = getPath(m, 'direction');
                  if (dir == 'Outbound') received(o, m);
                  else if (dir == 'Inbound') sent(o);
                }
              }),
            )
          : listen(name, (o) => ({ o })),
      );
    }
  },
};
