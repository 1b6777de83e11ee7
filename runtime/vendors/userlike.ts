import type { Vendor } from '../types.js';
import { chain } from '../lib/chain.js';

/**
 * Userlike Website Messenger ("Client tracking API",
 * https://www.userlike.com/en/public/tutorial/um/api/javascript/tracking).
 * The messenger reports every event to one page-defined global,
 * `userlikeTrackingEvent(event_name, global_ctx, session_ctx)`: a single slot
 * that chatwire chains from the start, so the site's own function (assigned
 * before or after, or declared before) keeps running once with its arguments.
 */
export const userlike: Vendor = {
  id: 'userlike',
  // The callback lives on window, and must be in place before the messenger's first event.
  global: 'window',
  channel: 'chat',
  type: '0',
  events: {
    button_displayed: 'shown',
    chat_window_maximized: 'opened',
    chat_window_minimized: 'minimized',
    // "Chat button clicked by contact to start a conversation": a request for an operator.
    chat_requested: 'agent_requested',
    chat_started: 'started',
    chat_started_proactive: 'started',
    // "Contact sent a message to operator" / "Operator sent message to contact".
    message_operator_terminating: 'message_sent',
    message_client_terminating: 'message_received',
    pre_survey_show: 'form_started',
    pre_survey_submit: 'form_submitted',
    post_survey_show: 'survey_started',
    post_survey_submit: 'survey_submitted',
    feedback_rating_show: 'survey_started',
    feedback_submit: 'survey_submitted',
    rating_submit: 'rating_submitted',
    error_message: 'error',
  },
  // The contexts' contents are not documented: nothing is read from them.
  fields: {},
  attach: (_win, listen) => chain(window, 'userlikeTrackingEvent', listen(undefined, (...args) => args)),
};
