import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { log } from '../lib/log.js';

/** Reports one Salesforce event to the current attachment. */
type Report = (name: string, data: unknown) => void;

/** Per `embedded_svc`: the current attachment's report. */
const routes = new WeakMap<object, Report>();

/**
 * Salesforce Embedded Service Chat, the legacy one of the two Salesforce
 * products (the newer one: `salesforce_messaging`). "Get Chat Event
 * Notifications" (https://developer.salesforce.com/docs/atlas.en-us.snapins_web_dev.meta/snapins_web_dev/snapins_web_chat_events.htm):
 * `embedded_svc.addEventHandler(name, fn(data))`, several handlers per name,
 * which "must take place before calls to embedded_svc.init". chatwire sees
 * `embedded_svc` when `esw.min.js` has run, in the capturing `load` listener,
 * which runs before the snippet's own onload calls init. Salesforce documents
 * no way to observe a chat that is already initialised (chatwire loaded after
 * init, as GTM often does): handlers are still added, and Salesforce may never
 * call them. No way to remove a handler; no ready event (the core derives `loaded`).
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
    // "The visitor has requested a chat and is waiting for an agent" (and again on each queue
    // update, page change or reconnection while waiting): pushed once per chat key.
    onQueueUpdate: ['agent_requested', { label: 'queue' }],
    onChatEstablished: 'agent_joined',
    onChatTransferSuccessful: ['agent_joined', { label: 'transfer' }],
    // The connection lost (onConnectionError) came back: the visitor is with the agent again.
    onChatReconnectSuccessful: ['agent_joined', { label: 'reconnected' }],
    onChasitorMessage: 'message_sent',
    onAgentMessage: 'message_received',
    onChatEndedByChasitor: ['ended', { label: 'visitor' }],
    onChatEndedByAgent: ['ended', { label: 'agent' }],
    // The visitor stayed idle: the chat ends.
    onIdleTimeoutOccurred: ['ended', { label: 'idle_timeout' }],
    onConnectionError: 'error',
    // "Submit" of the offline support form (no agent online): the visitor left their details.
    // Salesforce passes no data, so which detail (lead_type) is unknown and nothing personal is read.
    onClickSubmitButton: ['lead', { label: 'offline_form' }],
  },
  // The data these events pass: `{ liveAgentSessionKey: chasitorData.chatKey }`.
  fields: { conversation_id: 'liveAgentSessionKey' },
  attach: (svc, listen) => {
    // Handlers can be neither removed nor, after init, added: chatwire adds one
    // per event for the life of the page and routes it to the current
    // attachment's `report`, so start() after stop() works again.
    const fresh = !routes.has(svc);
    const queued: Partial<Record<string, 1>> = {};
    routes.set(svc, (name, data) => {
      const key = getPath(data, 'liveAgentSessionKey');
      if (name == 'onQueueUpdate' && typeof key == 'string') {
        if (queued['k' + key]) return;
        queued['k' + key] = 1;
      }
      // This attachment's guarded callback, made per call (a closure, nothing registered): no table of them to keep.
      listen(name)(data);
    });
    // Added once per object, after its route is set: each always finds the current one (never two routes, so never two pushes).
    if (fresh) for (const name of Object.keys(salesforce_chat.events)) svc.addEventHandler(name, (data: unknown) => (routes.get(svc) as Report)(name, data));
    log('salesforce_chat', 'handlers added: called only if embedded_svc.init() runs after this');
  },
};
