/**
 * chatwire's core as an ES module, for bundlers (`chatwire/core`): the runtime
 * without any adapter, so a bundle carries only the vendors it imports.
 * Register them (and, for `pii: 'hash'`, the hash plugin), then start:
 * `register(intercom, hash); start({ pii: 'hash' })`. Adapters registered
 * after `start()` are picked up by the running runtime. It does not start itself.
 */
import type { ChatPush } from './types.js';
import { vendors } from './chatwire.js';
import { isChatPushOf } from './lib/isChatPushOf.js';

export { start, stop, version, vendors } from './chatwire.js';
export type { Chatwire } from './chatwire.js';
export { register } from './lib/register.js';
export { actions } from './lib/actions.js';
export type { Action, Channel, ChatEvent, ChatPush, ChatwireConfig, Config, HashPlugin, Listen, PiiMode, Plugin, Vendor } from './types.js';

/**
 * Whether a dataLayer entry is a chatwire push of a vendor registered here:
 * an object with a string `event` and a `chat` object whose `vendor` is a
 * registered adapter's id and whose `action` is a known action. For code that
 * reads the dataLayer, e.g. `window.dataLayer.filter(isChatPush)`. Unlike the
 * `chatwire` entry's, it knows only the vendors this bundle registered, so it
 * carries no list of every vendor id.
 * @param entry any dataLayer entry
 * @returns true when `entry` can be read as a {@link ChatPush}
 */
export const isChatPush: (entry: unknown) => entry is ChatPush = isChatPushOf(vendors);
