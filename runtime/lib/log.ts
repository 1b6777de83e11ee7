let on = false;

/**
 * Turns debug logging on or off (`config.debug`).
 * @param value true to log
 */
export function setDebug(value: boolean): void {
  on = value;
}

/**
 * Logs to the console in debug mode only (vendor events, pushes, ignored
 * configuration, errors caught from vendors or the dataLayer); silent
 * otherwise, so production consoles stay clean.
 * @param args what to log after the `[chatwire]` tag
 */
export function log(...args: unknown[]): void {
  // eslint-disable-next-line no-console
  if (on) console.log('[chatwire]', ...args);
}
