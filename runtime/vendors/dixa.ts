import type { Vendor } from '../types.js';
import { getPath, isObject } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

const OPEN = 'on-widget-open-changed';
const READY = 'on-api-ready';
const MESSAGE = 'on-message-added';

/**
 * Dixa Messenger web widget ("Events", https://docs.dixa.io/docs/dixamessenger/web/events/;
 * "Add / Remove listeners", https://docs.dixa.io/docs/dixamessenger/web/listeners).
 * `_dixa_.addListener(name, fn)` / `removeListener(name, fn)`. The install
 * snippet ("Overview", https://docs.dixa.io/docs/dixamessenger/web/overview)
 * makes `_dixa_` an object with `invoke` only, queueing commands in
 * `pendingCalls` until bootstrap.js has loaded: it has no `addListener`, so
 * chatwire subscribes once `_dixa_.addListener` exists, whether bootstrap.js
 * replaces the stub or adds to it (its code is not documented).
 * A runtime that comes after the messenger reads `_dixa_.api`, the promise-based API
 * ("Promise-Based API (BETA)", https://docs.dixa.io/docs/dixamessenger/web/promisebasedapi),
 * whose readiness `on-api-ready` announces ("HostNotificationEvents"): the snippet's
 * stub has none, so its presence means `on-api-ready` has passed (our reading: unconfirmed).
 */
export const dixa: Vendor = {
  id: 'dixa',
  global: '_dixa_.addListener',
  channel: 'messaging',
  type: 'type',
  events: {
    [READY]: 'loaded',
    // One event, a boolean payload: opened (true) or closed (false).
    [OPEN]: 'opened',
    [OPEN + ':0']: ['closed', { vendor_event: OPEN }],
    'on-conversation-started': 'started',
    'on-agent-assigned': 'agent_joined',
    'on-conversation-ended': 'ended',
    'on-backend-error': 'error',
    // `ReceivableMessages | SendableMessages` ("HostNotificationEvents"): a received message has an `author`, the
    // `Agent` who wrote it ("ReceivedTextMessage"); one the widget sent is the visitor's (see attach).
    [MESSAGE]: 'message_received',
    [MESSAGE + ':0']: ['message_sent', { vendor_event: MESSAGE }],
  },
  // `{ conversationId }` of the conversation events and the `Agent`'s `id` / `name` ("HostNotificationEvents", "Agent").
  fields: { conversation_id: 'c.conversationId', agent_id: 'a.id', agent_name: 'a.name' },
  attach: (_, listen) => {
    // Called as methods of `_dixa_`, as the docs write them.
    const d = getPath(window, '_dixa_') as { api: unknown; addListener: (...args: unknown[]) => unknown; removeListener: (...args: unknown[]) => unknown };
    // Ready already: `loaded` now; an `on-api-ready` heard later is that same readiness (the core pushes a ready event
    // once per widget object).
    if (d.api) listen()({ type: READY });
    return subscribe(
      Object.keys(dixa.events).filter((name) => !/:0/.test(name)),
      listen,
      (name, fn) => d.addListener(name, fn),
      (name, fn) => d.removeListener(name, fn),
      (name, d) => {
        const author = getPath(d, 'author');
        // A message without an author is the visitor's (the Sendable types' pages were not readable: our reading); an
        // author that is no object, or a payload that is none, is neither.
        const message = isObject(author) ? MESSAGE : isObject(d) && author === undefined ? MESSAGE + ':0' : '';
        return {
          type: name == OPEN ? (d === true ? OPEN : d === false ? OPEN + ':0' : '') : name == MESSAGE ? message : name,
          // Agent fields come only from an agent: the assigned one, or a received message's author (another payload's
          // `name` may be the visitor's).
          a: name == 'on-agent-assigned' ? d : name == MESSAGE && author,
          c: name != MESSAGE && d,
        };
      },
    );
  },
};
