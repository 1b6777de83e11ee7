import type { Vendor } from '../types.js';
import { registering, rises } from '../lib/derive.js';
import { isObject } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';
import { ujet_v3 } from './ujet_v3.js';

const UNREAD = 'unread';

/** The v2 SDK's events ("Web SDK API events"). */
const v2: Vendor['events'] = {
  // "Web SDK has fetched company information, it is ready to use now."
  ready: 'loaded',
  // "When Web SDK widget is created. Usually this happens when you click the launcher": the first opening.
  created: 'opened',
  // "when you click "close" button in the SDK, or click the launcher to close SDK".
  close: 'closed',
  // "Emit unread chat message count": only a rise stands in for a received message. A count reported while
  // chatwire registers is a baseline, and counting starts from 0 (a report of 0 is no rise).
  [UNREAD]: 'message_received',
};

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
 * A site that upgraded to v3 by swapping the script ("Upgrade from web SDK
 * version 2 to web SDK version 3", .../docs/web-sdk-v3-upgrade) may keep its
 * `var ujet`: an instance with a headless `client` ("API reference" of v3) is
 * v3 and is listened to through the `ujet_v3` table and attach.
 */
export const ujet: Vendor = {
  id: 'ujet',
  global: 'ujet',
  type: 'type',
  events: { ...ujet_v3.events, ...v2 },
  fields: ujet_v3.fields,
  attach: (u, listen, trusted) =>
    isObject(u.client)
      ? ujet_v3.attach(u, listen, trusted)
      : registering(() =>
          subscribe(
            Object.keys(v2),
            listen,
            (name, fn) => u.on(name, fn),
            (name, fn) => u.off(name, fn),
            (name, count) => ({ type: name != UNREAD || rises(u, name, count, 0) ? name : '' }),
          ),
        ),
};
