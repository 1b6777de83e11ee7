/**
 * Adds a listener to a single-slot callback property (`settings.callbacks.onChatOpened`,
 * `customerly.onChatOpened`, `_genesys.widgets.onReady`) without taking the
 * slot from the site. The property becomes an accessor whose value is a
 * wrapper: it calls the listener, then whatever function the site put there —
 * before chatwire came, or assigned afterwards — once, with the vendor's
 * original `this` and arguments, returning its result and letting its
 * exceptions reach the vendor as they would without chatwire.
 * @param target the object holding the callback (`window` for global callbacks)
 * @param key the property name
 * @param listener chatwire's callback; must not throw (use a `listen` callback)
 * @returns undo: puts the site's current function back as a plain property
 */
export function chain(target: object, key: string, listener: (...args: unknown[]) => void): () => void {
  const owner = target as Record<string, unknown>;
  let site = owner[key];
  function wrapper(this: unknown, ...args: unknown[]): unknown {
    listener(...args);
    return typeof site == 'function' ? site.apply(this, args) : undefined;
  }
  // A page-script declaration (`function jivo_onOpen() {}`) makes a window
  // property that cannot become an accessor: its value is wrapped instead,
  // and a later assignment by the site replaces the wrapper.
  const own = Object.getOwnPropertyDescriptor(owner, key);
  if (own && !own.configurable) {
    owner[key] = wrapper;
    return () => {
      if (owner[key] === wrapper) owner[key] = site;
    };
  }
  const define = (descriptor: PropertyDescriptor): unknown =>
    Object.defineProperty(owner, key, Object.assign({ configurable: true, enumerable: true }, descriptor));
  define({ get: () => wrapper, set: (value: unknown) => (site = value) });
  return () => define({ writable: true, value: site });
}
