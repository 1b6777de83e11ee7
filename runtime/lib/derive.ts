import type { Action, Vendor } from '../types.js';

/** `vendor_event` of the `loaded` the core derives when chatwire attaches to a widget object (docs/events.md). */
export const ATTACHED = 'chatwire:attached';
/** `vendor_event` of the `started` the core derives just before a conversation's first `message_sent` (docs/events.md). */
export const FIRST_MESSAGE = 'chatwire:first_message';

/** Each adapter's {@link sends}, read once: `maps` runs on every push, and an adapter's table never changes. */
const sent = new WeakMap<Vendor, readonly Action[]>();

/**
 * The actions an adapter's `events` table maps its vendor events to, in the
 * table's order (one per vendor event, so an action may repeat).
 * @param vendor an adapter
 * @returns the action of each vendor event of the table
 */
export const sends = (vendor: Vendor): readonly Action[] => {
  let actions = sent.get(vendor);
  if (!actions) sent.set(vendor, (actions = Object.keys(vendor.events).map((name) => ([] as unknown[]).concat(vendor.events[name])[0] as Action)));
  return actions;
};

/**
 * Whether an adapter's `events` table maps some vendor event to `action`.
 * Where it maps nothing to `loaded` or `started`, the core derives that
 * action (CONTRACT §5); the docs generator marks those cells.
 * @param vendor an adapter
 * @param action a normalized action
 * @returns true when a vendor event of the table becomes `action`
 */
export const maps = (vendor: Vendor, action: Action): boolean => sends(vendor).includes(action);

/** Above 0 while {@link registering} runs an adapter's registrations. */
let inRegistration = 0;

/**
 * Runs an adapter's registration calls so that a count the vendor reports
 * inside them is its current count, a baseline for {@link rises}, never a
 * rise: Front documents that its unread handler "will always be called
 * immediately to pass an initial value", and Intercom and Zendesk's classic
 * widget report on registration too. Without this, a count that rose while
 * chatwire was stopped would be pushed at `start()` as a message chatwire
 * never heard (after a consent withdrawal, say).
 * @param register the adapter's registration calls
 * @returns what `register` returns
 */
export function registering<T>(register: () => T): T {
  inRegistration++;
  try {
    return register();
  } finally {
    inRegistration--;
  }
}

/** The last count each vendor object reported, per counter. */
const counts = new WeakMap<object, Record<string, number>>();

/**
 * Whether a vendor's unread counter rose: the only way an unread counter may
 * stand in for a received message (CONTRACT §5). Kept per vendor object, so
 * a count reported again when chatwire subscribes anew (`start()` after
 * `stop()`) is no message.
 * @param target the vendor object the counter belongs to
 * @param name which of its counters (the vendor event reporting it)
 * @param count what the vendor reports; anything but a count is ignored
 * @param initial the count before the first report: `undefined` for a vendor
 * that reports its current count on registration (that report is the
 * baseline), `0` for one that reports only changes
 * @returns true when `count` is above the previous count, and not reported
 * while chatwire registers ({@link registering})
 */
export function rises(target: object, name: string, count: unknown, initial?: number): boolean {
  if (typeof count != 'number' || !(count >= 0)) return false;
  const seen = counts.get(target) || {};
  const last = name in seen ? seen[name] : initial;
  seen[name] = count;
  counts.set(target, seen);
  return last !== undefined && count > last && !inRegistration;
}

/**
 * Whether the core must derive `started` now, for a vendor whose table maps
 * nothing to it (docs/events.md, "Derived events"): at the first
 * `message_sent` of a conversation. A conversation is its id when the message
 * has one, else the vendor's current conversation, which `ended` closes.
 * @param seen the vendor's memory of started conversations (kept for the page's life)
 * @param action the action about to be pushed
 * @param id its `conversation_id` as the vendor gave it
 * @returns true once per conversation, for its first `message_sent`
 */
export function starts(seen: Record<string, 1>, action: Action, id: unknown): boolean {
  const key = typeof id == 'string' || typeof id == 'number' ? '#' + id : '';
  if (action == 'ended') delete seen[''];
  if (action != 'message_sent' || key in seen) return false;
  seen[key] = 1;
  return true;
}
