import type { Plugin } from '../types.js';

declare global {
  interface Window {
    /**
     * The plugin queue: a plugin file pushes its adapter (or the
     * SHA-256 of hash mode) here whether or not the runtime is there yet, like
     * a vendor's own snippet queue. The runtime takes what is queued when it
     * starts and replaces `push`, so later plugins register at once.
     */
    chatwirePlugins?: Plugin[];
  }
}

/**
 * Registers plugins with the chatwire runtime that owns the page, whichever
 * of the two loads first: they wait in `window.chatwirePlugins` until a
 * runtime starts, and a running one picks them up at once (no restart).
 * A no-op outside a browser; never throws.
 * @param plugins vendor adapters (`chatwire/vendors/<id>`) or the hash plugin (`chatwire/hash`)
 */
export function register(...plugins: Plugin[]): void {
  try {
    (window.chatwirePlugins = window.chatwirePlugins || []).push(...plugins);
  } catch {
    // No window (server-side rendering), or a page property that is no queue: nothing to register with.
  }
}
