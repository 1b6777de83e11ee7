/**
 * chatwire as an ES module, for bundlers: `import { start } from 'chatwire'`.
 * Unlike the classic script it does not start itself.
 */
import { vendors } from './chatwire.js';
import { actions } from './lib/actions.js';
import type { ChatPush } from './types.js';

export { start, stop, version, vendors } from './chatwire.js';
export type { Chatwire } from './chatwire.js';
export { actions };
export type { Action, Channel, ChatEvent, ChatEventName, ChatPush, ChatwireConfig, Config, PiiMode, VendorId } from './types.js';

/**
 * Whether a dataLayer entry is a chatwire push of this version: an object
 * with a string `event` and a `chat` object whose `vendor` and `action` are
 * known ids. For code that reads the dataLayer, e.g.
 * `window.dataLayer.filter(isChatPush)`. Only in the ES module and CommonJS
 * builds, not in the classic script.
 * @param entry any dataLayer entry
 * @returns true when `entry` can be read as a {@link ChatPush}
 */
export function isChatPush(entry: unknown): entry is ChatPush {
  if (!entry || typeof entry != 'object') return false;
  const { event, chat } = entry as { event?: unknown; chat?: { vendor?: unknown; action?: unknown } | null };
  return (
    typeof event == 'string' &&
    !!chat &&
    typeof chat == 'object' &&
    vendors.indexOf(chat.vendor as string) >= 0 &&
    (actions as readonly unknown[]).indexOf(chat.action) >= 0
  );
}
