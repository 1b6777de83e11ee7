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
    // A destroyed widget drops every listener, the site's and ours, then calls the `widget:destroyed` ones
    // (Freshworks' js/widget.js, npm freshchat-widget 1.0.6): subscribe again there, so the widget the page
    // initializes again on the same fcWidget (a logout, then a login) is still heard. Only the latest set of
    // listeners passes events on, in case a build keeps the old ones: each event is pushed once either way.
    let latest = 0;
    const on = (): void => {
      const mine = ++latest;
      subscribe(names, listen, (name, fn) => fc.on(name, (...args: unknown[]) => mine == latest && fn(...args)));
      fc.on(
        'widget:destroyed',
        listen(undefined, () => mine == latest && on()),
      );
    };
    on();
  },
};
