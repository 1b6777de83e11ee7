import { watchScripts } from './watchScripts.js';

/** The re-checks of every live chaining, and what stops their shared trigger. */
const live: (() => void)[] = [];
let unwatch: (() => void) | undefined;

/**
 * Adds a listener to a single-slot callback property (`settings.callbacks.onChatOpened`,
 * `customerly.onChatOpened`, `window.jivo_onOpen`, `_genesys.widgets.onReady`)
 * without taking the slot from the site. The property holds a wrapper: it
 * calls the listener, then whatever function the site put there — before
 * chatwire came, or afterwards — once, with the vendor's original `this` and
 * arguments, returning its result and letting its exceptions reach the vendor
 * as they would without chatwire.
 *
 * Where it can, the property becomes an accessor, so an assignment by the site
 * lands behind the wrapper. Where it cannot, the site can still replace the
 * wrapper: a page-script declaration (`function jivo_onOpen() {}`) makes a
 * non-configurable window property, and one that runs after chatwire replaces
 * even an accessor (CreateGlobalFunctionBinding), as does a plain assignment
 * to such a property. So every chaining is re-checked at once, on every script
 * load, at DOMContentLoaded and window load, and on the short timer tail after
 * each (see {@link watchScripts}): a replaced wrapper is wrapped again around
 * the site's new function. An older wrapper keeps calling the function it was
 * made for (a vendor or a site function may hold it), and a wrapper called
 * from inside another one of the same slot (a site function calling "the
 * previous one" it read) does not call the listener again: one listener call
 * per vendor call. Between the replacement and the re-check the vendor calls
 * the site's function alone (that event is missed).
 * @param target the object holding the callback (`window` for global callbacks)
 * @param key the property name
 * @param listener chatwire's callback; must not throw (use a `listen` callback)
 * @returns undo: puts the site's current function back as a plain property
 */
export function chain(target: object, key: string, listener: (...args: unknown[]) => void): () => void {
  const owner = target as Record<string, unknown>;
  let wrapper: unknown;
  let site: unknown;
  let busy = false;
  const wrap = (): void => {
    // Each wrapper calls the function it was made for; `site` is the current one's.
    let fn: unknown = (site = owner[key]);
    const current = (wrapper = function (this: unknown, ...args: unknown[]): unknown {
      // A site function that calls the previous one it read (an older wrapper) gets no second listener call.
      const outer = !busy;
      if (outer) listener(...args);
      busy = true;
      try {
        return typeof fn == 'function' ? (fn.apply(this, args) as unknown) : undefined;
      } finally {
        if (outer) busy = false;
      }
    });
    const own = Object.getOwnPropertyDescriptor(owner, key);
    if (own && !own.configurable) owner[key] = current;
    else
      Object.defineProperty(owner, key, {
        configurable: true,
        enumerable: true,
        get: () => current,
        set: (value: unknown) => void (site = fn = value),
      });
  };
  const recheck = (): void => {
    try {
      if (owner[key] !== wrapper) wrap();
    } catch {
      // A frozen owner or a hostile getter: the slot stays the site's.
    }
  };
  wrap();
  live.push(recheck);
  // Capturing `load` on window sees every script's load and the window's; DOMContentLoaded ends inline page scripts.
  if (!unwatch) unwatch = watchScripts(() => live.forEach((fn) => fn()), ['DOMContentLoaded', 'load']);
  return () => {
    live.splice(live.indexOf(recheck), 1);
    if (!live.length && unwatch) {
      unwatch();
      unwatch = undefined;
    }
    try {
      const own = Object.getOwnPropertyDescriptor(owner, key);
      if (own && own.configurable) Object.defineProperty(owner, key, { configurable: true, enumerable: true, writable: true, value: site });
      else if (owner[key] === wrapper) owner[key] = site;
    } catch {
      // Nothing left to restore.
    }
  };
}
