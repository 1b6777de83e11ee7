/**
 * A bounded "seen before?" memory. Vendors that replay history to late
 * subscribers (SmartAgent's `saEvents.subscribe`) would otherwise be pushed
 * again on every re-attach; the cap keeps a long-lived page's memory flat.
 * @param max how many keys to remember; the oldest is forgotten first
 * @returns `isNew(key)`: true the first time `key` is offered, false while it is remembered
 */
export function createDedupe(max: number): (key: string) => boolean {
  const seen = new Set<string>();
  return (key) => {
    if (seen.has(key)) return false;
    seen.add(key);
    if (seen.size > max) seen.delete(seen.values().next().value as string);
    return true;
  };
}
