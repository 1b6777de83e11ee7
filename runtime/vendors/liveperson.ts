import type { Vendor } from '../types.js';
import { getPath } from '../lib/getPath.js';
import { subscribe } from '../lib/subscribe.js';

const STATE = 'lpUnifiedWindow:state';
const CLICK = 'LP_OFFERS:OFFER_CLICK';

/**
 * LivePerson Conversational Cloud, the Web Tag's events ("Event binding",
 * https://developers.liveperson.com/web-tag-events-event-binding.html; "Events",
 * https://developers.liveperson.com/web-tag-events-events.html).
 * `lpTag.events.bind(appName, eventName, fn(data, info))`, several listeners
 * per event. The tag snippet's `lpTag.events` (`bind` and `trigger` only,
 * deferring through `lpTag.defer`; the snippet is generated per account and
 * not on these pages: known from public copies) holds `bind` calls until the
 * tag puts its own events object in place and runs them, so chatwire can
 * bind before the tag loads.
 * The embedded window's `state` event carries the chat state, whose meanings
 * are those of LivePerson's chat states
 * (https://developers.liveperson.com/javascript-chat-sdk-chat-states.html).
 */
export const liveperson: Vendor = {
  id: 'liveperson',
  global: 'lpTag.events',
  // The snippet's events object has no hasFired (the loaded tag's has).
  stub: (ev) => typeof ev.hasFired != 'function',
  type: 'type',
  events: {
    // An engagement (button, invitation) clicked: the window opens (event name from listener code: unconfirmed).
    [CLICK]: 'opened',
    // The pre-chat survey, the queue ("waiting for chat"), an agent accepting, the end, the post-chat survey.
    [STATE + ':preChat']: ['form_started', { vendor_event: STATE }],
    [STATE + ':waiting']: ['agent_requested', { vendor_event: STATE }],
    [STATE + ':chatting']: ['agent_joined', { vendor_event: STATE }],
    [STATE + ':ended']: ['ended', { vendor_event: STATE }],
    [STATE + ':postChat']: ['survey_started', { vendor_event: STATE }],
  },
  fields: { label: 's.state', widget_id: 'o.engagementId', widget_name: 'o.engagementName' },
  attach: (ev, listen) => {
    subscribe(
      [STATE, CLICK],
      listen,
      (name, fn) => ev.bind(name.split(':')[0], name.split(':')[1], fn),
      undefined,
      (name, data) => (name == STATE ? { type: STATE + ':' + String(getPath(data, 'state')), s: data } : { type: name, o: data }),
    );
  },
};
