import type { Vendor } from '../types.js';
import { chain } from '../lib/chain.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * JivoChat ("Widget API: Callback functions", https://www.jivochat.com/docs/widget/).
 * Jivo calls global functions, one each, that the site may declare
 * (`function jivo_onOpen() {}`). chatwire attaches when the widget's
 * `window.jivo_api` appears: by then the page's own scripts have declared
 * their callbacks, which chatwire chains (never replaces).
 */
export const jivochat: Vendor = {
  id: 'jivochat',
  global: 'jivo_api',
  channel: 'chat',
  // "Executed when JivoChat widget initialization is over": pushed once per jivo_api when chatwire
  // attaches, also when chatwire comes after it; no window event of that name exists.
  ready: 'jivo_onLoadCallback',
  events: {
    jivo_onLoadCallback: 'loaded',
    jivo_onOpen: 'opened',
    // "Executed when chat window is minimized": the chat window is closed to its label.
    jivo_onClose: 'closed',
    // "Initiated by a client, and there was no proactive invitation shown".
    jivo_onClientStartChat: 'started',
    // "When a visitor sends the first message".
    jivo_onMessageSent: 'message_sent',
    // "A new message from the agent is received. Works only with customLabel".
    jivo_onMessageReceived: 'message_received',
    // "When a visitor fills the contacts form": the details come from jivo_api.getContactInfo().
    jivo_onIntroduction: 'lead',
    // "When an agent accepts the incoming chat".
    jivo_onAccept: 'agent_joined',
    // The callback (return call) the visitor ordered: started, then ended with `{ result }`.
    jivo_onCallStart: ['started', { channel: 'callback' }],
    jivo_onCallEnd: ['ended', { channel: 'callback' }],
  },
  fields: { label: 'result', email: 'contact.email', phone: 'contact.phone', lead_type: 'lead_type' },
  attach: (api, listen) =>
    subscribe(
      Object.keys(jivochat.events).filter((name) => name != jivochat.ready),
      listen,
      // Each callback is a single global slot: chained, so the site's own keeps running.
      (name, fn) => chain(window, name, fn),
      undefined,
      (name, arg) => {
        if (name != 'jivo_onIntroduction') return arg;
        const contact = api.getContactInfo();
        return { contact, lead_type: getPath(contact, 'email') ? 'email' : getPath(contact, 'phone') ? 'phone' : null };
      },
    ),
};
