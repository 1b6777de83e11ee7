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
 * otherwise, so production consoles stay clean. Never throws.
 * @param args what to log after the `[chatwire]` tag
 */
export function log(...args: unknown[]): void {
  // Logging runs inside error handlers: a page whose console.log is missing,
  // not a function or throwing must not turn a caught error into a thrown one.
  try {
    // eslint-disable-next-line no-console
    if (on) console.log('[chatwire]', ...args);
  } catch {
    // Nowhere left to say it.
  }
}
