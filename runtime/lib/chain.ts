/**
 * Adds a listener to a single-slot callback property (`settings.callbacks.onChatOpened`,
 * `customerly.onChatOpened`, `_genesys.widgets.onReady`) without taking the
 * slot from the site. The property becomes an accessor whose value is a
 * wrapper: it calls the listener, then whatever function the site put there —
 * before chatwire came, or assigned afterwards — once, with the vendor's
 * original `this` and arguments, returning its result and letting its
 * exceptions reach the vendor as they would without chatwire.
 * @param owner the object holding the callback
 * @param key the property name
 * @param listener chatwire's callback; must not throw (use a `listen` callback)
 * @returns undo: puts the site's current function back as a plain property
 */
export function chain(owner: Record<string, unknown>, key: string, listener: (...args: unknown[]) => void): () => void {
  let site = owner[key];
  function wrapper(this: unknown, ...args: unknown[]): unknown {
    listener(...args);
    return typeof site == 'function' ? site.apply(this, args) : undefined;
  }
  const define = (descriptor: PropertyDescriptor): unknown =>
    Object.defineProperty(owner, key, Object.assign({ configurable: true, enumerable: true }, descriptor));
  define({ get: () => wrapper, set: (value: unknown) => (site = value) });
  return () => define({ writable: true, value: site });
}
