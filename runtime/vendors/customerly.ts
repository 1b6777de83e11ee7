import type { Vendor } from '../types.js';
import { chain } from '../lib/chain.js';
import { getPath, isObject } from '../lib/getPath.js';
import { log } from '../lib/log.js';

/** Which argument of a callback carries what (seed 002): the rest is ignored, answers and messages being personal data. */
const read: Record<string, (first: unknown) => unknown> = {
  onLeadGenerated: (email) => ({ email }),
  onProfilingQuestionAsked: (attribute) => ({ label: attribute }),
  onProfilingQuestionAnswered: (attribute) => ({ label: attribute }),
  onHelpCenterArticleOpened: (article) => ({ label: getPath(article, 'title') }),
  onTriggerFired: (triggerId) => ({ widget_id: triggerId }),
};

/**
 * Chains `listener` into one single-slot callback. A slot that cannot be
 * chained (a frozen object, a read-only property) is skipped, not retried:
 * attaching never throws, so a detection check never chains twice.
 * @returns undo, or nothing when the slot was skipped
 */
const tryChain = (target: object, name: string, listener: (...args: unknown[]) => void): (() => void) | undefined => {
  try {
    return chain(target, name, listener);
  } catch (error) {
    log('customerly', 'not attached:', name, error);
    return undefined;
  }
};

/** Runs `fn` once the current run of code is over: a microtask, or a timer on a page whose Promise has no `resolve`. */
const later = (fn: () => void): void => {
  try {
    void Promise.resolve().then(fn);
  } catch {
    try {
      setTimeout(fn);
    } catch {
      fn();
    }
  }
};

/**
 * Customerly live chat (seed 002, "Receiving Information from Customerly Live
 * Chat", https://docs.customerly.io/api/receiving-information-from-customerly-live-chat).
 * Callbacks live in the settings of `customerly.load({ callbacks })`; newer
 * SDKs also call property callbacks (`customerly.onChatOpened = fn`: what
 * Customerly's own react-live-chat-customerly `registerCallback` sets).
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
    // react-live-chat-customerly's README: "a chat trigger message is received by the customer", with its triggerId.
    onTriggerFired: 'shown',
    // Customerly's iOS SDK (github.com/customerly/CustomerlyiOSSDK) sets this property callback on the web
    // messenger: "Called when the messenger is initialized". Unconfirmed in the web docs.
    onMessengerInitialized: 'loaded',
  },
  fields: { email: 'email', label: 'label', widget_id: 'widget_id' },
  attach: (sdk, listen) => {
    const undo: (() => void)[] = [];
    const busy: Record<string, boolean> = {};
    const handlers: Record<string, (...args: unknown[]) => void> = {};
    /** Chains every handler into one callbacks object; a slot that refuses is skipped. */
    const into = (target: object): void => {
      for (const name of Object.keys(handlers)) {
        const back = tryChain(target, name, handlers[name]);
        if (back) undo.push(back);
      }
    };
    for (const name of Object.keys(customerly.events)) {
      const push = listen(name, read[name]);
      handlers[name] = (...args) => {
        // The same event through both slots in one go counts once.
        if (busy[name]) return;
        busy[name] = true;
        later(() => (busy[name] = false));
        push(...args);
      };
    }
    into(sdk);
    // Runs inside the site's load() call too: never throws.
    const inject = (settings: unknown): void => {
      try {
        if (!isObject(settings)) return;
        let callbacks = settings.callbacks;
        // A frozen, sealed or missing callbacks object is replaced by a copy holding the site's functions,
        // chained; a read-only `settings.callbacks` leaves the property callbacks only.
        if (!isObject(callbacks) || !Object.isExtensible(callbacks)) callbacks = settings.callbacks = Object.assign({}, callbacks);
        into(callbacks);
      } catch (error) {
        log('customerly', 'not attached: settings.callbacks cannot take callbacks, property callbacks only', error);
      }
    };
    const settings = getPath(sdk, 'settings');
    if (isObject(settings)) inject(settings);
    else if (typeof getPath(sdk, 'load') == 'function') {
      // The runtime came before `load()`: add the callbacks to the settings it will be given.
      // Every load(): the loader keeps the settings of the latest call.
      const back = tryChain(sdk, 'load', inject);
      if (back) undo.push(back);
    }
    return () => undo.forEach((fn) => fn());
  },
};
