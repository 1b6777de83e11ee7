import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { windowEvents } from '../lib/windowEvents.js';

const RECEIVED = 'lcw:onMessageReceived';

/**
 * Microsoft Dynamics 365 Contact Center / Omnichannel live chat widget
 * ("Live chat SDK JavaScript API reference", events
 * https://learn.microsoft.com/dynamics365/customer-service/develop/reference/events/lcw-ready and
 * the lcw-* pages beside it). The widget raises window events (`lcw:ready`,
 * `lcw:startChat`, …): many listeners, removable. Its SDK object
 * `Microsoft.Omnichannel.LiveChatWidget.SDK` is there once the widget is ready,
 * so a runtime arriving after `lcw:ready` still reports it loaded.
 */
export const dynamics365: Vendor = {
  id: 'dynamics365',
  global: 'Microsoft.Omnichannel.LiveChatWidget.SDK',
  channel: 'chat',
  // Only a detection trigger: with the name read from `type`, attach reports the ready widget itself.
  wake: 'lcw:ready',
  type: 'type',
  events: {
    'lcw:ready': 'loaded',
    'lcw:onMaximize': 'opened',
    // Minimize collapses the chat to its button (the chat goes on); close ends the widget's session.
    'lcw:onMinimize': 'closed',
    'lcw:onClose': 'closed',
    // "triggered when a chat is started": the customer started one (the startChat() SDK method).
    'lcw:startChat': 'started',
    // "the chat conversation is created and started": in the queue for an agent.
    'lcw:chatQueued': 'agent_requested',
    'lcw:onMessageSent': 'message_sent',
    // messageType "user": an agent's (or bot's) message; "system" ones are status notices, of which
    // the agent accepting the chat is pushed (a payload without messageType counts as a message).
    [RECEIVED]: 'message_received',
    [RECEIVED + ':agentaccepted']: ['agent_joined', { vendor_event: RECEIVED }],
    'lcw:closeChat': 'ended',
    'lcw:error': 'error',
  },
  fields: {},
  attach: (_, listen) => {
    // The SDK object is there once the widget is ready; pushed once per SDK object.
    listen()({ type: 'lcw:ready' });
    return windowEvents(
      Object.keys(dynamics365.events).filter((name) => name != 'lcw:ready' && !/:a/.test(name)),
      listen,
      (event: CustomEvent) => {
        const detail = event.detail;
        const kind = getPath(detail, 'messageType');
        const tags = getPath(detail, 'channelData.tags');
        return {
          type: event.type != RECEIVED || kind != 'system' ? event.type : Array.isArray(tags) && tags.indexOf('agentaccepted') >= 0 ? RECEIVED + ':agentaccepted' : '',
        };
      },
    );
  },
};
