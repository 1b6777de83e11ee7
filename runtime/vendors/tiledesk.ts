import type { Vendor } from '../types.js';
import { getPath, isObject } from '../lib/getPath.js';
import { log } from '../lib/log.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Tiledesk widget ("Javascript API: Listeners/Events",
 * https://developer.tiledesk.com/widget/events). `window.Tiledesk(name, handler)`
 * registers a handler that gets a CustomEvent (data in `detail`). The install
 * snippet ("Web SDK", https://developer.tiledesk.com/widget/web-sdk) makes
 * `window.Tiledesk` a function queueing its calls in `Tiledesk.q`, which the
 * widget replays: the site's handlers registered before it loaded.
 *
 * The widget's own source (src/launch.js in Tiledesk/chat21-web-widget; the
 * docs do not say) shows why chatwire does not queue through that stub. The
 * queue is replayed by the `tileDeskAsyncInit` launch.js defines only when the
 * page has none, so on a page that keeps its own (the listener pattern of the
 * v4 Web SDK docs, https://developer.tiledesk.com/widget/advanced/old-versions/web-sdk-v4)
 * a queued handler is never registered; and once the widget has initialized,
 * `window.Tiledesk(name, …)` only calls the `window.tiledesk` method of that
 * name, so a handler given to it then is dropped. Each start of the widget
 * makes a new `window.tiledesk`, whose `on(name, handler)` (v4 Web SDK docs)
 * registers on the new root element it adds to `<body>`, before the widget's
 * app, starting in its iframe, sends any event. chatwire registers there.
 */
export const tiledesk: Vendor = {
  id: 'tiledesk',
  global: 'Tiledesk',
  channel: 'chat',
  stub: (t) => isObject(t) && Array.isArray(t.q),
  events: {
    onInit: 'loaded',
    // The eye-catcher is the callout box beside the launcher.
    onOpenEyeCatcher: 'shown',
    onClosedEyeCatcher: 'hidden',
    onOpen: 'opened',
    onClose: 'closed',
    onNewConversation: 'started',
    onAfterMessageSend: 'message_sent',
    // "Fired when the widget receive a message".
    onMessageCreated: 'message_received',
  },
  // `newConvId` is seen only in sites' code (unconfirmed); the rest of `detail` is settings or messages.
  fields: { conversation_id: 'detail.newConvId' },
  attach: (_, listen) => {
    /** The `window.tiledesk` chatwire's handlers are on. */
    let via: unknown;
    /** Registers on `window.tiledesk` when it is new: the widget loaded first (the GTM order), or it has (re)started. */
    const on = (): void => {
      const api = getPath(window, 'tiledesk');
      if (api !== via && isObject(api) && typeof api.on == 'function') {
        via = api;
        subscribe(Object.keys(tiledesk.events), listen, (name, fn) => (api.on as (...args: unknown[]) => unknown)(name, fn));
      }
    };
    on();
    // The widget's start (launch.js `initWidget`) makes `window.tiledesk` and adds its root to <body>; `reInit()`,
    // `logout()` (v4 Web SDK docs) and `restart()` remove the root, which holds every handler, and do it again, adding
    // no script that would wake chatwire's detection (src/app/app.component.ts). So chatwire watches <body>'s children.
    const observer =
      typeof MutationObserver == 'function'
        ? new MutationObserver(() => {
            // Runs from the page's own DOM changes: nothing may be thrown into them.
            try {
              on();
            } catch (error) {
              log('tiledesk', error);
            }
          })
        : undefined;
    /** Watches <body>, once there is one: a widget found from <head> waits for the document's body. */
    const observe = (): boolean => {
      // Null while the parser is still in <head> (lib.dom types it as always there).
      const body = document.body as HTMLElement | null;
      if (observer && body) observer.observe(body, { childList: true });
      return !!body;
    };
    if (!observe()) document.addEventListener('DOMContentLoaded', observe);
    return () => {
      if (observer) observer.disconnect();
      document.removeEventListener('DOMContentLoaded', observe);
    };
  },
};
