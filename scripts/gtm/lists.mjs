// The lists the template, the container and the docs share, each taken from
// its one source: the vendor ids and actions from the runtime's registry, the
// chat keys from the runtime's chatKeys (compiled by tsc to build/tsc), the
// vendor names from docs/vendors/<id>.md, the action texts from docs/events.md.
import { read, root } from './read.mjs';

const load = (path) => import(new URL(`build/tsc/runtime/${path}`, root).href);
const { registry } = await load('registry.js');
const { actions } = await load('lib/actions.js');
const { sentActions } = await load('lib/sentActions.js');
const { chatKeys } = await load('lib/toPush.js');

/** package.json's version. */
export const version = JSON.parse(read('package.json')).version;

/** The supported vendor ids, in registry order. */
export const VENDORS = registry.map((vendor) => vendor.id);

/** The actions the vendors send, in the contract's order. */
export const ACTIONS = actions.filter((action) => sentActions(registry).includes(action));

/** Every key of the pushed `chat` object (CONTRACT §4), in order. */
export const CHAT_KEYS = [...chatKeys];

/** The longest prefix that keeps every event name within GA4's 40 characters. */
export const MAX_PREFIX = 40 - Math.max(...ACTIONS.map((action) => action.length));

/** Consent Mode's consent types, as GTM names them. */
export const CONSENT_TYPES = ['analytics_storage', 'ad_storage', 'ad_user_data', 'ad_personalization', 'functionality_storage', 'personalization_storage', 'security_storage'];

/** "# SmartAgent (`smartagent`)" in docs/vendors/<id>.md names the vendor. */
export const vendorName = (id) =>
  read(`docs/vendors/${id}.md`)
    .split('\n')[0]
    .replace(/^#\s*/, '')
    .replace(/\s*\(`.*$/, '');

/**
 * The line of docs/vendors/<id>.md that starts with `> **In GTM:** ` (a
 * limitation a marketer must know), as plain text; undefined when there is none.
 */
export const vendorGtmNote = (id) => {
  const line = read(`docs/vendors/${id}.md`)
    .split('\n')
    .find((text) => text.startsWith('> **In GTM:** '));
  return line && line.slice('> **In GTM:** '.length).replace(/`/g, '').replace(/\*\*/g, '').trim();
};

/** The action groups of the tag screen, in a marketer's words, in order. */
export const ACTION_GROUPS = ['Widget', 'Conversation', 'Leads and forms', 'Agent', 'Survey and rating'];

/**
 * Every action in marketer's words: [group, label, help]. The label is what the
 * tag screen shows beside the event name; the help reads on its own. The one
 * place these texts live: the template and docs/gtm.md are generated from it.
 */
export const ACTION_TEXT = {
  loaded: ['Widget', 'Chat widget loaded', 'The widget is ready on the page: once per page view and widget. Per-page noise for most reports, hence off by default.'],
  shown: ['Widget', 'Launcher shown', 'The chat launcher or a bot teaser became visible to the visitor. Per-page noise for most reports, hence off by default.'],
  hidden: ['Widget', 'Launcher hidden', 'The chat launcher was hidden again.'],
  opened: ['Widget', 'Chat window opened', 'The visitor opened the chat window.'],
  closed: ['Widget', 'Chat window closed', 'The visitor closed the chat window or collapsed it to its launcher.'],
  minimized: ['Widget', 'Chat window minimized', 'Only widgets with a separate minimized state send this; the others send Chat window closed.'],
  restored: ['Widget', 'Chat window restored', 'The visitor brought a minimized chat window back.'],
  article_opened: ['Widget', 'Help article opened', 'The visitor opened a help-center article in the widget; chat.label holds its title.'],
  error: ['Widget', 'Widget error', 'The widget reported an error, for example a chat it could not start.'],
  started: ['Conversation', 'Conversation started', 'The visitor started a conversation: once per conversation. A good GA4 key event.'],
  message_sent: ['Conversation', 'Message sent by the visitor', 'One event per message the visitor sends. The text itself is never pushed.'],
  message_received: ['Conversation', 'Message received by the visitor', 'One event per message from an agent or a bot.'],
  ended: ['Conversation', 'Conversation ended', 'The conversation was closed by the visitor, the agent or the widget.'],
  completed: ['Conversation', 'Bot flow completed', 'The visitor reached the successful end of a bot or chat flow.'],
  cancelled: ['Conversation', 'Flow abandoned', 'The visitor left a bot flow or a form before its end.'],
  form_started: ['Leads and forms', 'Form started', 'The visitor started filling in a pre-chat, callback or data-collection form.'],
  form_submitted: ['Leads and forms', 'Form submitted', 'The visitor submitted a pre-chat, callback or data-collection form. What they typed is never pushed.'],
  lead: [
    'Leads and forms',
    'Contact details given',
    'The visitor gave an email address or phone number; chat.lead_type says which. The container sends it to GA4 as generate_lead.',
  ],
  question_shown: ['Leads and forms', 'Qualifying question shown', 'The widget asked the visitor a qualifying question.'],
  question_answered: ['Leads and forms', 'Qualifying question answered', 'The visitor answered a qualifying question; chat.label says which question, never the answer.'],
  meeting_booked: ['Leads and forms', 'Meeting booked', 'The visitor booked a meeting through the chat.'],
  agent_requested: ['Agent', 'Human agent requested', 'The visitor asked for a person, or was put in the queue for one.'],
  agent_joined: ['Agent', 'Agent joined', 'A human agent joined the conversation.'],
  agent_timeout: ['Agent', 'No agent answered in time', 'The visitor waited for an agent and nobody answered in time.'],
  video_answered: ['Agent', 'Video call answered', 'The visitor answered a video call from an agent.'],
  video_rejected: ['Agent', 'Video call declined', 'The visitor declined a video call from an agent.'],
  survey_started: ['Survey and rating', 'Survey started', 'The visitor started the survey shown after a chat.'],
  survey_submitted: ['Survey and rating', 'Survey submitted', 'The visitor submitted the survey shown after a chat.'],
  rating_submitted: ['Survey and rating', 'Conversation rated', 'The visitor rated the conversation.'],
};
for (const action of ACTIONS) {
  if (!ACTION_TEXT[action]) throw new Error(`scripts/gtm/lists.mjs: ACTION_TEXT has no words for the action ${action}`);
}

/** Actions left out of the container's tag and the template's defaults: every page view with a widget sends them. */
export const NOISY_ACTIONS = ['loaded', 'shown'];

/**
 * The vendors that can send an action: those whose events table maps to it,
 * plus the core's derived events (COMMON.md convention, issue 10): `loaded`
 * for every vendor (pushed at attach when the table has no ready event), and
 * `started` for every vendor that sends `message_sent`.
 */
export const vendorsSending = (action) =>
  registry
    .filter((vendor) => {
      const sends = (name) => Object.values(vendor.events).some((spec) => [].concat(spec)[0] === name);
      return action === 'loaded' || sends(action) || (action === 'started' && sends('message_sent'));
    })
    .map((vendor) => vendor.id);
