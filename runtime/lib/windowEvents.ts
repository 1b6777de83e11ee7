import type { Listen } from '../types.js';
import { subscribe } from './subscribe.js';

/**
 * Listens to vendor events dispatched on the page window (Tawk.to's
 * `tawkChatStarted`, Salesforce's `onEmbeddedMessaging…`, Chatwoot's
 * `chatwoot:opened`): {@link subscribe} through `addEventListener`. Its own
 * module: the core shares `subscribe` with the plugin files, and this is the
 * three adapters' own (runtime/lib/shared.ts).
 * @param names the event names
 * @param listen the core's `listen` for this attachment
 * @param read turns the DOM event into the payload (its `detail` is the vendor's data)
 * @returns removes the listeners
 */
export const windowEvents = (names: string[], listen: Listen, read: (event: CustomEvent) => unknown): (() => void) =>
  subscribe(
    names,
    listen,
    // The window's own methods: called without a receiver, they act on the window (WebIDL's global object rule).
    addEventListener,
    removeEventListener,
    (_, event: CustomEvent) => read(event),
  );
