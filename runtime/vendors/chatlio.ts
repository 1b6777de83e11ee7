import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

const READY = 'chatlio.ready';

/**
 * Whether `_chatlio` is the embed code's queue (`window._chatlio = window._chatlio || []`, method stubs that push the
 * call). The loaded script's API answers `init` (the embed code calls `_chatlio.init` when it runs again after the
 * script): whether it replaces the array or fills it in is not documented, and either is the widget object.
 */
const queued = (queue: unknown): boolean => Array.isArray(queue) && !getPath(queue, 'init');

/**
 * Chatlio, live chat answered from Slack ("Chatlio widget API",
 * https://chatlio.com/docs/api-v1, "Custom events"). The widget emits its
 * events to the page's `document` (the doc's examples listen there; for
 * `chatlio.ready` `e.target` is the widget's DOM node): any number of
 * listeners, removable. chatwire listens in the capture phase, which sees an
 * event dispatched on the widget node whether or not it bubbles, and never
 * touches the site's own listeners. The embed code makes `window._chatlio` an
 * array that queues API calls until the widget script runs them; chatwire
 * attaches once that global exists, whichever it is.
 */
export const chatlio: Vendor = {
  id: 'chatlio',
  global: '_chatlio',
  channel: 'chat',
  stub: queued,
  type: 'type',
  events: {
    // "guaranteed to emit once per page load", once the widget has its DOM node and registered with Chatlio.
    [READY]: 'loaded',
    'chatlio.expanded': 'opened',
    'chatlio.collapsed': 'closed',
    // The visitor's first message starts the conversation; whether `chatlio.messageSent` also fires for it is not documented.
    'chatlio.firstMessageSent': 'started',
    'chatlio.messageSent': 'message_sent',
    'chatlio.messageReceived': 'message_received',
    // The pre-chat form; its answers (name, email) are not read: the `detail` shapes are not documented.
    'chatlio.preChatInfoSubmitted': 'form_submitted',
    'chatlio.conversationEnded': 'ended',
  },
  // The `widgetid` attribute of the embed code's `<chatlio-widget>` element, when an event targets it (unconfirmed).
  fields: { widget_id: 'node.attributes.widgetid.value' },
  attach: (api, listen) => {
    // `chatlio.ready` is heard, or read from the state below: the core pushes whichever comes first, once per widget object.
    const read = (type: string, event?: { target: unknown }) => ({ type, node: event && event.target });
    // The ready event comes once per page load: a runtime that finds the widget's API (not the embed code's queue)
    // arrives after it (the GTM order), so the widget is loaded. The core pushes it once per widget object.
    if (!queued(api)) listen(undefined, () => read(READY, { target: document.querySelector('chatlio-widget') }))();
    return subscribe(
      Object.keys(chatlio.events),
      listen,
      (name, fn) => document.addEventListener(name, fn, true),
      (name, fn) => document.removeEventListener(name, fn, true),
      read,
    );
  },
};
