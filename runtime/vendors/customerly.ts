import type { Vendor } from '../types.js';
import { chain } from '../lib/chain.js';
import { getPath, isObject } from '../lib/getPath.js';

/** Which argument of a callback carries what (seed 002): the rest is ignored, answers and messages being personal data. */
const read: Record<string, (first: unknown) => unknown> = {
  onLeadGenerated: (email) => ({ email }),
  onProfilingQuestionAsked: (attribute) => ({ label: attribute }),
  onProfilingQuestionAnswered: (attribute) => ({ label: attribute }),
  onHelpCenterArticleOpened: (article) => ({ label: getPath(article, 'title') }),
};

/**
 * Customerly live chat (seed 002, "Receiving Information from Customerly Live
 * Chat"). Callbacks live in the settings of `customerly.load({ callbacks })`;
 * newer SDKs also call property callbacks (`customerly.onChatOpened = fn`).
 * Both are single slots: chatwire chains its listener into each, so the
 * site's own callbacks keep running once with their arguments, and a call
 * arriving through both slots for one event is pushed once.
 */
export const customerly: Vendor = {
  id: 'customerly',
  global: 'customerly',
  channel: 'chat',
  events: {
    onChatOpened: 'opened',
    onChatClosed: 'closed',
    onNewConversation: 'started',
    onLeadGenerated: ['lead', { lead_type: 'email' }],
    onProfilingQuestionAsked: 'question_shown',
    onProfilingQuestionAnswered: 'question_answered',
    onRealtimeVideoAnswered: ['video_answered', { channel: 'video' }],
    onRealtimeVideoRejected: ['video_rejected', { channel: 'video' }],
    onHelpCenterArticleOpened: 'article_opened',
  },
  fields: { email: 'email', label: 'label' },
  attach: (sdk, listen) => {
    const undo: (() => void)[] = [];
    const busy: Record<string, boolean> = {};
    const handlers: Record<string, (...args: unknown[]) => void> = {};
    for (const name of Object.keys(customerly.events)) {
      const push = listen(name, read[name]);
      handlers[name] = (...args) => {
        // The same event through both slots in one go counts once.
        if (busy[name]) return;
        busy[name] = true;
        void Promise.resolve().then(() => (busy[name] = false));
        push(...args);
      };
      undo.push(chain(sdk, name, handlers[name]));
    }
    const inject = (settings: unknown): void => {
      if (!isObject(settings)) return;
      if (!isObject(settings.callbacks)) settings.callbacks = {};
      for (const name of Object.keys(handlers)) undo.push(chain(settings.callbacks, name, handlers[name]));
    };
    if (isObject(sdk.settings)) inject(sdk.settings);
    else if (typeof sdk.load == 'function') {
      // The runtime came before `load()`: add the callbacks to the settings it will be given.
      // Every load(): the loader keeps the settings of the latest call.
      undo.push(chain(sdk, 'load', inject));
    }
    return () => undo.forEach((fn) => fn());
  },
};
