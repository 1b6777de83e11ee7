import type { Vendor } from '../types.js';
import { registering, rises } from '../lib/derive.js';
import { subscribe } from '../lib/subscribe.js';

/** `window.Intercom`: the Messenger function, or the snippet's stub with its queue `q`. */
type Messenger = ((...args: unknown[]) => unknown) & { q?: unknown[] };

/** Each Messenger function chatwire put a Proxy in place of, and that Proxy: the Messenger function (see `attach`). */
const messengers = new WeakMap<object, object>();

/**
 * The Messenger functions whose `ready` chatwire reported: `loaded` is once per
 * widget object (CONTRACT §7), though `ready` runs again at a later boot and
 * a later attachment may hold the Proxy instead of the function itself.
 */
const booted = new WeakSet();

/** Subscribes the current attachment again through the Messenger function given (see `attach`); unset once detached. */
let again: ((ic: Messenger) => void) | undefined;

/**
 * Intercom Messenger ("JavaScript API: Methods",
 * https://developers.intercom.com/installing-intercom/web/methods). Everything
 * goes through the `window.Intercom(command, …)` function; the install
 * snippet's stub (and @intercom/messenger-js-sdk's) queues calls in
 * `Intercom.q` until the widget replaces it and replays them ("calls made
 * before the library is available are queued"), so chatwire can subscribe
 * before the widget loads. Callbacks cannot be removed.
 */
export const intercom: Vendor = {
  id: 'intercom',
  global: 'Intercom',
  channel: 'messaging',
  // The snippet's stub (`Intercom.q` holds the queued calls), or a Messenger function chatwire has put its Proxy in
  // place of: the core takes the Proxy on as the same widget, without subscribing again (runtime/chatwire.ts attach).
  stub: (ic) => Array.isArray(ic.q) || messengers.get(ic) == ic,
  type: 'type',
  events: {
    // "runs once the Messenger has finished booting", also when registered after boot.
    ready: 'loaded',
    onShow: 'opened',
    onHide: 'closed',
    // Intercom has no message event: a rise of the unread count stands in for a received message
    // (the count it reports on registration is the baseline); see docs/vendors/intercom.md for what is missed.
    onUnreadCountChange: 'message_received',
    // Called without the address: lead_type only, in every privacy mode.
    onUserEmailSupplied: ['lead', { lead_type: 'email' }],
  },
  fields: { label: 'count' },
  // A count reported on registration (the fake does; unconfirmed in Intercom's docs) is a baseline (registering),
  // also after start() and after a boot.
  attach: (ic, listen) => {
    // `round` counts this attachment's subscriptions: only the newest reports.
    let round = 0;
    // Intercom's SPA guide has sites call `shutdown` at logout and `boot` again ("Integrate Intercom in a single page
    // app"); whether callbacks survive that is undocumented, and react-use-intercom's users report they do not
    // (devrnt/react-use-intercom#666, why it registers its own again at each boot). So once the Messenger has spoken,
    // `window.Intercom` becomes a Proxy that forwards every call and property as it was, and after each `boot` chatwire
    // subscribes again: where the Messenger dropped the old callbacks, the new ones report; where it kept them, the old
    // ones go silent (`round`). Each event once either way, and the site's own callbacks are untouched.
    const register = (via: Messenger) => {
      const mine = ++round;
      registering(() =>
        subscribe(
          Object.keys(intercom.events),
          listen,
          // Through the snippet's stub, chatwire's calls go to the front of its queue: a `show` the page queued first (a
          // lazy loader's tap, a snippet that opens the Messenger) reaches a Messenger that already holds chatwire's
          // `onShow`, however the real script replays the queue. Registering callbacks before `boot` is what Intercom
          // documents for `ready` and what react-use-intercom does for the others; the site's own calls keep their order.
          (name, fn) => (Array.isArray(via.q) ? via.q.unshift([name, fn]) : via(name, fn)),
          undefined,
          (name, count) => {
            // Whenever the Messenger speaks, `window.Intercom` is its function (or chatwire's Proxy of it).
            const messenger = wrap();
            return {
              type: mine < round || (name == 'ready' ? booted.has(messenger) || !booted.add(messenger) : name == 'onUnreadCountChange' && !rises(ic, name, count)) ? '' : name,
              count,
            };
          },
        ),
      );
    };
    register(ic);
    again = register;
    return () => (again = undefined);
  },
};

/**
 * Puts a Proxy in place of the Messenger function (see `attach`), once.
 * A page where `window.Intercom` cannot be replaced keeps it: only the
 * re-subscription after a later `boot` is lost.
 * @returns the Messenger function
 */
const wrap = (): object => {
  const w = window as unknown as Record<string, Messenger>;
  const ic = w.Intercom;
  try {
    if (!messengers.has(ic) && !Array.isArray(ic.q)) {
      messengers.set(ic, ic);
      const proxy = new Proxy(ic, {
        apply: (fn, self, args) => {
          const result = Reflect.apply(fn, self, args);
          // Never into the site's call: a throw here is chatwire's to swallow.
          try {
            if (args[0] == 'boot' && again) again(fn);
          } catch {
            // the next boot tries again
          }
          return result;
        },
      });
      messengers.set(proxy, ic);
      w.Intercom = proxy;
    }
  } catch {
    // see above
  }
  return messengers.get(ic) || ic;
};
