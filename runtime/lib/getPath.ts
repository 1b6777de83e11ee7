/**
 * Whether a value can hold properties: an object or a function, not null.
 * @param value anything
 * @returns true for objects and functions
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a foreign object's properties are whatever its owner put there; callers check each before use.
export const isObject = (value: unknown): value is Record<string, any> => Object(value) === value;

/**
 * Own-property test that cannot be fooled by a payload's own `hasOwnProperty`
 * key, and that keeps `__proto__` / `constructor` names away from prototypes.
 * @param table the object
 * @param key the property name
 * @returns true when `key` is an own property of `table`
 */
export const has = (table: object, key: string): boolean => ({}).hasOwnProperty.call(table, key);

/**
 * Reads a dotted path (`data.chatInstanceName`) from a vendor payload.
 * Vendor payloads are foreign input: anything that is not an object on the way,
 * or a getter that throws, gives `undefined` instead of an exception.
 * @param from the object to read (a payload, or `window` for vendor globals)
 * @param path dot-separated property names
 * @returns the value, or undefined
 */
export function getPath(from: unknown, path: string): unknown {
  try {
    // Past a value that is not an object, the rest of the path reads nothing.
    for (const key of path.split('.')) from = isObject(from) ? from[key] : undefined;
    return from;
  } catch {
    return undefined;
  }
}
