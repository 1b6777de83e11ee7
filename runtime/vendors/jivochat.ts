import type { Vendor } from '../types.js';
import { chain } from '../lib/chain.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

const STATE = 'jivo_onChangeState';

/**
 * JivoChat ("Widget API: Callback functions", https://www.jivochat.com/docs/widget/).
 * Jivo calls global functions, one each, that the site may declare
 * (`function jivo_onOpen() {}`). chatwire attaches when the widget's
 * `window.jivo_api` appears and chains each function (never replaces it);
 * chain() re-wraps a function the site declares or assigns later.
 */
export const jivochat: Vendor = {
  id: 'jivochat',
  global: 'jivo_api',
  channel: 'chat',
  // "Executed when JivoChat widget initialization is over": pushed once per jivo_api when chatwire
  // attaches, also when chatwire comes after it; no window event of that name exists.
  ready: 'jivo_onLoadCallback',
  events: {
    // Must stay first: pushed by the core as the ready event, never chained.
    jivo_onLoadCallback: 'loaded',
    jivo_onOpen: 'opened',
    // "Executed when chat window is minimized": the chat window is closed to its label.
    jivo_onClose: 'closed',
    // "When a visitor sends the first message" (only without chat history). No start event is used:
    // jivo_onClientStartChat misses chats the visitor began by answering a proactive invitation,
    // so the core derives `started` just before this first message.
    jivo_onMessageSent: 'message_sent',
    // "A new message from the agent is received". Older copies of the page said "Works only with customLabel"; the
    // current Russian one says it works with the standard chat label as well as a custom one.
    jivo_onMessageReceived: 'message_received',
    // "When a visitor fills the contacts form": the details come from jivo_api.getContactInfo().
    jivo_onIntroduction: 'lead',
    // "When an agent accepts the incoming chat".
    jivo_onAccept: 'agent_joined',
    // The return call the visitor ordered: a phone call, not a chat start. It starts (an agent is on
    // the line), then ends with `{ result }`.
    jivo_onCallStart: ['agent_joined', { channel: 'callback' }],
    jivo_onCallEnd: ['ended', { channel: 'callback' }],
    // State 'call' / 'chat/call': "callback form is opened". The other states repeat onOpen / onClose.
    [STATE]: ['form_started', { channel: 'callback', label: 'callback_form' }],
  },
  fields: { label: 'result', email: 'contact.email', phone: 'contact.phone', lead_type: 'lead_type' },
  attach: (api, listen) =>
    subscribe(
      Object.keys(jivochat.events).slice(1),
      listen,
      // Each callback is a single global slot: chained, so the site's own keeps running.
      (name, fn) => chain(window, name, name == STATE ? (state) => typeof state == 'string' && /call$/.test(state) && fn() : fn),
      undefined,
      (name, arg) => {
        if (name != 'jivo_onIntroduction') return arg;
        const contact = api.getContactInfo();
        return { contact, lead_type: ['email', 'phone'].find((key) => getPath(contact, key)) };
      },
    ),
};
