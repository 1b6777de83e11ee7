import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Gist Messenger ("The Gist JavaScript API" → "Gist JavaScript Events",
 * https://docs.getgist.com/article/28-the-gist-javascript-api, and Gist's own
 * example https://gist.github.com/jittarao/9b2ef36418fb8ef4b6d353ba2419f2d6).
 * The messenger dispatches its events on `document` (data in `event.detail`),
 * so any number of listeners, removable. The install snippet makes
 * `window.gist` an array stub that the script replaces; listening on the
 * document does not depend on it, so the real object is taken over as is.
 */
export const gist: Vendor = {
  id: 'gist',
  global: 'gist',
  channel: 'chat',
  stub: Array.isArray,
  events: {
    gistChatReady: 'loaded',
    'conversation:started': 'started',
    'message:sent': 'message_sent',
    'message:received': 'message_received',
    // Only public GTM listener code shows these (unconfirmed).
    'messenger:opened': 'opened',
    'messenger:closed': 'closed',
    'conversation:feedback': 'rating_submitted',
    'chatbot:fired': 'shown',
    // The visitor picked one of the bot's buttons (the business's text).
    'chatbot:buttonClicked': 'question_answered',
    'article:viewed': 'article_opened',
  },
  // The `detail` shapes are not documented: nothing is read from them.
  fields: {},
  attach: (_, listen) =>
    subscribe(
      Object.keys(gist.events),
      listen,
      (name, fn) => document.addEventListener(name, fn),
      (name, fn) => document.removeEventListener(name, fn),
    ),
};
