/**
 * chatwire's core as an ES module, for bundlers (`chatwire/core`): the runtime
 * without any adapter, so a bundle carries only the vendors it imports.
 * Register them (and, for `pii: 'hash'`, the hash plugin), then start:
 * `register(intercom, hash); start({ pii: 'hash' })`. Adapters registered
 * after `start()` are picked up by the running runtime. It does not start itself.
 */
export { start, stop, version, vendors } from './chatwire.js';
export type { Chatwire } from './chatwire.js';
export { register } from './lib/register.js';
export { actions } from './lib/actions.js';
export type { Action, Channel, ChatEvent, ChatPush, ChatwireConfig, Config, HashPlugin, Listen, PiiMode, Plugin, Vendor } from './types.js';
