import { watchScripts } from './watchScripts.js';

/** An object's properties, for reading and writing the chained one. */
type Slots = Record<string, unknown>;

/** The re-checks of every live chaining, and what stops their shared trigger. */
const live = new Set<() => void>();
let unwatch: () => void;

/**
 * Adds a listener to a single-slot callback property (`settings.callbacks.onChatOpened`,
 * `customerly.onChatOpened`, `window.jivo_onOpen`, `$zoho.salesiq.ready`)
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
  let wrapper: unknown;
  let site: unknown;
  let busy: unknown;
  const wrap = (): void => {
    // Each wrapper calls the function it was made for; `site` is the current one's.
    let fn: unknown = (site = (target as Slots)[key]);
    const current = (wrapper = function (this: unknown, ...args: unknown[]): unknown {
      // A site function that calls the previous one it read (an older wrapper) gets no second listener call.
      const outer = busy;
      if (!outer) listener(...args);
      busy = 1;
      try {
        return typeof fn == 'function' ? (fn.apply(this, args) as unknown) : undefined;
      } finally {
        busy = outer;
      }
    });
    try {
      Object.defineProperty(target, key, {
        configurable: true,
        enumerable: true,
        get: () => current,
        set: (value: unknown) => void (site = fn = value),
      });
    } catch {
      // A non-configurable property (a page-script declaration): the wrapper is a plain value there.
      (target as Slots)[key] = current;
    }
  };
  const recheck = (): void => {
    try {
      if ((target as Slots)[key] !== wrapper) wrap();
    } catch {
      // A frozen owner or a hostile getter: the slot stays the site's.
    }
  };
  wrap();
  // Besides every script's load (watchScripts): DOMContentLoaded ends the inline page scripts, then window load.
  if (!live.size) unwatch = watchScripts(() => live.forEach((fn) => fn()), ['DOMContentLoaded', 'load']);
  live.add(recheck);
  return () => {
    if (live.delete(recheck) && !live.size) unwatch();
    try {
      // Only our wrapper is put back to the site's function: a non-configurable slot the site declared again stays.
      if ((target as Slots)[key] === wrapper) (target as Slots)[key] = site;
      // An accessor becomes a plain property again; configurable: a non-configurable slot throws here, unchanged.
      Object.defineProperty(target, key, { configurable: true, writable: true, value: site });
    } catch {
      // Nothing left to restore.
    }
  };
}
