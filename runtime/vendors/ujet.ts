import type { Vendor } from '../types.js';
import { registering, rises } from '../lib/derive.js';
import { subscribe } from '../lib/subscribe.js';

const UNREAD = 'unread';

/**
 * Google Cloud's Contact Center AI Platform web SDK (CCAI Platform, formerly
 * UJET): "Web SDK API events",
 * https://cloud.google.com/contact-center/ccai-platform/docs/web-sdk-api-events,
 * and "Web SDK installation guide", .../docs/web-sdk. The loader
 * (https://websdk.ujet.co/v2/loader.js) defines the `UJET` class; the site
 * creates the page's one instance ("You can only initialize one instance of
 * the web SDK per web page", "Web SDK API reference") and subscribes on it
 * with `ujet.on(eventName, callback)` / `ujet.off(eventName, callback)`.
 * chatwire finds the instance where the installation guide puts it,
 * `var ujet = new UJET({ … })`: `window.ujet`. An instance the site keeps
 * elsewhere (`const ujet`, as the API reference writes it) is out of reach.
 */
export const ujet: Vendor = {
  id: 'ujet',
  global: 'ujet',
  type: 'type',
  events: {
    // "Web SDK has fetched company information, it is ready to use now."
    ready: 'loaded',
    // "When Web SDK widget is created. Usually this happens when you click the launcher": the first opening.
    created: 'opened',
    // "when you click "close" button in the SDK, or click the launcher to close SDK".
    close: 'closed',
    // "Emit unread chat message count": only a rise stands in for a received message. A count reported while
    // chatwire registers is a baseline, and counting starts from 0 (a report of 0 is no rise).
    [UNREAD]: 'message_received',
  },
  fields: {},
  attach: (u, listen) =>
    registering(() =>
      subscribe(
        Object.keys(ujet.events),
        listen,
        (name, fn) => u.on(name, fn),
        (name, fn) => u.off(name, fn),
        (name, count) => ({ type: name != UNREAD || rises(u, name, count, 0) ? name : '' }),
      ),
    ),
};
