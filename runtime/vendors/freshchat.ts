import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Freshchat web widget ("Web Messenger SDK", https://developers.freshchat.com/web-sdk/).
 * `window.fcWidget` exists once widget.js has run (the site then calls
 * `fcWidget.init`); there is no queue. `fcWidget.on(name, fn)` allows several
 * listeners (names outside the widget's own list are ignored);
 * `fcWidget.isLoaded()` tells whether `widget:loaded` has fired.
 */
export const freshchat: Vendor = {
  id: 'freshchat',
  global: 'fcWidget',
  channel: 'messaging',
  events: {
    // Must stay first: skipped when isLoaded() says it fired before chatwire came.
    'widget:loaded': 'loaded',
    'widget:opened': 'opened',
    'widget:closed': 'closed',
    'message:sent': 'message_sent',
    'message:received': 'message_received',
    // The CSAT survey shown to the visitor, then answered.
    'csat:received': 'survey_started',
    'csat:updated': 'survey_submitted',
    'faq:clicked': 'article_opened',
  },
  // The payloads (`{ success, status, data }`) carry messages and user records, nothing chatwire may read.
  fields: {},
  attach: (fc, listen) => {
    const names = Object.keys(freshchat.events);
    if (fc.isLoaded()) listen(names.shift())();
    // No off: the shipped widget's undocumented `off` removes the first listener whose
    // function *name* matches, so for anonymous callbacks it could remove the site's. stop() silences ours instead.
    subscribe(names, listen, (name, fn) => fc.on(name, fn));
  },
};
