import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';

type Fn = (...args: unknown[]) => unknown;

/** What chatwire holds for one `ChannelIO` stub, from the first attachment on (kept on its `c` filter). */
interface Route {
  /** The site's latest callback per mapped `on…` event. */
  s: Record<string, unknown>;
  /** The current attachment's reporting callback per mapped event (none between attachments). */
  r?: ((payload?: object) => void)[];
  /** The function behind the stub's `c`: the queue's push, then the messenger's. */
  c: Fn;
  /** The follow-up email and phone last reported (a lead once per detail given). */
  e?: unknown;
  /** See `e`. */
  p?: unknown;
}

/**
 * Channel Talk web SDK (`ChannelIO(command, …)`, https://developers.channel.io/docs/web-channelio).
 * The documented snippet (and the official `@channel.io/channel-web-sdk-loader`)
 * makes `ChannelIO` a stub that hands every call's `arguments` to `ChannelIO.c`,
 * which pushes them onto `ChannelIO.q` until ch-plugin-web.js takes over (the
 * loader guards both with `?.`; how the plugin takes over is not documented).
 * `ChannelIO('onShowMessenger', fn)` "registers a callback"; whether a second
 * registration adds or replaces is not said, and `clearCallbacks` drops them all.
 *
 * So chatwire only attaches while the stub's queue is in sight, when every
 * registration the site made is still there: `c` becomes an accessor whose
 * function keeps the site's latest callback per mapped event out of the SDK and
 * hands the rest on, in order; chatwire registers one callback per event, which
 * reports it and then calls the site's, once, with the SDK's arguments and
 * `this`. The plugin's own `c`, assigned later, lands behind it. A messenger that loaded before
 * chatwire may hold site callbacks chatwire cannot see: it is left alone.
 */
export const channelio: Vendor = {
  id: 'channelio',
  global: 'ChannelIO',
  channel: 'chat',
  events: {
    onShowMessenger: 'opened',
    onHideMessenger: 'closed',
    // "a chat is created" (no argument documented on the web).
    onChatCreated: 'started',
    // (profile): { name, email, mobileNumber } the visitor typed; one lead per detail, the name never read.
    onFollowUpChanged: 'lead',
  },
  fields: { lead_type: 'k', email: 'e', phone: 'p' },
  // The snippet's stub while its queue is there.
  stub: (ch) => Array.isArray(ch.q),
  attach: (ch, listen) => {
    const names = Object.keys(channelio.events);
    // A stub chatwire filtered before (an attachment before stop()) is taken on again as it is.
    let route = getPath(ch, 'c.z') as Route | undefined;
    if (!route) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a string the core logs as the reason.
      if (!Array.isArray(ch.q) || typeof ch.c != 'function') throw 'not attached: loaded before chatwire';
      const r: Route = (route = { s: {}, c: ch.c });
      const handlers = names.map(
        (name, i) =>
          function (this: unknown, ...args: unknown[]): unknown {
            const report = r.r && r.r[i];
            if (report) {
              if (name != 'onFollowUpChanged') report();
              // One lead per detail given or changed: the profile comes again whenever any of it changes.
              else
                for (const [k, key, field] of [
                  ['email', 'email', 'e'],
                  ['phone', 'mobileNumber', 'p'],
                ] as const) {
                  const value = getPath(args[0], key);
                  if (typeof value == 'string' && value && value !== r[field]) report({ k, [field]: (r[field] = value) });
                }
            }
            const fn = r.s[name];
            return typeof fn == 'function' ? fn.apply(this, args) : undefined;
          },
      );
      const register = (): void => names.forEach((name, i) => r.c.call(ch, [name, handlers[i]]));
      /** The stub's `c`: mapped registrations stay with chatwire, the rest goes on (`this` and all). */
      const filter = function (this: unknown, args: ArrayLike<unknown>): unknown {
        const [command, fn] = Array.from(Object(args) as ArrayLike<unknown>);
        if (names.includes(command as string)) {
          r.s[command as string] = fn;
          return;
        }
        const result = r.c.call(this, args);
        // clearCallbacks drops chatwire's callbacks with the site's: the site's are gone, ours come back.
        if (command == 'clearCallbacks') {
          r.s = {};
          register();
        }
        return result;
      };
      filter.z = r;
      // Throws where the stub cannot take it (frozen): the core logs that, and nothing changed.
      Object.defineProperty(ch, 'c', { configurable: true, get: () => filter, set: (fn: Fn) => void (r.c = fn) });
      // What the site queued before chatwire came goes through the same filter, in order; then chatwire's.
      (ch.q as unknown[]).splice(0).forEach((args) => filter.call(ch, args as ArrayLike<unknown>));
      register();
    }
    const r = route;
    r.r = names.map((name) => listen(name));
    return () => void (r.r = undefined);
  },
};
