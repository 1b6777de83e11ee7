import type { Vendor } from '../types.js';
import { getPath, isObject } from '../lib/getPath.js';
import { log } from '../lib/log.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Tiledesk widget ("Javascript API: Listeners/Events",
 * https://developer.tiledesk.com/widget/events). `window.Tiledesk(name, handler)`
 * registers a handler that gets a CustomEvent (data in `detail`). The install
 * snippet ("Web SDK", https://developer.tiledesk.com/widget/web-sdk) makes
 * `window.Tiledesk` a function queueing its calls in `Tiledesk.q`; the widget
 * replays the queue, so chatwire can subscribe first.
 *
 * Once the widget has initialized, `window.Tiledesk(name, …)` only calls the
 * `window.tiledesk` method of that name, or reads the property (the widget's
 * source, src/launch.js in Tiledesk/chat21-web-widget: the docs do not say),
 * so a handler given to it then is dropped; the widget's own
 * `window.tiledesk.on(name, handler)` (v4 Web SDK docs,
 * https://developer.tiledesk.com/widget/advanced/old-versions/web-sdk-v4)
 * registers it. chatwire uses that whenever it is there: the GTM order, where
 * the widget loaded first.
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
  attach: (t, listen) => {
    /** The `window.tiledesk` chatwire's handlers are on; undefined while they wait in the snippet's queue. */
    let via: Record<string, (...args: unknown[]) => unknown> | undefined;
    const on = (): void => {
      const api = getPath(window, 'tiledesk');
      const target = (via = isObject(api) && typeof api.on == 'function' ? api : undefined);
      subscribe(Object.keys(tiledesk.events), listen, (name, fn) => (target ? target.on(name, fn) : t(name, fn)));
    };
    on();
    // `reInit()`, `logout()` (v4 Web SDK docs) and `restart()` remove the widget's root element, which holds every
    // handler, and build a new one with a new `window.tiledesk`, adding no script that would wake chatwire's
    // detection (the widget's source: src/launch.js `initWidget`, src/app/app.component.ts). The new root is added
    // to <body>: chatwire subscribes on the new `window.tiledesk` then. The first one after the snippet's queue gets
    // chatwire's handlers from the queue, as the site's.
    const observer =
      typeof MutationObserver == 'function'
        ? new MutationObserver(() => {
            // Runs from the page's own DOM changes: nothing may be thrown into them.
            try {
              const api = getPath(window, 'tiledesk');
              if (api === via || !isObject(api)) return;
              if (via) on();
              else via = api;
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
