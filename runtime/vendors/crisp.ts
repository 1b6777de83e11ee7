import type { Vendor } from '../types.js';
import { has } from '../lib/getPath.js';

type Fn = (...args: unknown[]) => unknown;

/** Per Crisp event: chatwire's callback of the current attachment, and the site's own handler. */
const ours: Record<string, Fn> = {};
const site: Record<string, unknown> = {};
/** `$crisp` objects (the snippet's array, the real SDK) that hold chatwire's handlers already. */
const subscribed = new WeakSet<object>();
/** chatwire's handlers wait in the snippet's array: the SDK that drains it registers them. */
let queued = false;

/**
 * Crisp chatbox ("$crisp Methods", https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/).
 * The snippet sets `window.$crisp = []`; `$crisp.push(['on', event, fn])` is
 * async-safe: the chatbox script drains that array and replaces `$crisp` with
 * its SDK, whose `push` runs commands. `['off', event]` drops every handler of
 * the event, and the official crisp-sdk-web pushes an `off` before each `on`,
 * so chatwire keeps one handler per event of its own and takes the site's
 * `on`/`off` for those events out of the commands: its handler calls the
 * site's latest handler once, with Crisp's arguments and `this`.
 */
export const crisp: Vendor = {
  id: 'crisp',
  global: '$crisp',
  channel: 'chat',
  events: {
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
  // The payload is { [event]: first argument }: message objects (visitor text) are never read.
  fields: { session_id: 'session:loaded', email: 'user:email:changed', phone: 'user:phone:changed' },
  attach: (c, listen) => {
    const push: Fn = c.push;
    // Not Crisp's (yet): nothing to wrap; the next detection check looks again.
    if (typeof push != 'function') throw 0;
    const array = Array.isArray(c);
    for (const name of Object.keys(crisp.events)) {
      ours[name] = listen(name, (value) => ({ [name]: value }));
    }
    function wrapper(this: unknown, ...commands: unknown[]): unknown {
      // The site's on/off for chatwire's events only move the site's slot; the rest goes to Crisp.
      return push.apply(
        this,
        commands.filter((command) => {
          const [verb, name, fn] = Array.isArray(command) ? command : [];
          if (typeof name != 'string' || !has(ours, name) || (verb != 'on' && verb != 'off')) return true;
          site[name] = verb == 'on' && fn;
          return false;
        }),
      );
    }
    // Site commands queued before chatwire came go through the same filter, in order.
    if (array) wrapper.apply(c, c.splice(0));
    if (!subscribed.has(c) && (array || !queued)) {
      // One handler per event, registered once per `$crisp`: it calls the current attachment's callback.
      for (const name of Object.keys(ours)) {
        push.call(c, [
          'on',
          name,
          function (this: unknown, ...args: unknown[]): unknown {
            ours[name](...args);
            const fn = site[name];
            return typeof fn == 'function' ? fn.apply(this, args) : undefined;
          },
        ]);
      }
      // A chatbox that loaded before chatwire: its session is known already (null until then).
      const id = !array && typeof c.get == 'function' && c.get('session:identifier');
      if (id) ours['session:loaded'](id);
    }
    subscribed.add(c);
    queued = array;
    c.push = wrapper;
    return () => {
      if (c.push === wrapper) c.push = push;
    };
  },
};
