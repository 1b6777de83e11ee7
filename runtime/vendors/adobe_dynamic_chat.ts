import type { Vendor } from '../types.js';
import { has } from '../lib/getPath.js';

/**
 * Adobe Marketo Dynamic Chat (seed 000, "Callback Functions").
 * `window.AdobeDX.addListener(AdobeDX.Enum.Events[NAME], cb)` once the
 * `adobedx.conversations.ready` window event fired; callbacks get an event
 * whose `data.payload` holds the conversation metadata. The event values are
 * looked up through `Enum.Events`, never hard-coded: Adobe documents only the keys.
 */
export const adobe_dynamic_chat: Vendor = {
  id: 'adobe_dynamic_chat',
  global: 'AdobeDX',
  channel: 'chat',
  ready: 'adobedx.conversations.ready',
  events: {
    'adobedx.conversations.ready': 'loaded',
    CONVERSATION_TRIGGERED: 'shown',
    CONVERSATION_ENGAGED: 'started',
    CONVERSATION_COMPLETED: 'completed',
    CONVERSATION_CLOSED: 'closed',
    // The docs give no field with the value itself: lead_type only, in every privacy mode.
    CONVERSATION_INPUT_PHONE: ['lead', { lead_type: 'phone' }],
    CONVERSATION_INPUT_EMAIL: ['lead', { lead_type: 'email' }],
    CONVERSATION_MEETING_BOOKED: 'meeting_booked',
    CONVERSATION_LIVE_CHAT_REQUESTED: 'agent_requested',
    CONVERSATION_LIVE_CHAT_INITIATED: 'agent_joined',
    CONVERSATION_LIVE_CHAT_ENDED: 'ended',
    CONVERSATION_LIVE_CHAT_REQUEST_TIMEOUT: 'agent_timeout',
  },
  // The metadata tables of the doc: payload.id / name / type / uiType / sid / agentID / agentName.
  fields: {
    widget_id: 'data.payload.id',
    widget_name: 'data.payload.name',
    widget_type: 'data.payload.type',
    ui_type: 'data.payload.uiType',
    session_id: 'data.payload.sid',
    agent_id: 'data.payload.agentID',
    agent_name: 'data.payload.agentName',
  },
  // No removeListener is documented: after stop() the core ignores these callbacks.
  attach: (dx, listen) => {
    const values = dx.Enum.Events;
    for (const key of Object.keys(adobe_dynamic_chat.events)) {
      if (has(values, key)) dx.addListener(values[key], listen(key));
    }
  },
};
