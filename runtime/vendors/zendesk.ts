import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { log } from '../lib/log.js';
import { ATTACHED, registering, rises } from '../lib/derive.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Which API family the page's widget speaks, `webWidget` (Classic) or
 * `messenger` (Messaging), from the widget bundle Zendesk's snippet added
 * (`static.zdassets.com/web_widget/messenger/…` for Messaging, another
 * `…/web_widget/…` for Classic: unconfirmed, Zendesk documents no API to tell
 * them apart) or Classic's documented `zESettings.webWidget`; both when
 * neither shows.
 */
const family = (): string => {
  const src = ([] as HTMLScriptElement[]).map.call(document.scripts, (script: HTMLScriptElement) => script.src).join(' ');
  const zd = 'zdassets.com/web_widget/';
  return src.includes(zd + 'messenger') ? 'messenger' : src.includes(zd) || getPath(window, 'zESettings.webWidget') ? 'webWidget' : 'webWidget messenger';
};

const CONNECTED = 'webWidget:chat:connected';

/** How many times chatwire found a widget of a known family on this page: its `loaded` is pushed at the first (see `attach`). */
let found = 0;

/**
 * Zendesk Web Widget (Classic) and the Messaging Web Widget: one global
 * `zE(command, …)` for both. Classic: `zE('webWidget:on', name, fn)`
 * (developer.zendesk.com/api-reference/widget/core, …/widget/chat), with
 * `userEvent` carrying `{ category, action, properties }`. Messaging:
 * `zE('messenger:on', name, fn)`, which returns an unsubscribe
 * (developer.zendesk.com/api-reference/widget-messaging/web/events).
 * Both APIs have `open` / `close`, so the table keys carry the command's
 * prefix (`webWidget:open`, `messenger:open`); `userEvent` actions are keyed
 * by the action string Zendesk documents (`Chat Served by Operator`).
 */
export const zendesk: Vendor = {
  id: 'zendesk',
  global: 'zE',
  channel: 'chat',
  events: {
    'webWidget:open': 'opened',
    'webWidget:close': 'closed',
    // "Fires when the chat connection is established": the chat part of the widget is ready. It "runs whenever chat
    // first connects (or reconnects)" (Zendesk's help article 4408837638938): the core pushes the first only. Classic's
    // `loaded` only on a page whose family chatwire cannot tell (see attach): a widget without chat never connects, and
    // a chatwire that comes after the connection (the GTM order) does not hear it.
    [CONNECTED]: 'loaded',
    'webWidget:chat:start': 'started',
    'webWidget:chat:end': 'ended',
    'webWidget:chat:unreadMessages': 'message_received',
    // userEvent actions ("on userEvent" table); the rest repeat the events above or are views.
    'Chat Served by Operator': 'agent_joined',
    'Chat Rating Good': ['rating_submitted', { label: 'good' }],
    'Chat Rating Bad': ['rating_submitted', { label: 'bad' }],
    'Chat Request Form Submitted': 'form_submitted',
    'Contact Form Shown': 'form_started',
    'Contact Form Submitted': 'form_submitted',
    'Help Center Article Viewed': 'article_opened',
    'Answer Bot Article Viewed': 'article_opened',
    'Talk Callback Request Submitted': ['form_submitted', { channel: 'callback' }],
    // "when … a conversation begins" (Messaging events guide). This name and the two below, with their
    // `payload.conversation.id`, are unconfirmed: seen in two third-party wrappers' code, not in the stored guide.
    'messenger:conversationStarted': ['started', { channel: 'messaging' }],
    'messenger:conversationWithAgentRequested': ['agent_requested', { channel: 'messaging' }],
    'messenger:conversationAgentAssigned': ['agent_joined', { channel: 'messaging' }],
    // A bot's postback button the visitor clicked (unconfirmed, as above; its payload is not typed there).
    'messenger:postbackButtonClicked': ['question_answered', { channel: 'messaging' }],
    'messenger:open': ['opened', { channel: 'messaging' }],
    'messenger:close': ['closed', { channel: 'messaging' }],
    'messenger:unreadMessages': ['message_received', { channel: 'messaging' }],
    'messenger:proactiveMessageDisplayed': ['shown', { channel: 'messaging' }],
    // Neither family has an event for the widget being ready (Classic's chat:connected is the chat's connection, see
    // above): on a page whose family chatwire can tell, finding `zE` stands in for one, the `loaded` the core derives
    // for every vendor without one (docs/events.md). Keyed by family, never subscribed to (no `:`).
    webWidget: ['loaded', { vendor_event: ATTACHED }],
    messenger: ['loaded', { channel: 'messaging', vendor_event: ATTACHED }],
  },
  // Classic userEvent objects as they come; the other callbacks' arguments are shaped like them (see attach).
  type: 'action',
  fields: { label: 'properties.name', agent_name: 'properties.agent', conversation_id: 'conversation.id' },
  attach: (zE, listen) => {
    // The snippet's queueing `zE` (before `zEACLoaded`) cannot say which widget will come: chatwire
    // subscribes to the real `zE` that replaces it, found at the widget script's load. `zEACLoaded` is
    // undocumented: snippet.js's shipped code sets it when its configuration arrives, just before it adds
    // the widget bundle (unconfirmed); a check in between subscribes through the queue, which the bundle
    // replays, and again on the real `zE` (those replayed callbacks then belong to the replaced attachment).
    if (!getPath(window, 'zEACLoaded')) return log('zendesk', 'waiting for the widget');
    const families = family();
    // Once per page: the snippet's queueing `zE` (chatwire attached in snippet.js's shipped order, see above), the real
    // one that replaces it and a re-mount's new queue are one widget to the visitor, though three objects to the core.
    if (!/ /.test(families) && !found++) listen()({ action: families });
    // 'webWidget:chat:start' → zE('webWidget:on', 'chat:start', fn); userEvent actions have no prefix and
    // come through 'webWidget:userEvent'.
    const split = (name: string): string[] => name.split(/:(.*)/);
    // Classic's report on registration is a baseline (registering), also after start().
    return registering(() =>
      subscribe(
        Object.keys(zendesk.events)
          .concat('webWidget:userEvent')
          .filter((name) => split(name)[1] && families.includes(split(name)[0])),
        listen,
        // Messaging returns an unsubscribe function, which subscribe() keeps; classic callbacks cannot be removed.
        (name, fn) => zE(split(name)[0] + ':on', split(name)[1], fn),
        undefined,
        (name, arg) => {
          if (/userEvent/.test(name)) return arg;
          // No message event: a rise of the unread count stands in for a received message; the count is the
          // label. Classic reports the current count on registration (the baseline); Messaging documents
          // only changes, so its count starts from 0.
          const unread = /unread/.test(name);
          return {
            action: (unread ? rises(zE, name, arg, /^m/.test(name) ? 0 : undefined) : name != CONNECTED || !found) ? name : '',
            properties: unread && { name: arg },
            // Only the conversation of Messaging's payload: nothing else in it (shape unconfirmed) can reach a field.
            conversation: getPath(arg, 'payload.conversation'),
          };
        },
      ),
    );
  },
};
