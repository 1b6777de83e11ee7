import type { HashPlugin } from './types.js';
import { sha256 } from './lib/sha256.js';

/**
 * The hash plugin (`chatwire/hash`; dist/chatwire.hash.min.js registers it):
 * the synchronous SHA-256 that `pii: 'hash'` needs, kept out of the core so
 * pages in the other modes never download it. Not `crypto.subtle`: absent on
 * http pages and asynchronous.
 */
export const hash: HashPlugin = { sha256 };
