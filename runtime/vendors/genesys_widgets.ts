import type { Action, Listen, Vendor } from '../types.js';
import { getPath, isObject } from '../lib/getPath.js';
import { log } from '../lib/log.js';

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
// WebChatService: "An agent has connected to the chat session" / "Chat session has successfully ended"
// (Widgets API: WebChatService events).
plugin('WebChatService', 'chat', { agentConnected: 'agent_joined', ended: 'ended' });
plugin('Callback', 'callback', {
  ready: 'loaded',
  opened: 'opened',
  started: 'form_started',
  submitted: 'form_submitted',
  completed: 'completed',
  cancelled: 'cancelled',
  closed: 'closed',
});

/** Registers a fresh chatwire plugin on a CXBus and subscribes it to every mapped event. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the vendor's CXBus, typed like every vendor object (Vendor.attach).
const subscribeOn = (bus: any, listen: Listen): void => {
  // A fresh plugin name per attachment: after stop() and start() the bus never sees a name twice.
  const subscriber = bus.registerPlugin('chatwire' + ++plugins);
  for (const name of Object.keys(events)) {
    if (name.slice(-1) == '!') continue;
    subscriber.subscribe(
      name,
      listen(undefined, (e: unknown) => {
        const errors = getPath(e, 'data.errors');
        return Object.assign({}, e, { type: Array.isArray(errors) && errors.length && name + '!' in events ? name + '!' : name });
      }),
    );
  }
};

/**
 * Genesys Widgets v9, WebChat and Callback (seed 001, "Metadata"; Widgets API
 * events). Subscribers registered on the CXBus get `e.data`: the lifecycle
 * metadata (flags, timestamps, `elapsed`, `errors`, and the `form` block, which
 * is personal data).
 *
 * Genesys documents the global bus (`_genesys.widgets.bus`) as "a debug tool":
 * sites should extend Widgets through an extension, a function in
 * `window._genesys.widgets.extensions` that Widgets calls with
 * `($, CXBus, Common)` when it initializes ("Genesys Widgets Extensions",
 * https://docs.genesys.com/Documentation/GWC/latest/CXWBusAPI/GWCGWCCXBusExtensions).
 * chatwire attaches to the site's configuration object `_genesys.widgets` and
 * registers its extension there while Widgets has not initialized; only when
 * it comes after Widgets initialized (the bus exists, extensions were already
 * run) does it fall back to the global bus, with a debug log line.
 * Self-contained: no core hook.
 */
export const genesys_widgets: Vendor = {
  id: 'genesys_widgets',
  global: '_genesys.widgets',
  type: 'type',
  events,
  fields: {
    duration_ms: 'data.elapsed',
    label: 'data.errors.0',
    email: 'data.form.email',
    phone: 'data.form.phonenumber',
  },
  // WebChat.messageAdded is not mapped (CONTRACT §7 leaves it out): its data is the transcript.
  attach: (widgets, listen) => {
    if (isObject(widgets.bus)) {
      log('genesys_widgets', 'initialized before chatwire: using the global bus');
      return subscribeOn(widgets.bus, listen);
    }
    const extensions = (widgets.extensions = widgets.extensions || {});
    // Silent once this attachment is gone (stop(), or a new configuration object).
    const extension = (extensions.chatwire = listen(undefined, (_: unknown, bus: unknown) => subscribeOn(bus, listen)));
    return () => {
      if (extensions.chatwire === extension) delete extensions.chatwire;
    };
  },
};
