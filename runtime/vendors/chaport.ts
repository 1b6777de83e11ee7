import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

const STATE = 'widget.stateChange';
const S = { vendor_event: STATE };
/** The `chaport` objects whose `ready` was reported: a site wrapping `chaport.open` makes a new target, not a new widget. */
const readied = new WeakSet();

/**
 * Chaport live chat ("JS API", https://docs.chaport.com/api/js/v1).
 * The documented install code makes `window.chaport` a stub
 * `{ _q: [], _l: {}, q, on }` whose `on(event, fn)` only stores `fn` in
 * `_l[event]`, then adds https://app.chaport.com/javascripts/insert.js,
 * which provides the real API (`chaport.on(event, fn)`, `chaport.open()`, …).
 * The docs do not say how insert.js takes the stub's `_l` listeners over, so
 * chatwire never subscribes through the stub: it attaches once the real API
 * is there (its `open` method, which the stub lacks), whatever became of `_l`,
 * and leaves the site's own listeners entirely to Chaport.
 * `ready` is in the docs' own example; `widget.stateChange` and `chat.started`
 * only in public listener code (unconfirmed), as is the replay of `ready` to
 * a listener added after it (public code calls `on('ready', …)` on a click).
 * No `off` is documented: after stop() the core silences these callbacks.
 */
export const chaport: Vendor = {
  id: 'chaport',
  global: 'chaport.open',
  channel: 'chat',
  type: 't',
  events: {
    ready: 'loaded',
    // One event for every widget state (payload unconfirmed: the state itself, or `{ state }`): the window is opened
    // when the state becomes `expanded`, closed when it goes from `expanded` to `collapsed` (the launcher). A
    // `collapsed` after `unreadMessage` (a message preview beside the launcher) closes no window.
    [STATE + '.expanded']: ['opened', S],
    [STATE + '.collapsed']: ['closed', S],
    // "Fires when the visitor starts a chat" (public listener code, unconfirmed).
    'chat.started': 'started',
  },
  // No payload field is documented.
  fields: {},
  attach: (_, listen) => {
    const c = getPath(window, 'chaport') as Record<string, (...args: unknown[]) => unknown>;
    const state = (p: unknown): unknown => (typeof p == 'string' ? p : getPath(p, 'state'));
    // The state when chatwire attaches (getWidgetState: public listener code, unconfirmed), so a close is a close.
    let last = typeof c.getWidgetState == 'function' ? state(c.getWidgetState()) : 0;
    // Called as a method of `chaport`, as the docs write it.
    subscribe(
      ['ready', STATE, 'chat.started'],
      listen,
      (name, fn) => c.on(name, fn),
      undefined,
      (name, p) => {
        // `ready` once per widget object (the core keeps it once per target, here `chaport.open`).
        if (name == 'ready') {
          if (readied.has(c)) return {};
          readied.add(c);
        }
        if (name != STATE) return { t: name };
        const now = state(p);
        const from = last;
        if (typeof now == 'string') last = now;
        return { t: now == 'expanded' ? (from != now ? STATE + '.expanded' : '') : now == 'collapsed' && from == 'expanded' ? STATE + '.collapsed' : '' };
      },
    );
  },
};
