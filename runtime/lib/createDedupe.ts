/**
 * A bounded "seen before?" memory. Vendors that replay history to late
 * subscribers (SmartAgent's `saEvents.subscribe`) would otherwise be pushed
 * again on every re-attach; the cap keeps a long-lived page's memory flat.
 * @param max how many keys to remember; the oldest is forgotten first
 * @param seen the memory itself (tests pass one in to measure it)
 * @returns `isNew(key)`: true the first time `key` is offered, false while it is remembered
 */
export function createDedupe(max: number, seen = new Set<string>()): (key: string) => boolean {
  return (key) => {
    if (seen.has(key)) return false;
    seen.add(key);
    if (seen.size > max) seen.delete(seen.values().next().value as string);
    return true;
  };
}
