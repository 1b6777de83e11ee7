import type { Action, Config } from '../types.js';
import { has, isObject } from './getPath.js';

const piiModes = ['redact', 'hash', 'include'];

/**
 * Validates a configuration (CONTRACT §3) and fills in the defaults. Never
 * throws: unknown keys, wrongly typed values and unknown list entries are
 * dropped and reported through `warn` (the runtime prints those in debug mode).
 * Each key's default also says what a valid value looks like: a list of
 * strings from the same vocabulary, a string, or a boolean.
 * @param input `window.chatwireConfig` or the argument of `start`; anything
 * @param vendorIds the supported vendor ids (the default of `vendors`)
 * @param actionNames the actions `events` may list (its default): the runtime
 * passes those its vendors can send, so no build carries words it never uses
 * @param warn called once per ignored key, value or list entry
 * @returns a complete configuration
 */
export function readConfig(
  input: unknown,
  vendorIds: readonly string[],
  actionNames: readonly Action[],
  warn: (...why: unknown[]) => void,
): Config {
  const config: Config = {
    vendors: vendorIds.slice(),
    events: actionNames.slice(),
    eventPrefix: 'chat_',
    dataLayerName: 'dataLayer',
    pii: 'redact',
    allowedOrigins: [],
    debug: false,
  };
  const defaults = config as unknown as Record<string, unknown>;
  if (input != null && !isObject(input)) warn('ignored config', input);
  // An array or other non-plain object ends up with its keys reported as unknown.
  for (const key of isObject(input) ? Object.keys(input) : []) {
    const fallback = defaults[key];
    let value = (input as Record<string, unknown>)[key];
    // Own keys only: a `__proto__` or `constructor` key must not reach Object.prototype.
    if (!has(defaults, key)) {
      value = undefined;
    } else if (Array.isArray(fallback)) {
      // vendors and events keep the entries they know; allowedOrigins takes any string.
      value = Array.isArray(value)
        ? value.filter((entry) => {
            const ok = typeof entry == 'string' && (key == 'allowedOrigins' || fallback.includes(entry));
            if (!ok) warn('ignored config', key, entry);
            return ok;
          })
        : undefined;
    } else if (
      typeof value != typeof fallback ||
      (key == 'pii' && !piiModes.includes(value as string)) ||
      (key == 'dataLayerName' && !value)
    ) {
      value = undefined;
    }
    if (value === undefined) warn('ignored config', key);
    else defaults[key] = value;
  }
  return config;
}
