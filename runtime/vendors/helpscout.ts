import type { Vendor } from '../types.js';
import { isObject } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

const READY = 'ready';

/**
 * Help Scout Beacon 2 ("Beacon JavaScript API", developer.helpscout.com/beacon-2/web/javascript-api).
 * Everything goes through `window.Beacon(method, options, data)`; the embed
 * snippet's stub (generated in Beacon Builder, not on the doc page: its shape
 * is known from public copies) pushes each call onto `Beacon.readyQueue`
 * until the Beacon script has loaded and works the queue off, so chatwire can
 * subscribe before Beacon loads. `Beacon('on', name, fn)` / `Beacon('off', name, fn)`.
 */
export const helpscout: Vendor = {
  id: 'helpscout',
  global: 'Beacon',
  channel: 'chat',
  // The snippet's stub: `Beacon.readyQueue` holds the queued calls.
  stub: (b) => Array.isArray(b.readyQueue),
  events: {
    [READY]: 'loaded',
    open: 'opened',
    close: 'closed',
    'chat-started': 'started',
    // The contact form was sent (Beacon passes no form fields).
    'email-sent': 'form_submitted',
    'article-viewed': 'article_opened',
    // Proactive messages: shown to the visitor, then closed by them.
    'message-triggered': 'shown',
    'message-closed': 'hidden',
  },
  // The article's or message's id (`{ id }`); the Beacon's id from `Beacon('info')` ("information about
  // the current Beacon instance", `{ beaconId, status, config }`), asked of the loaded Beacon at each event.
  fields: { label: 'd.id', widget_id: 'info.beaconId' },
  // The subscription's event name; none where the `Beacon('info')` read at attach finds no loaded Beacon (see attach).
  type: 'type',
  attach: (b, listen) => {
    // `ready` is heard, or read from `Beacon('info')` at attach: the core pushes whichever comes first, once per Beacon.
    const read = (name: string, d?: unknown) => {
      const beacon = (window as Window & { Beacon?: unknown }).Beacon;
      let info;
      // Never through the snippet's stub: that would queue an `info` call. A Beacon whose `info` throws still has its
      // events pushed (without `widget_id`).
      try {
        info = typeof beacon == 'function' && !(helpscout.stub as (target: unknown) => boolean)(beacon) && beacon('info');
      } catch {
        // `info` stays undefined.
      }
      return { type: name, d, info };
    };
    // Beacon fires `ready` once and does not replay it: a runtime that finds the loaded Beacon (not the snippet's
    // stub) after it (the GTM order) would miss it. `Beacon('info')`, a plain read, answers with an object once the
    // page's `init` ran, and nothing before (unconfirmed: public code checks it for null, see docs/vendors/helpscout.md).
    // A Beacon that answers with no object (or throws) pushes nothing here. One `info` call: the answer is the push's.
    listen(undefined, () => {
      const ready = read(READY);
      return isObject(ready.info) && ready;
    })();
    return subscribe(
      Object.keys(helpscout.events),
      listen,
      (name, fn) => {
        b('on', name, fn);
        // Through the snippet's stub, chatwire's call moves to just after the queued `init`: an `open` queued with it
        // (a lazy loader's tap queues init and open in one go) then reaches a Beacon that already holds chatwire's
        // listener, however Beacon works the queue off. It is the order a site gets by calling `on` right after `init`,
        // so it holds whether or not Beacon accepts an `on` before `init` (its docs do not say).
        const q = b.readyQueue;
        if (Array.isArray(q)) q.splice(q.findIndex((call) => call && call.method == 'init') + 1 || q.length, 0, q.pop());
      },
      (name, fn) => b('off', name, fn),
      read,
    );
  },
};
