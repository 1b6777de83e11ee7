import type { Channel, Vendor } from '../types.js';
import { getPath, isObject } from '../lib/getPath.js';

/** WidgetClicked's widget `type` → channel (CONTRACT §7). */
const channels: Record<string, Channel> = { Chat: 'chat', CallbackNow: 'callback', CallbackLater: 'callback', ClickToCall: 'call' };

/** Longest string message parsed: CTLive's documented messages carry a few ids; 16 KB is far more than any. */
const MAX_STRING = 16384;

/**
 * Enghouse CTLive (seed 004, "CTLive events"): the library posts
 * `{ name: 'CTLiveEvent', type, object }` to the page window, some builds as a
 * JSON string. Only messages from the page's own origin or an
 * `allowedOrigins` entry count: anyone can post to a window.
 */
export const ctlive: Vendor = {
  id: 'ctlive',
  // No global to wait for: listening to the window is attaching.
  global: 'window',
  type: 'type',
  events: {
    Loaded: 'loaded',
    WidgetShown: 'shown',
    WidgetHidden: 'hidden',
    WidgetClicked: 'opened',
    ChatStarted: 'started',
    ChatOnline: 'agent_joined',
    ChatFinished: 'ended',
    DatacollectionStarted: 'form_started',
    DatacollectionSubmitted: 'form_submitted',
    SurveyStarted: 'survey_started',
    SurveySubmitted: 'survey_submitted',
  },
  fields: {
    widget_id: 'object.widgetID',
    visitor_id: 'object.userID',
    conversation_id: 'object.chatID',
    label: 'object.type',
    channel: 'channel',
  },
  attach: (win, listen, trusted) => {
    const onMessage = listen(undefined, (message: MessageEvent) => {
      if (!trusted(message.origin)) return;
      let data = message.data;
      // Only a short JSON object naming CTLiveEvent can be one: anything else is not parsed (bounded work).
      if (typeof data == 'string') data = data.length <= MAX_STRING && /^\s*\{/.test(data) && data.indexOf('"CTLiveEvent"') > 0 ? JSON.parse(data) : undefined;
      if (!isObject(data) || data.name !== 'CTLiveEvent') return;
      // A type like `constructor` finds a function here, which the envelope turns into null.
      return { type: data.type, object: data.object, channel: channels[getPath(data, 'object.type') as string] };
    });
    win.addEventListener('message', onMessage);
    return () => win.removeEventListener('message', onMessage);
  },
};
