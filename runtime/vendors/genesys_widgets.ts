import type { Action, Vendor } from '../types.js';
import { chain } from '../lib/chain.js';
import { getPath, has, isObject } from '../lib/getPath.js';

const events: Vendor['events'] = {};
let plugins = 0;
/**
 * `<plugin>.<event>` → action, all with the plugin's channel. A submission whose
 * metadata carries error codes failed ("errors → error"): that is the marked
 * variant `<plugin>.submitted!`, still reported under the vendor's event name.
 */
const plugin = (name: string, channel: 'chat' | 'callback', table: Record<string, Action>): void => {
  for (const event of Object.keys(table)) {
    const key = `${name}.${event}`;
    events[key] = [table[event], { channel }];
    if (event == 'submitted') events[key + '!'] = ['error', { channel, vendor_event: key }];
  }
};
// The Interaction Lifecycle of seed 001 plus WebChat's own events (Widgets API: WebChat events).
plugin('WebChat', 'chat', {
  ready: 'loaded',
  opened: 'opened',
  started: 'started',
  submitted: 'form_submitted',
  rejected: 'error',
  completed: 'completed',
  cancelled: 'cancelled',
  closed: 'closed',
  minimized: 'minimized',
  unminimized: 'restored',
});
plugin('Callback', 'callback', {
  ready: 'loaded',
  opened: 'opened',
  started: 'form_started',
  submitted: 'form_submitted',
  completed: 'completed',
  cancelled: 'cancelled',
  closed: 'closed',
});

/**
 * Genesys Widgets v9, WebChat and Callback (seed 001, "Metadata"; Widgets API
 * events). Subscribers registered on the CXBus get `e.data`: the lifecycle
 * metadata (flags, timestamps, `elapsed`, `errors`, and the `form` block, which
 * is personal data).
 */
export const genesys_widgets: Vendor = {
  id: 'genesys_widgets',
  global: '_genesys.widgets.bus',
  // "onReady: a callback that executes when Widgets has initialized", given the CXBus:
  // chained while the bus is not there (the site's own onReady keeps running), then attached to.
  wait: (found) => {
    const widgets = getPath(window, '_genesys.widgets');
    return isObject(widgets)
      ? chain(widgets, 'onReady', (bus) => found((isObject(bus) ? bus : getPath(window, '_genesys.widgets.bus')) as object))
      : undefined;
  },
  type: 'type',
  events,
  fields: {
    duration_ms: 'data.elapsed',
    label: 'data.errors.0',
    email: 'data.form.email',
    phone: 'data.form.phonenumber',
  },
  // WebChat.messageAdded is not mapped (CONTRACT §7 leaves it out): its data is the transcript.
  attach: (bus, listen) => {
    // A fresh plugin name per attachment: after stop() and start() the bus never sees a name twice.
    const subscriber = bus.registerPlugin('chatwire' + ++plugins);
    for (const name of Object.keys(events)) {
      if (name.slice(-1) == '!') continue;
      subscriber.subscribe(
        name,
        listen(undefined, (e: unknown) => {
          const errors = getPath(e, 'data.errors');
          return Object.assign({}, e, { type: Array.isArray(errors) && errors.length && has(events, name + '!') ? name + '!' : name });
        }),
      );
    }
  },
};
