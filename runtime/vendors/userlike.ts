import type { Vendor } from '../types.js';
import { chain } from '../lib/chain.js';

/**
 * Userlike Website Messenger ("Client tracking API",
 * https://docs.userlike.com/developers/api/client-tracking and
 * https://www.userlike.com/en/public/tutorial/um/api/javascript/tracking).
 * The messenger reports every event to one page-defined global,
 * `userlikeTrackingEvent(event_name, global_ctx, session_ctx)`: a single slot
 * that chatwire chains from the start, so the site's own function (assigned
 * or declared, before or after chatwire) keeps running once with its
 * arguments; chain() re-wraps a function the site declares later.
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
    // The messenger collapses to its button: `closed` (no third state). Older widgets send the misspelt name.
    chat_window_minimized: 'closed',
    chat_window_minimzed: 'closed',
    // "First message sent by contact": once per conversation, by the visitor. (`chat_started`
    // also fires when the contact continues a conversation: not a start.)
    contact_first_message: 'started',
    // "Contact sent a message to operator" / "Operator sent message to contact".
    message_operator_terminating: 'message_sent',
    message_client_terminating: 'message_received',
    pre_survey_show: 'form_started',
    pre_survey_submit: 'form_submitted',
    // The Group Select view asks the contact which team they want.
    group_select_show: ['question_shown', { label: 'group_select' }],
    group_select_submit: ['question_answered', { label: 'group_select' }],
    post_survey_show: 'survey_started',
    post_survey_submit: 'survey_submitted',
    feedback_rating_show: 'survey_started',
    feedback_submit: 'survey_submitted',
    rating_submit: 'rating_submitted',
    error_message: 'error',
  },
  // Context keys seen in public listeners (unconfirmed: Userlike's doc does not describe the contexts).
  fields: {
    widget_id: '1.widget_id',
    visitor_id: '1.client_uuid',
    agent_id: '2.operator_id',
    conversation_id: '2.chat_id',
    session_id: '2.session_id',
  },
  attach: (_win, listen) =>
    chain(
      window,
      'userlikeTrackingEvent',
      listen(undefined, (...args) => args),
    ),
};
