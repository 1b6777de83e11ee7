import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Tidio live chat ("JavaScript API", https://docs.tidio.com/ → Listeners / Events).
 * `window.tidioChatApi` may exist before the widget is ready: Tidio's own
 * recipe is `tidioChatApi.on('ready', fn)` when the API exists, else the
 * `tidioChat-ready` document event (then the API exists). chatwire follows it:
 * the document event only wakes detection, and `loaded` comes from the API's
 * `ready` listener, which Tidio runs at once for a widget that is ready
 * already (unconfirmed: the recipe relies on it). `tidioChatApi.on(name, fn)`
 * allows several listeners; no `off` is documented.
 */
export const tidio: Vendor = {
  id: 'tidio',
  global: 'tidioChatApi',
  channel: 'chat',
  wake: 'tidioChat-ready',
  events: {
    ready: 'loaded',
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
    subscribe(Object.keys(tidio.events), listen, (name, fn) => api.on(name, fn));
  },
};
