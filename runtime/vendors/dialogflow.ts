import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { windowEvents } from '../lib/windowEvents.js';

const OPEN = 'df-chat-open-changed';

/**
 * Dialogflow CX Messenger ("Dialogflow CX Messenger JavaScript events",
 * https://cloud.google.com/dialogflow/cx/docs/concept/integration/dialogflow-messenger/javascript-events):
 * the `<df-messenger>` element dispatches window events, data in `event.detail`:
 * many listeners, removable. There is no global to wait for.
 */
export const dialogflow: Vendor = {
  id: 'dialogflow',
  global: 'window',
  channel: 'chat',
  type: 'type',
  events: {
    'df-messenger-loaded': 'loaded',
    // One event, two actions: `detail.isOpen` true or false.
    [OPEN]: 'opened',
    [OPEN + ':0']: ['closed', { vendor_event: OPEN }],
    'df-user-input-entered': 'message_sent',
    // One agent response, however many messages it holds.
    'df-response-received': 'message_received',
    // Rich-content choices the visitor clicked. The events page's summary names `df-button-clicked` among its "user
    // interaction events"; the other two names come from sites' code (unconfirmed).
    'df-chip-clicked': 'question_answered',
    'df-button-clicked': 'question_answered',
    'df-list-element-clicked': 'question_answered',
    // "Events such as df-messenger-error, df-session-expired, and df-session-ended provide status and error
    // information" (the events page's summary). An expired session is a session ended by a timeout.
    'df-messenger-error': 'error',
    'df-session-ended': 'ended',
    'df-session-expired': 'ended',
  },
  fields: {},
  attach: (_, listen) =>
    windowEvents(
      Object.keys(dialogflow.events).filter((name) => !/:0/.test(name)),
      listen,
      (event: CustomEvent) => {
        const open = getPath(event.detail, 'isOpen');
        return { type: event.type != OPEN ? event.type : open === true ? OPEN : open === false ? OPEN + ':0' : '' };
      },
    ),
};
