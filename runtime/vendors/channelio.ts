import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { log } from '../lib/log.js';

type Fn = (...args: unknown[]) => unknown;

/** What chatwire holds for one `ChannelIO` stub, from the first attachment on (kept on its `c` filter). */
interface Route {
  /** The current attachment's reporting callback per mapped event (none between attachments). */
  r?: ((payload?: object) => void)[];
  /** The function behind the stub's `c`: the queue's push, then the messenger's. */
  c: Fn;
  /** The event whose chatwire callback ran in this task (the SDK keeps several callbacks, see below). */
  b?: unknown;
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
 * registration adds to or replaces the first is not said (`clearCallbacks`
 * drops them all), so chatwire works under both readings:
 *
 * `c` becomes an accessor whose function hands every call on, in order, to
 * whatever the stub or the plugin put there; a mapped `on…` registration of the
 * site goes on with its callback wrapped (the SDK keeps it, or replaces it,
 * exactly as it would the site's own), and chatwire's own callback per event
 * goes first. Where the SDK keeps several, chatwire's runs first and reports
 * the event, and the site's wrappers in the same task do not; where a
 * registration replaces the previous one, chatwire's is gone once the site
 * registers that event, and the site's wrapper reports it. Either way the site's
 * callbacks run as the SDK decides, once, with its arguments and `this`.
 * A messenger that loaded before chatwire may hold site callbacks chatwire
 * cannot see (its own registration might replace them): it is left alone, and
 * only the `loaded` the core derives on finding it is reported.
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
      // Left alone: only its being there is reported (the core derives `loaded`: the GTM order).
      if (!Array.isArray(ch.q) || typeof ch.c != 'function') return log('channelio', 'left alone: loaded first');
      const r: Route = (route = { c: ch.c });
      /** Reports one SDK call of a mapped callback. */
      const report = (i: number, profile: unknown): void => {
        const push = r.r && r.r[i];
        if (!push) return;
        if (i < 3) return push();
        // One lead per detail given or changed: the profile comes again whenever any of it changes.
        for (const [k, key, field] of [
          ['email', 'email', 'e'],
          ['phone', 'mobileNumber', 'p'],
        ] as const) {
          const value = getPath(profile, key);
          if (typeof value == 'string' && value && value !== r[field]) push({ k, [field]: (r[field] = value) });
        }
      };
      /** chatwire's own callbacks, registered before any of the site's. */
      const own = names.map((name, i) => [
        name,
        (...args: unknown[]): void => {
          // Until this task ends, the site's wrappers of this event leave the report to this callback.
          r.b = name;
          queueMicrotask(() => (r.b = 0));
          report(i, args[0]);
        },
      ]);
      /** The stub's `c`: every call goes on; a mapped registration with its callback wrapped. */
      const filter = function (this: unknown, args: ArrayLike<unknown>): unknown {
        const call = Array.from(Object(args) as ArrayLike<unknown>);
        const [command, fn] = call;
        const i = names.indexOf(command as string);
        if (i >= 0 && typeof fn == 'function') {
          call[1] = function (this: unknown, ...given: unknown[]): unknown {
            if (r.b != command) report(i, given[0]);
            return (fn as Fn).apply(this, given);
          };
          args = call;
        }
        const result = r.c.call(this, args);
        // clearCallbacks drops chatwire's callbacks with the site's: chatwire's come back.
        if (command == 'clearCallbacks') own.forEach((call) => r.c.call(ch, call));
        return result;
      };
      filter.z = r;
      // Throws where the stub cannot take it (frozen): the core logs that, and nothing changed.
      Object.defineProperty(ch, 'c', { configurable: true, get: () => filter, set: (fn: Fn) => void (r.c = fn) });
      // chatwire's callbacks first, then what the site queued before chatwire came, in order, through the filter.
      (ch.q as unknown[]).splice(0).forEach((args) => filter.call(ch, args as ArrayLike<unknown>));
      (ch.q as unknown[]).unshift(...own);
    }
    const r = route;
    r.r = names.map((name) => listen(name));
    return () => void (r.r = undefined);
  },
};
