import type { Vendor } from '../types.js';
import { log } from '../lib/log.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Rocket.Chat Livechat widget ("Livechat Widget API",
 * https://developer.rocket.chat/docs/livechat-widget-api). Everything goes
 * through `RocketChat(function () { this.<method>(…) })`: the installation
 * snippet makes `window.RocketChat` a function that queues its callbacks in
 * `RocketChat._` (and sets `RocketChat.url`); the widget script
 * (`<host>/livechat/rocketchat-livechat.min.js`) then calls each queued
 * callback with the widget API as `this`, and replaces `window.RocketChat`
 * with a function that does so at once, carrying the API as
 * `RocketChat.livechat` (the widget's source, packages/livechat/src/widget.ts,
 * and its npm build `@rocket.chat/livechat`: the docs show only the callback
 * form). So chatwire registers the same way before and after the widget
 * script ran. The `on…` methods add a listener each (the source keeps them in
 * an emitter), beside the site's; none can be removed. The widget has no
 * ready event: the core derives `loaded` once the widget script ran.
 */
export const rocketchat: Vendor = {
  id: 'rocketchat',
  global: 'RocketChat',
  channel: 'chat',
  // The snippet's function: it has the queue but not yet the widget API.
  stub: (rc) => !rc.livechat,
  type: 't',
  events: {
    onChatMaximized: 'opened',
    onChatMinimized: 'closed',
    // "Fired when the chat is started (when the first message is sent)."
    onChatStarted: 'started',
    // "Fired when the chat is ended either by the agent or the visitor."
    onChatEnded: 'ended',
    onPrechatFormSubmit: 'form_submitted',
    // The offline form is the visitor leaving a message and an address ({ name, email, message }).
    onOfflineFormSubmit: ['lead', { lead_type: 'email' }],
    onWidgetShown: 'shown',
    onWidgetHidden: 'hidden',
    // { name, username, status } of the agent.
    onAssignAgent: 'agent_joined',
  },
  // Each payload under its event's name, so only the offline form's email is read as one.
  fields: { email: 'onOfflineFormSubmit.email', agent_id: 'onAssignAgent.username', agent_name: 'onAssignAgent.name' },
  attach: (rc, listen) => {
    rc(function (this: Record<string, (fn: unknown) => unknown>) {
      // Runs inside the widget's loop over its queue, with the site's callbacks after it: an API chatwire cannot
      // use must not throw there.
      try {
        subscribe(
          Object.keys(rocketchat.events),
          listen,
          (name, fn) => this[name](fn),
          undefined,
          (name, data) => ({ t: name, [name]: data }),
        );
      } catch (error) {
        log('rocketchat', error);
      }
    });
  },
};
