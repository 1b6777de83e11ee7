/**
 * chatwire as an ES module, for bundlers: `import { start } from 'chatwire'`,
 * with every adapter and the hash plugin. Unlike the classic script it does
 * not start itself. A bundle that needs only some vendors imports
 * `chatwire/core` and `chatwire/vendors/<id>` instead, and registers the
 * adapters with `chatwire/core`'s `register`.
 */
import type { ChatwireConfig } from './types.js';
import { start as startCore } from './chatwire.js';
import { hash } from './hash.js';
import { register } from './lib/register.js';
import { registry } from './registry.js';

/**
 * Registers every adapter and the hash plugin, then starts the runtime or
 * replaces the configuration of a running one (CONTRACT §2). Never throws.
 * @param config the configuration (CONTRACT §3); defaults for whatever is missing or invalid
 */
export const start = (config?: ChatwireConfig): void => {
  register(...registry, hash);
  startCore(config);
};

/** Every vendor id this module supports, in registry order. */
export const vendors: string[] = registry.map((vendor) => vendor.id);

export { stop, version } from './chatwire.js';
export type { Chatwire } from './chatwire.js';
export { actions } from './lib/actions.js';
export type { Action, Channel, ChatEvent, ChatPush, ChatwireConfig, Config, HashPlugin, PiiMode, Plugin, Vendor } from './types.js';
