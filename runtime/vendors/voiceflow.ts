import type { Vendor } from '../types.js';
import { getPath, isObject } from '../lib/getPath.js';

const INTERACT = 'voiceflow:interact';

/**
 * Voiceflow web chat ("Web chat API" → Events,
 * https://docs.voiceflow.com/docs/web-chat-api): the widget posts
 * `JSON.stringify({ type: 'voiceflow:…', payload })` to the page window.
 * Anyone can post to a window, so only the page's own origin and
 * `allowedOrigins` count, and other strings are dropped before any parsing.
 * `voiceflow:interact`'s payload is `{ session: { userID, turns, … }, action }`
 * (the widget's published message types, @voiceflow/react-chat).
 */
export const voiceflow: Vendor = {
  id: 'voiceflow',
  // No global to wait for: listening to the window is attaching.
  global: 'window',
  channel: 'chat',
  type: 'type',
  events: {
    'voiceflow:open': 'opened',
    // "The widget was minimized or closed": either way back to the launcher.
    'voiceflow:close': 'closed',
    // One vendor event per visitor action the assistant answered, told apart by `action.type`.
    [INTERACT + ':text']: ['message_sent', { vendor_event: INTERACT }],
    // A button or choice the visitor picked (the business's text, not read).
    [INTERACT]: 'question_answered',
  },
  fields: { visitor_id: 'payload.session.userID' },
  attach: (win, listen, trusted) => {
    const onMessage = listen(undefined, ({ origin, data }: MessageEvent) => {
      // Cheap rejection first: most messages on a page are not Voiceflow's. The widget posts
      // `JSON.stringify({ type: 'voiceflow:…', payload })` (read in @voiceflow/react-chat's build), so a
      // prefix test costs the same for a 10 MB string from another library as for a short one.
      if (!trusted(origin) || (typeof data == 'string' ? !data.startsWith('{"type":"voiceflow:') : !isObject(data))) return;
      const message = typeof data == 'string' ? JSON.parse(data) : data;
      let type = getPath(message, 'type');
      const action = getPath(message, 'payload.action.type');
      // The conversation's launch is the widget's own request, not the visitor's.
      if (type == INTERACT) type = action == 'launch' ? '' : action == 'text' ? INTERACT + ':text' : type;
      return { type, payload: getPath(message, 'payload') };
    });
    win.addEventListener('message', onMessage);
    return () => win.removeEventListener('message', onMessage);
  },
};
