/**
 * chatwire as an ES module, for bundlers: `import { start } from 'chatwire'`.
 * Unlike the classic script it does not start itself.
 */
export { start, stop, version, vendors } from './chatwire.js';
export type { Chatwire } from './chatwire.js';
export { actions } from './lib/actions.js';
export type { Action, Channel, ChatEvent, ChatPush, ChatwireConfig, Config, PiiMode } from './types.js';
