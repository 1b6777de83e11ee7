import type { Listen } from '../types.js';

/**
 * Subscribes one guarded callback per vendor event through the vendor's own
 * subscribe call (`obj.on(name, fn)`, `zE('messenger:on', name, fn)`,
 * `addEventListener(name, fn)`): the loop most adapters would otherwise repeat.
 * @param names the vendor event names to subscribe to (usually the keys of the adapter's `events`)
 * @param listen the core's `listen` for this attachment
 * @param on subscribes `callback` to `name`; a function it returns undoes that
 * subscription (Zendesk Messaging's `messenger:on` returns one)
 * @param off the vendor's unsubscribe (`obj.off(name, fn)`), when it has one
 * @param read turns the event name and a callback's arguments into the
 * payload; by default the payload is the first argument (`(name, ...args) => args`
 * lets field paths say `1.conversationId`)
 * @returns undoes every subscription it can
 */
export function subscribe(
  names: string[],
  listen: Listen,
  /* eslint-disable @typescript-eslint/no-explicit-any -- the vendor's callbacks and arguments, whatever its API passes (see Vendor.attach) */
  on: (name: string, callback: (...args: any[]) => void) => unknown,
  off?: (name: string, callback: (...args: any[]) => void) => unknown,
  read?: (name: string, ...args: any[]) => unknown,
  /* eslint-enable @typescript-eslint/no-explicit-any */
): () => void {
  const undo = names.map((name) => {
    const callback = listen(name, read && ((...args: unknown[]) => read(name, ...args)));
    const result = on(name, callback);
    return typeof result == 'function' ? (result as () => unknown) : () => off && off(name, callback);
  });
  return () => undo.forEach((fn) => fn());
}
