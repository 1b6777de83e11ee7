import type { Vendor } from '../types.js';
import { getPath, has } from '../lib/getPath.js';
import { ATTACHED } from '../lib/derive.js';
import { log } from '../lib/log.js';

type Fn = (...args: unknown[]) => unknown;

/**
 * What chatwire holds for one chatbox, from its snippet's array on: the
 * site's latest handler per mapped event, the current attachment's reporting
 * callbacks, and the chatbox once it replaced the array.
 */
interface Route {
  /** The site's latest handler per mapped event (`false` once it pushed an `off`). */
  s: Record<string, unknown>;
  /** The current attachment's reporting callback, `(event, …Crisp's arguments)` (none between attachments). */
  r?: Fn;
  /** The chatbox that replaced the array, once seen. */
  k?: unknown;
}

/** chatwire's `push` wrappers, each to its chatbox's route: a `$crisp` whose push is one of them is still in sight. */
const routes = new WeakMap<object, Route>();

/**
 * The chatbox's session id ("the current session identifier (or null if not yet loaded)"), or undefined when there is
 * no chatbox yet or its `get` throws.
 */
const sessionOf = (chatbox: unknown): unknown => {
  try {
    return (chatbox as { get(key: string): unknown }).get('session:identifier');
  } catch {
    return undefined;
  }
};

/** Whether chatwire ever subscribed through a snippet's array on this page (see the late case in attach). */
let queued: unknown;
/** Why chatwire leaves a `$crisp` whose push it cannot wrap alone. */
const FIXED = 'not attached: $crisp.push cannot be wrapped';

/**
 * Crisp chatbox ("$crisp Methods", https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/).
 * The snippet sets `window.$crisp = []`; `$crisp.push(['on', event, fn])` is
 * async-safe: the chatbox script drains that array and replaces `$crisp` with
 * its SDK, whose `push` runs commands. `['off', event]` takes no callback: it
 * drops the event's handler whoever set it, and Crisp keeps one handler per
 * event (a second `on` replaces the first: microsoft/clarity#979); the
 * official crisp-sdk-web pushes an `off` before each `on`.
 *
 * So chatwire only attaches while `$crisp` is still the snippet's array, when
 * every command the site pushed is still in sight: it holds each mapped
 * event's slot with one handler of its own, which reports the event and calls
 * the site's latest handler once, with Crisp's arguments and `this`; the
 * site's `on`/`off` for those events, queued or pushed later (through the
 * array, then through the chatbox that replaces it, seen at once through a
 * `window.$crisp` accessor), only set or clear the site's handler there.
 * A chatbox that loaded before chatwire may hold site handlers chatwire
 * cannot read: chatwire leaves it alone rather than replace them, and reports
 * only that it found it (`loaded`). `stop()`
 * silences chatwire's handlers and keeps the filter (Crisp cannot remove one
 * handler), so `start()` takes the same chatbox on again.
 */
export const crisp: Vendor = {
  id: 'crisp',
  global: '$crisp',
  channel: 'chat',
  events: {
    // Must stay first: not a Crisp event, never subscribed. chatwire found a chatbox that loaded before it (see attach).
    chatbox: ['loaded', { vendor_event: ATTACHED }],
    // callback(session_id): the chatbox is ready and the session known.
    'session:loaded': 'loaded',
    'chat:initiated': 'started',
    'chat:opened': 'opened',
    'chat:closed': 'closed',
    'message:sent': 'message_sent',
    'message:received': 'message_received',
    // callback(email) / callback(phone): the values only reach the push per privacy mode.
    'user:email:changed': ['lead', { lead_type: 'email' }],
    'user:phone:changed': ['lead', { lead_type: 'phone' }],
  },
  // The payload is { t: event, [event]: first argument, session, agent }: message text is never read.
  type: 't',
  fields: { session_id: 'session', agent_name: 'agent', email: 'user:email:changed', phone: 'user:phone:changed' },
  // The array chatwire subscribed through became the chatbox it took on (same route): the same attachment goes on.
  stub: (target) => Array.isArray(target) && !!routes.get(target.push) && routes.get(target.push) === routes.get(getPath(window, '$crisp.push') as object),
  attach: (c, listen) => {
    const names = Object.keys(crisp.events).slice(1);
    let route = routes.get(c.push);
    /** Wraps a `$crisp.push`: the site's on/off for mapped events move its slot; the rest goes on, in order. */
    const wrap = (target: { push?: unknown }): void => {
      const push = target.push as Fn;
      function wrapper(this: unknown, ...commands: unknown[]): unknown {
        return push.apply(
          this,
          commands.filter((command) => {
            const [verb, name, fn] = Array.isArray(command) ? command : [];
            if (typeof name != 'string' || !names.includes(name) || (verb != 'on' && verb != 'off')) return true;
            (route as Route).s[name] = verb == 'on' && fn;
            return false;
          }),
        );
      }
      target.push = wrapper;
      // A read-only push (frozen, or a sloppy-mode assignment that silently failed) is not ours to filter.
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the reason itself: the core's catch logs it as `not attached: …`.
      if (target.push !== wrapper) throw FIXED;
      routes.set(wrapper, route as Route);
    };
    if (!route) {
      // A loaded chatbox whose push is not ours may hold site handlers chatwire never saw: one `on` of ours could replace
      // them. It is left alone; only its being there is reported (the GTM order), unless chatwire subscribed through an
      // array on this page (then the chatbox registered chatwire's handlers, and its `session:loaded` may be pushed).
      if (!Array.isArray(c)) {
        log('crisp', 'left alone: loaded first');
        if (!queued) listen()({ t: 'chatbox', session: sessionOf(c) });
        return;
      }
      const r: Route = (route = queued = { s: {} });
      // Commands the site queued before chatwire came go through the same filter, in order
      // (wrapped first: an array whose push cannot be replaced keeps its queue).
      wrap(c);
      (c.push as Fn).apply(c, c.splice(0));
      for (const name of names) {
        // Into the array: the chatbox registers it when it drains the queue. Crisp has no way to remove
        // one handler only: it outlives every attachment, silent between them, and calls the site's.
        ([] as unknown[]).push.call(c, [
          'on',
          name,
          function (this: unknown, ...args: unknown[]): unknown {
            if (r.r) r.r(name, ...args);
            const fn = r.s[name];
            return typeof fn == 'function' ? fn.apply(this, args) : undefined;
          },
        ]);
      }
    }
    // A chatbox seen since its array (an earlier attachment, before stop()) is taken on again as it is.
    const r = route;
    r.r = listen(undefined, (name: string, value: unknown) => {
      // session:loaded's own argument is the session id: it stands in while the chatbox is not in sight.
      const session = sessionOf(r.k) || (name == 'session:loaded' && value);
      // Operator messages name the operator (`user.nickname`); the visitor's own are never read.
      // (`false` where there is none, like `session`: a push has null for anything not text.)
      const agent = name == 'message:received' && getPath(value, 'from') == 'operator' && getPath(value, 'user.nickname');
      return { t: name, [name]: value, session, agent };
    });
    const undo = (): void => {
      r.r = undefined;
    };
    // The chatbox replaces the array by assigning `window.$crisp`: an accessor sees it at once, so the
    // chatbox's push is wrapped before any site command reaches it (a cached script runs before our next check).
    const own = Object.getOwnPropertyDescriptor(window, '$crisp');
    if (!Array.isArray(c) || !own || !own.configurable || !has(own, 'value')) return undo;
    let value: unknown = c;
    const get = (): unknown => value;
    Object.defineProperty(window, '$crisp', {
      configurable: true,
      enumerable: own.enumerable,
      get,
      set(next: unknown) {
        // Never throws into the chatbox's own assignment: a chatbox whose push cannot be wrapped stays unseen
        // (null or undefined throw at `.push`: nothing to wrap either).
        try {
          if (value === c && !r.k && !Array.isArray(next) && typeof (next as { push?: unknown }).push == 'function') {
            wrap(next as { push?: unknown });
            r.k = next;
          }
        } catch {
          // Left to the next detection check, which will not attach to it.
        }
        value = next;
      },
    });
    return () => {
      undo();
      const now = Object.getOwnPropertyDescriptor(window, '$crisp');
      if (now && now.get === get) Object.defineProperty(window, '$crisp', { configurable: true, enumerable: own.enumerable, writable: true, value });
    };
  },
};
