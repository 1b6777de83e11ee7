import type { Vendor } from '../types.js';

/** Per `embedded_svc`: the current attachment's callback for each event. */
const routes = new WeakMap<object, Record<string, (...args: unknown[]) => void>>();

/**
 * Salesforce Embedded Service Chat, the legacy one of the two Salesforce
 * products (the newer one: `salesforce_messaging`). "Get Chat Event
 * Notifications" (https://developer.salesforce.com/docs/atlas.en-us.snapins_web_dev.meta/snapins_web_dev/snapins_web_chat_events.htm):
 * `embedded_svc.addEventHandler(name, fn(data))`, several handlers per name,
 * which must be added before `embedded_svc.init`. chatwire sees `embedded_svc`
 * when `esw.min.js` has run, in the capturing `load` listener, which runs
 * before the script's own onload calls init. No way to remove a handler.
 */
export const salesforce_chat: Vendor = {
  id: 'salesforce_chat',
  global: 'embedded_svc',
  channel: 'chat',
  events: {
    onHelpButtonClick: 'opened',
    onInviteAccepted: ['opened', { label: 'invitation' }],
    onInviteRejected: ['closed', { label: 'invitation' }],
    onChatRequestSuccess: 'started',
    onChatEstablished: 'agent_joined',
    onChatTransferSuccessful: ['agent_joined', { label: 'transfer' }],
    onChasitorMessage: 'message_sent',
    onAgentMessage: 'message_received',
    onChatEndedByChasitor: ['ended', { label: 'visitor' }],
    onChatEndedByAgent: ['ended', { label: 'agent' }],
    // The visitor stayed idle: the chat ends.
    onIdleTimeoutOccurred: ['ended', { label: 'idle_timeout' }],
    onConnectionError: 'error',
  },
  // The data these events pass: `{ liveAgentSessionKey: chasitorData.chatKey }`.
  fields: { conversation_id: 'liveAgentSessionKey' },
  attach: (svc, listen) => {
    // Handlers can be neither removed nor, after init, added: chatwire adds one
    // per event for the life of the page and routes it to the current
    // attachment, so start() after stop() works again.
    const route = routes.get(svc) || {};
    const names = Object.keys(salesforce_chat.events);
    const fresh = !routes.has(svc);
    for (const name of names) route[name] = listen(name);
    if (fresh) {
      for (const name of names) svc.addEventHandler(name, (...args: unknown[]) => route[name](...args));
      routes.set(svc, route);
    }
  },
};
