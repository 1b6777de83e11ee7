import type { ChatPush } from '../types.js';
import { actions } from './actions.js';

/**
 * Builds `isChatPush` for a list of vendor ids: the whole registry in the
 * `chatwire` entry, the registered adapters in `chatwire/core`. The list is
 * read at each call, so ids registered later count.
 * @param vendors the vendor ids a push may name
 * @returns a test that is true when a dataLayer entry can be read as a {@link ChatPush}
 */
export const isChatPushOf =
  (vendors: readonly string[]) =>
  (entry: unknown): entry is ChatPush => {
    if (!entry || typeof entry != 'object') return false;
    const { event, chat } = entry as { event?: unknown; chat?: { vendor?: unknown; action?: unknown } | null };
    return typeof event == 'string' && !!chat && typeof chat == 'object' && vendors.includes(chat.vendor as string) && (actions as readonly unknown[]).includes(chat.action);
  };
