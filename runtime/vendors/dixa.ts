import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

const OPEN = 'on-widget-open-changed';
const READY = 'on-api-ready';

/**
 * Dixa Messenger web widget ("Events", https://docs.dixa.io/docs/dixamessenger/web/events/;
 * "Add / Remove listeners", https://docs.dixa.io/docs/dixamessenger/web/listeners).
 * `_dixa_.addListener(name, fn)` / `removeListener(name, fn)`. The install
 * snippet's `_dixa_` only queues `invoke` and `addListener` calls until
 * bootstrap.js replaces it and replays them (the snippet is not on the docs
 * pages we could read: unconfirmed), so chatwire can subscribe before the widget loads.
 * A runtime that comes after the messenger reads `_dixa_.api`, the promise-based API
 * ("Promise-Based API (BETA)", https://docs.dixa.io/docs/dixamessenger/web/promisebasedapi),
 * whose readiness `on-api-ready` announces ("HostNotificationEvents"): the snippet's
 * stub has none, so its presence means `on-api-ready` has passed (our reading: unconfirmed).
 */
export const dixa: Vendor = {
  id: 'dixa',
  global: '_dixa_',
  channel: 'messaging',
  // The snippet's stub has no removeListener.
  stub: (d) => typeof d.removeListener != 'function',
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
  },
  // Field names inside the documented `object` / `Agent` payloads are unconfirmed.
  fields: { conversation_id: 'c.conversationId', agent_id: 'a.id', agent_name: 'a.name' },
  attach: (d, listen) => {
    // Ready already: `loaded` now; the first `on-api-ready` this attachment then hears is that same readiness (not pushed again).
    let ready = !!d.api;
    if (ready) listen()({ type: READY });
    return subscribe(
      Object.keys(dixa.events).filter((name) => !/:0/.test(name)),
      listen,
      (name, fn) => d.addListener(name, fn),
      (name, fn) => (window as unknown as { _dixa_: typeof d })._dixa_.removeListener(name, fn),
      (name, d) => {
        const again = name == READY && ready;
        if (name == READY) ready = false;
        return {
          type: again ? '' : name != OPEN ? name : d === true ? OPEN : d === false ? OPEN + ':0' : '',
          // Agent fields come only from the agent payload (another payload's `name` may be the visitor's).
          a: name == 'on-agent-assigned' && d,
          c: d,
        };
      },
    );
  },
};
