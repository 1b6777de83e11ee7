import type { Action, Config } from '../types.js';
import { has, isObject } from './getPath.js';

const piiModes = ['redact', 'hash', 'include'];

/** Longest list read from a configuration: far more than any real one, so a huge sparse array costs nothing. */
const MAX_LIST = 1000;

/**
 * Validates a configuration (CONTRACT §3) and fills in the defaults. Never
 * throws: unknown keys, wrongly typed values and unknown list entries are
 * dropped and reported through `warn` (the runtime prints those in debug mode);
 * so is a key whose getter throws, and everything of a throwing or revoked
 * Proxy. Lists are read up to their first 1,000 entries.
 * Each key's default also says what a valid value looks like: a list of
 * strings from the same vocabulary, a string, or a boolean.
 * @param input `window.chatwireConfig` or the argument of `start`; anything
 * @param vendorIds the supported vendor ids (the default of `vendors`)
 * @param actionNames the actions `events` may list (its default): the runtime
 * passes those its vendors can send, so no build carries words it never uses
 * @param warn called once per ignored key, value or list entry
 * @returns a complete configuration
 */
export function readConfig(input: unknown, vendorIds: readonly string[], actionNames: readonly Action[], warn: (...why: unknown[]) => void): Config {
  // The defaults (CONTRACT §3), replaced key by key by the valid values of `input`.
  const config: Record<string, unknown> = {
    vendors: vendorIds.slice(),
    events: actionNames.slice(),
    eventPrefix: 'chat_',
    dataLayerName: 'dataLayer',
    pii: 'redact',
    allowedOrigins: [],
    debug: false,
  } satisfies Config;
  const ignore = (...why: unknown[]): void => warn('ignored config', ...why);
  /** One key's value if valid for `fallback` (its default), else undefined; list entries that do not fit are dropped through `ignore`. */
  const check = (key: string, value: unknown, fallback: unknown): unknown => {
    if (Array.isArray(fallback)) {
      if (!Array.isArray(value)) return undefined;
      // vendors and events keep the entries they know; allowedOrigins takes any string.
      const list: string[] = [];
      for (let i = 0; i < value.length && i < MAX_LIST; i++) {
        const entry: unknown = value[i];
        if (typeof entry == 'string' && (key == 'allowedOrigins' || fallback.includes(entry))) list.push(entry);
        else ignore(key, entry);
      }
      return list;
    }
    return typeof value != typeof fallback || (key == 'pii' && !piiModes.includes(value as string)) || (key == 'dataLayerName' && !value) ? undefined : value;
  };
  // A hostile object (throwing getters, a Proxy that throws or was revoked) costs its keys, never the start.
  let keys: string[] = [];
  try {
    // An array or other non-plain object ends up with its keys reported as unknown.
    if (isObject(input)) keys = Object.keys(input);
    else if (input != null) ignore(input);
  } catch (error) {
    ignore(error);
  }
  for (const key of keys) {
    let value: unknown;
    try {
      // Own keys only: a `__proto__` or `constructor` key must not reach Object.prototype.
      if (has(config, key)) value = check(key, (input as Record<string, unknown>)[key], config[key]);
    } catch (error) {
      ignore(error);
    }
    if (value === undefined) ignore(key);
    else config[key] = value;
  }
  return config as unknown as Config;
}
