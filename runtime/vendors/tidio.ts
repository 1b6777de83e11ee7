import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Tidio live chat ("JavaScript API", https://docs.tidio.com/ → Listeners / Events).
 * `window.tidioChatApi` exists once the widget is ready, announced by the
 * `tidioChat-ready` document event (no queue before it): the event triggers
 * chatwire's detection, and attaching reports `loaded` once, also for a
 * widget that was ready before chatwire came. `tidioChatApi.on(name, fn)`
 * allows several listeners; no `off` is documented.
 */
export const tidio: Vendor = {
  id: 'tidio',
  global: 'tidioChatApi',
  channel: 'chat',
  ready: 'tidioChat-ready',
  events: {
    'tidioChat-ready': 'loaded',
    open: 'opened',
    close: 'closed',
    conversationStart: 'started',
    messageFromVisitor: 'message_sent',
    messageFromOperator: 'message_received',
    // The pre-chat survey: its answers are personal data, only email / phone are read (for hash / include).
    preFormFilled: 'form_submitted',
    // Only third-party code shows it (unconfirmed).
    conversationEnd: 'ended',
  },
  fields: { email: 'form_data.email', phone: 'form_data.phone' },
  attach: (api, listen) => {
    // The ready event is the core's; the others are subscribed here.
    subscribe(Object.keys(tidio.events).slice(1), listen, (name, fn) => api.on(name, fn));
  },
};
