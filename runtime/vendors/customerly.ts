import type { Vendor } from '../types.js';
import { chain } from '../lib/chain.js';
import { getPath, isObject } from '../lib/getPath.js';
import { log } from '../lib/log.js';

/**
 * Which field the first argument of a callback fills (seed 002): the rest is
 * ignored, answers and messages being personal data. An article fills `label`
 * with its title.
 */
const read: Record<string, string> = {
  onLeadGenerated: 'email',
  onProfilingQuestionAsked: 'label',
  onProfilingQuestionAnswered: 'label',
  onHelpCenterArticleOpened: 'title',
  onTriggerFired: 'widget_id',
};

/** Runs `fn` once the current run of code is over: a microtask, or a timer on a page without `queueMicrotask`. */
const later = (fn: () => void): void => {
  try {
    queueMicrotask(fn);
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
    const busy: Record<string, unknown> = {};
    /**
     * Chains `fn` into one single-slot callback. A slot that cannot be chained
     * (a frozen object, a read-only property) is skipped, not retried:
     * attaching never throws, so a detection check never chains twice.
     */
    const hook = (target: object, name: string, fn: (...args: unknown[]) => void): void => {
      try {
        undo.push(chain(target, name, fn));
      } catch (error) {
        log('customerly', 'not attached:', name, error);
      }
    };
    /** Chains a listener for every event into one callbacks object. */
    const into = (target: object): void => {
      for (const name of Object.keys(customerly.events)) {
        const push = listen(name, (first) => (read[name] == 'title' ? { label: getPath(first, 'title') } : { [read[name]]: first }));
        hook(target, name, (...args) => {
          // The same event through both slots in one go counts once.
          if (busy[name]) return;
          busy[name] = 1;
          later(() => (busy[name] = 0));
          push(...args);
        });
      }
    };
    into(sdk);
    // Runs inside the site's load() call too: never throws. Settings that are no object are ignored, with the debug line.
    const inject = (settings: unknown): void => {
      try {
        let callbacks = (settings as Record<string, unknown>).callbacks;
        // A frozen, sealed or missing callbacks object is replaced by a copy holding the site's functions,
        // chained; a read-only `settings.callbacks` leaves the property callbacks only.
        if (!isObject(callbacks) || !Object.isExtensible(callbacks)) callbacks = (settings as Record<string, unknown>).callbacks = Object.assign({}, callbacks);
        into(callbacks as object);
      } catch (error) {
        log('customerly', 'not attached: settings.callbacks cannot take callbacks, property callbacks only', error);
      }
    };
    const settings = getPath(sdk, 'settings');
    if (isObject(settings)) inject(settings);
    // The runtime came before `load()`: add the callbacks to the settings it will be given.
    // Every load(): the loader keeps the settings of the latest call.
    else if (typeof getPath(sdk, 'load') == 'function') hook(sdk, 'load', inject);
    return () => undo.forEach((fn) => fn());
  },
};
