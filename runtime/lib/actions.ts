/**
 * The normalized actions, in the documented order (docs/events.md). The `event`
 * of a push is `eventPrefix + action`; `config.events` filters on these names.
 * Adding one is a contract change: document it in docs/events.md.
 */
export const actions = [
  'loaded',
  'shown',
  'hidden',
  'opened',
  'closed',
  'minimized',
  'restored',
  'started',
  'form_started',
  'form_submitted',
  'lead',
  'question_shown',
  'question_answered',
  'message_sent',
  'message_received',
  'agent_requested',
  'agent_joined',
  'agent_timeout',
  'meeting_booked',
  'completed',
  'cancelled',
  'ended',
  'survey_started',
  'survey_submitted',
  'rating_submitted',
  'video_answered',
  'video_rejected',
  'article_opened',
  'error',
] as const;
