import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

const MESSAGE = 'chat.message';
const SENT = MESSAGE + ':0';
const JOINED = 'chat.memberJoined';

/**
 * Google Cloud's Contact Center AI Platform web SDK version 3 (CCAI Platform,
 * formerly UJET): "Getting started", https://cloud.google.com/contact-center/ccai-platform/docs/web-sdk-v3-guide,
 * and "API reference", .../docs/web-sdk-v3-api-reference. The page loads
 * `https://{your_ccaas_host}web-sdk/v3/widget.js`, which defines `UJET`, and
 * runs `var ccaas = new UJET({ companyId, host, authenticate }); ccaas.mount('#ccaas-widget')`:
 * chatwire finds the instance at `window.ccaas`. "The .on and .off methods are
 * aliases to the headless client's .on and .off": the events are the headless
 * SDK's ("Headless web SDK events", .../docs/headless-web-events). The `ujet`
 * adapter uses this table too, for a v3 instance a site keeps in `window.ujet`.
 */
export const ujet_v3: Vendor = {
  id: 'ujet_v3',
  global: 'ccaas',
  type: 'type',
  events: {
    // "Emit when the client is ready for communication."
    ready: 'loaded',
    // "Emit when there is a new message" (`MessageResponse`): by its `$userType`, the visitor's ('end_user') or
    // anyone else's (agent, virtual agent). The values and the `noti` type of system notices are unconfirmed (see attach).
    [MESSAGE]: 'message_received',
    [SENT]: ['message_sent', { vendor_event: MESSAGE }],
    // "Emit when a new member joins the conversation": only an identity whose `$userType` is 'agent' (unconfirmed).
    [JOINED]: 'agent_joined',
    // Not on the events page as stored (it ends at `chat.dismissed`): listened to after `finishChat()` in public
    // headless clients (unconfirmed). A dismissed chat is not its end: it can be resumed ("Resume a chat").
    'chat.ended': 'ended',
  },
  // `$userId` of an agent's message ("MessageResponse"), `$timestamp` (a `Date`) as ms; `chat` for the chat events.
  fields: { agent_id: 'a', timestamp: 't', channel: 'c' },
  attach: (c, listen) =>
    subscribe(
      Object.keys(ujet_v3.events).filter((name) => name != SENT),
      listen,
      (name, fn) => c.on(name, fn),
      (name, fn) => c.off(name, fn),
      (name, d) => {
        const who = getPath(d, '$userType');
        // Message content, names and emails are never read. A notice (`type: 'noti'`) is no one's message.
        const message = name == MESSAGE && typeof who == 'string' && getPath(d, 'type') != 'noti' ? (who == 'end_user' ? SENT : MESSAGE) : '';
        return {
          type: name != MESSAGE && (name != JOINED || who == 'agent') ? name : message,
          a: message == MESSAGE && getPath(d, '$userId'),
          t: message && Number(getPath(d, '$timestamp')),
          c: name != 'ready' && 'chat',
        };
      },
    ),
};
