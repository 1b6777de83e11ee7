/**
 * chatwire as an ES module, for bundlers: `import { start } from 'chatwire'`,
 * with every adapter and the hash plugin. Unlike the classic script it does
 * not start itself. A bundle that needs only some vendors imports
 * `chatwire/core` and `chatwire/vendors/<id>` instead, and registers the
 * adapters with `chatwire/core`'s `register`.
 */
import type { ChatPush, ChatwireConfig } from './types.js';
import { actions } from './lib/actions.js';
import { isChatPushOf } from './lib/isChatPushOf.js';
import { start as startCore } from './chatwire.js';
import { hash } from './hash.js';
import { register } from './lib/register.js';
import { registry } from './registry.js';

/**
 * Registers every adapter and the hash plugin, then starts the runtime or
 * replaces the configuration of a running one. Never throws.
 * @param config the configuration (see docs/config.md); defaults for whatever is missing or invalid
 */
export const start = (config?: ChatwireConfig): void => {
  register(...registry, hash);
  startCore(config);
};

/** Every vendor id this module supports, in registry order. */
export const vendors: string[] = registry.map((vendor) => vendor.id);

export { stop, version } from './chatwire.js';
export type { Chatwire } from './chatwire.js';
export { actions };
export type { Action, Channel, ChatEvent, ChatEventName, ChatPush, ChatwireConfig, Config, HashPlugin, PiiMode, Plugin, Vendor, VendorId } from './types.js';

/**
 * Whether a dataLayer entry is a chatwire push of this version: an object
 * with a string `event` and a `chat` object whose `vendor` and `action` are
 * known ids. For code that reads the dataLayer, e.g.
 * `window.dataLayer.filter(isChatPush)`. Only in the ES module and CommonJS
 * builds, not in the classic script.
 * @param entry any dataLayer entry
 * @returns true when `entry` can be read as a {@link ChatPush}
 */
export const isChatPush: (entry: unknown) => entry is ChatPush = isChatPushOf(vendors);
