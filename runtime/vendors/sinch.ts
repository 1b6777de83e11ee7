import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Sinch Chat web widget ("Chat Widget events",
 * https://developers.sinch.com/docs/sinch-chat/getting-started/webchat/events):
 * `SinchSdk.Chat.addEventListener(name, fn)`. The lowercase names
 * (`chatend`, …) are deprecated; only the camelCase ones are subscribed, so
 * a widget that still sends both is not counted twice. Payloads are not
 * documented: nothing is read from them.
 */
export const sinch: Vendor = {
  id: 'sinch',
  global: 'SinchSdk.Chat',
  channel: 'chat',
  events: {
    // "Issued when a user token is assigned": the widget is ready to chat (the doc sends its first message here).
    token: 'loaded',
    open: 'opened',
    close: 'closed',
    // The pre-chat form.
    submitInitialForm: 'form_submitted',
    agentJoined: 'agent_joined',
    chatEnd: 'ended',
    // "Issued when a choice button is selected": the visitor picked one of the options a message offered. Its payload
    // (undocumented) may hold the choice, which is the visitor's answer: nothing is read.
    'choiceSelect:text': 'question_answered',
  },
  fields: {},
  attach: (chat, listen) =>
    subscribe(
      Object.keys(sinch.events),
      listen,
      (name, fn) => chat.addEventListener(name, fn),
      // Not documented; used when the widget has it.
      (name, fn) => typeof chat.removeEventListener == 'function' && chat.removeEventListener(name, fn),
    ),
};
