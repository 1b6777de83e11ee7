import type { Action, ChatEvent, ChatPush, ChatwireConfig, Config, Fields, Listen, Vendor } from './types.js';
import { createDedupe } from './lib/createDedupe.js';
import { ATTACHED, FIRST_MESSAGE, maps, starts } from './lib/derive.js';
import { chain } from './lib/chain.js';
import { getPath, has, isObject } from './lib/getPath.js';
import { log, setDebug } from './lib/log.js';
import { readConfig } from './lib/readConfig.js';
import { sentActions } from './lib/sentActions.js';
import { toPush } from './lib/toPush.js';
import { watchScripts } from './lib/watchScripts.js';
import { registry } from './registry.js';

declare const __CHATWIRE_VERSION__: string;

/** The public API, also found at `window.chatwire`. */
export interface Chatwire {
  /** The package version of this runtime. */
  version: string;
  /** The supported vendor ids. */
  vendors: string[];
  /** Starts listening, or replaces the configuration of a running runtime. */
  start(config?: ChatwireConfig): void;
  /** Detaches everything it can and stops pushing. */
  stop(): void;
}

declare global {
  interface Window {
    /** The runtime (CONTRACT §2); the first copy loaded on the page. */
    chatwire?: Chatwire;
    /** Read by the classic script when it starts itself (CONTRACT §3). */
    chatwireConfig?: ChatwireConfig;
  }
}

/** The package version of this runtime build. */
export const version: string = __CHATWIRE_VERSION__;

/** The supported vendor ids, in registry order. */
export const vendors: string[] = registry.map((vendor) => vendor.id);

/** The actions the supported vendors send: what `config.events` can usefully list, and its default. */
const sent = sentActions(registry);

/** One subscription to one vendor object; replaced when the vendor's global changes. */
interface Attachment {
  target: object;
  detach?: () => void;
}

/** Replays are keyed on what the event says, so the cap bounds a long-lived page's memory. */
const isNew = createDedupe(1000);

let config: Config | undefined;
let attachments: Record<string, Attachment> = {};
let unwatch: (() => void) | undefined;
/**
 * Which attachment pushed each ready event of a vendor object (CONTRACT §2:
 * never pushed twice). A vendor that replays its ready event to every new
 * subscriber (LiveChat's `ready`, Intercom's `ready` once booted), or a loaded
 * state read again, does not load the widget again after `stop()`/`start()`.
 */
const announced = new WeakMap<object, Record<string, Attachment>>();
/** Owners of chained ready hooks, and how to undo each chaining. */
let hooked: object[] = [];
let unhook: (() => void)[] = [];

/** Pushes one normalized event; a dataLayer whose push throws is the site's problem, never the vendor's. */
const send = (push: ChatPush): void => {
  const layers = window as unknown as Record<string, { push(value: unknown): unknown } | undefined>;
  const name = (config as Config).dataLayerName;
  const layer = (layers[name] = layers[name] || ([] as unknown[]));
  log('push', push);
  try {
    layer.push(push);
  } catch (error) {
    log('push', error);
  }
};

/**
 * Conversations each vendor had a `started` derived for (see `starts`). Kept
 * per vendor for the page's life, so neither `stop()`/`start()` nor a
 * re-attach derives a conversation's start twice.
 */
const begun: Record<string, Record<string, 1>> = {};

/** Turns one vendor event into a push through the adapter's tables (CONTRACT §4, §7). */
const handle = (vendor: Vendor, vendorEvent: unknown, payload: unknown, attachment: Attachment): void => {
  const spec = typeof vendorEvent == 'string' && has(vendor.events, vendorEvent) ? vendor.events[vendorEvent] : undefined;
  log(vendor.id, vendorEvent);
  if (!spec) return;
  const [action, fixed] = ([] as unknown[]).concat(spec) as [Action, Fields?];
  const fields: Fields = { vendor_event: vendorEvent, channel: vendor.channel };
  const paths = vendor.fields;
  for (const key of Object.keys(paths) as (keyof ChatEvent)[]) fields[key] = getPath(payload, paths[key] as string);
  emit(vendor, action, Object.assign(fields, fixed), attachment);
};

/**
 * Pushes one action of a vendor, the derived ones included: a `loaded` once
 * per vendor object, and a `started` just before the first `message_sent` of
 * a conversation where the adapter maps nothing to `started`.
 */
const emit = (vendor: Vendor, action: Action, fields: Fields, attachment: Attachment): void => {
  const current = config as Config;
  // Only a later attachment's repeat is dropped: within one attachment a vendor may load several widgets.
  // Replaying vendors have their own memory; the page window is no widget (CTLive, Userlike).
  const { target } = attachment;
  const name = fields.vendor_event as string;
  if (action == 'loaded' && !vendor.replays && target !== window) {
    const by = announced.get(target) || {};
    const first = (by[name] = by[name] || attachment);
    announced.set(target, by);
    if (first !== attachment) return;
  }
  if (!maps(vendor, 'started') && starts((begun[vendor.id] = begun[vendor.id] || {}), action, fields.conversation_id)) {
    emit(vendor, 'started', Object.assign({}, fields, { vendor_event: FIRST_MESSAGE, label: null }), attachment);
  }
  if (current.events.indexOf(action) < 0) return;
  const push = toPush(current.eventPrefix, Object.assign({ vendor: vendor.id, action }, fields), current.pii);
  // A replayed event that was pushed before shows in debug as a vendor event without a push.
  if (!vendor.replays || isNew(JSON.stringify(push.chat))) send(push);
};

/**
 * Derives `loaded` for a vendor whose table maps nothing to it, once chatwire
 * holds the vendor's real object: not the snippet's queueing stub, not the
 * page window (no widget at all). Once per vendor object (see `announced`).
 */
const attached = (vendor: Vendor, attachment: Attachment): void => {
  try {
    const { target } = attachment;
    if (target !== window && !(vendor.stub && vendor.stub(target)) && !maps(vendor, 'loaded')) {
      emit(vendor, 'loaded', { vendor_event: ATTACHED, channel: vendor.channel }, attachment);
    }
  } catch (error) {
    log(vendor.id, error);
  }
};

/** Guarded callbacks for one attachment: silent once the attachment is gone or the runtime stopped. */
const listener =
  (vendor: Vendor, attachment: Attachment): Listen =>
  (vendorEvent, read) =>
  (...args) => {
    try {
      // stop() empties `attachments`, so this also silences everything after stop.
      if (attachments[vendor.id] === attachment) {
        const payload = read ? read(...args) : args[0];
        handle(vendor, vendor.type ? getPath(payload, vendor.type) : vendorEvent, payload, attachment);
      }
    } catch (error) {
      log(vendor.id, error);
    }
  };

/** Whether the configuration lists the vendor (false once stopped). */
const enabled = (vendor: Vendor): boolean => !!config && config.vendors.indexOf(vendor.id) >= 0;

/** postMessage origins chatwire accepts: the page's own, and `allowedOrigins`. */
const trusted = (origin: unknown): boolean =>
  origin === location.origin || (config as Config).allowedOrigins.indexOf(origin as string) >= 0;

/** Attaches to one vendor object, replacing an attachment to another one; a throw leaves it for the next check. */
const attach = (vendor: Vendor, target: object): void => {
  const previous = attachments[vendor.id];
  if (previous && previous.target === target) return;
  // The real script replaced the stub we subscribed through, and replays its queue: our callbacks stay current.
  if (previous && vendor.stub && vendor.stub(previous.target)) {
    previous.target = target;
    attached(vendor, previous);
    return;
  }
  // Recorded before attach: vendors may replay history synchronously inside subscribe.
  const attachment: Attachment = (attachments[vendor.id] = { target });
  try {
    // Inside the guard: a vendor's onReady hook calls this, and must never see a throw.
    if (previous && previous.detach) previous.detach();
    const listen = listener(vendor, attachment);
    const detach = vendor.attach(target, listen, trusted);
    if (typeof detach == 'function') attachment.detach = detach;
    // Debug mode says which widgets chatwire found (a GTM preview's first question).
    log(vendor.id, 'attached');
    // A vendor with a ready signal is loaded once its object is there (pushed once per object, see `announced`).
    if (vendor.ready) listen(vendor.ready)();
    else attached(vendor, attachment);
  } catch (error) {
    delete attachments[vendor.id];
    log(vendor.id, error);
  }
};

/**
 * One detection pass: attach to vendor objects that appeared or were replaced
 * (an SPA re-mounting a widget), detach from vendors the configuration no
 * longer lists, and chain the ready hooks of vendors not there yet.
 */
const check = (): void => {
  for (const vendor of registry) {
    try {
      const previous = attachments[vendor.id];
      if (!enabled(vendor)) {
        delete attachments[vendor.id];
        if (previous && previous.detach) previous.detach();
        continue;
      }
      const target = getPath(window, vendor.global);
      if (isObject(target)) attach(vendor, target);
      else if (vendor.hook && !previous) {
        const owner = getPath(window, vendor.hook[0]);
        if (isObject(owner) && hooked.indexOf(owner) < 0) {
          hooked.push(owner);
          // The vendor hands its API to the hook (Genesys: the CXBus).
          unhook.push(
            chain(owner, vendor.hook[1], (api) => {
              if (enabled(vendor)) attach(vendor, isObject(api) ? api : (getPath(window, vendor.global) as object));
            }),
          );
        }
      }
    } catch (error) {
      log(vendor.id, error);
    }
  }
};

/** Wraps an API method: handed to the copy that owns the page, a no-op outside a browser, never throwing. */
const method =
  (name: 'start' | 'stop', body: (input?: ChatwireConfig) => void) =>
  (input?: ChatwireConfig): void => {
    // Outside a browser (server-side rendering) `window` throws here and the call does nothing.
    try {
      // Another copy owns the page (a second script, or the ES module beside the GTM one): hand over.
      const owner = window.chatwire;
      if (owner && owner !== api && typeof owner[name] == 'function') owner[name](input);
      else body(input);
    } catch (error) {
      log(name, error);
    }
  };

/**
 * Starts the runtime, or replaces the configuration of a running one
 * (CONTRACT §2): listeners are never attached twice and no vendor event is
 * pushed twice. When another copy of chatwire already owns the page, the call
 * is handed to it. Never throws.
 * @param config the configuration (CONTRACT §3); defaults for whatever is missing or invalid
 */
export const start: (config?: ChatwireConfig) => void = method('start', (input) => {
  window.chatwire = api;
  // Debug first, so that the warnings about the rest of the configuration show.
  setDebug(isObject(input) && input.debug === true);
  config = readConfig(input, vendors, sent, log);
  log('start', config);
  if (unwatch) check();
  else unwatch = watchScripts(check, registry.map((vendor) => (vendor.ready || vendor.wake) as string).filter(Boolean));
});

/**
 * Detaches every listener the vendor APIs let us remove, neutralises the
 * others and stops pushing. `start()` afterwards works again; events a vendor
 * replays then are pushed only if they were not pushed before. Never throws.
 */
export const stop: () => void = method('stop', () => {
  if (unwatch) unwatch();
  unwatch = config = undefined;
  unhook.forEach((undo) => undo());
  hooked = [];
  unhook = [];
  const previous = attachments;
  attachments = {};
  for (const id of Object.keys(previous)) {
    try {
      const { detach } = previous[id];
      if (detach) detach();
    } catch (error) {
      log('detach', id, error);
    }
  }
});

/** What this copy installs as `window.chatwire` when it owns the page. */
const api: Chatwire = { version, vendors, start, stop };
