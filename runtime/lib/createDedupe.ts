/**
 * A bounded "seen before?" memory for vendors that replay their history to
 * every new subscriber (SmartAgent's `saEvents.subscribe`), so that a replay
 * after `stop()`/`start()` or a re-attach pushes nothing twice; the cap keeps
 * a long-lived page's memory flat.
 *
 * A replay comes in the original order, so it first offers what fell out of
 * memory, then what is still remembered, oldest first. Forgetting the oldest
 * key to make room for a forgotten one would forget the next key still to
 * come, and so on through the whole replay. So from the start of each replay
 * (a new `replay` token) until the replay reaches what is remembered, keys
 * that are not remembered are reported new (pushed again: they fell out of
 * memory) and kept apart for this replay only (at most `max` of them);
 * after that, new keys push the oldest out as usual.
 * @param max how many keys to remember; the oldest is forgotten first
 * @param seen the memory itself, key → order of arrival (tests pass one in to measure it)
 * @returns `isNew(key, replay)`: true the first time `key` is offered, false
 * while it is remembered; `replay` identifies the subscription the key came
 * through (chatwire passes the attachment)
 */
export function createDedupe(max: number, seen = new Map<string, number>()): (key: string, replay?: unknown) => boolean {
  let count = 0;
  // The arrival number of the newest remembered key this replay has reached.
  let reached = 0;
  let current: unknown;
  // The forgotten head pushed again in this replay, so that it is pushed once even if offered twice.
  let head = new Set<string>();
  return (key, replay) => {
    if (replay !== current) {
      current = replay;
      reached = -1;
      head = new Set();
    }
    const at = seen.get(key);
    if (at !== undefined) {
      reached = Math.max(reached, at);
      return false;
    }
    if (head.has(key)) return false;
    const oldest = seen.values().next().value;
    // Still before what is remembered (a replay's forgotten head): pushed, kept apart, bounded like the memory.
    if (seen.size >= max && (oldest as number) > reached) {
      if (head.size >= max) head.clear();
      head.add(key);
      return true;
    }
    seen.set(key, (reached = ++count));
    if (seen.size > max) seen.delete(seen.keys().next().value as string);
    return true;
  };
}
