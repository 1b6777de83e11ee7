import type { Action, ChatEvent, ChatwireConfig, Config, Fields, Listen, Plugin, PluginFactory, Vendor } from './types.js';
import { ATTACHED, FIRST_MESSAGE, maps, starts } from './lib/derive.js';
import { getPath, has, isObject } from './lib/getPath.js';
import { setHash } from './lib/hash.js';
import { log, setDebug } from './lib/log.js';
import { readConfig } from './lib/readConfig.js';
import { sentActions } from './lib/sentActions.js';
import { shared } from './lib/shared.js';
import { toPush } from './lib/toPush.js';
import { watchScripts } from './lib/watchScripts.js';

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
    /** The chatwire runtime: the first copy loaded on the page. */
    chatwire?: Chatwire;
    /** Read by the classic script when it starts itself. */
    chatwireConfig?: ChatwireConfig;
  }
}

/** The package version of this runtime build. */
export const version: string = __CHATWIRE_VERSION__;

/** The adapters registered with this runtime (plugins, or the all-vendor build's registry), in order. */
const adapters: Vendor[] = [];

/** The ids of the registered adapters: the vendors this runtime supports, growing as plugins arrive. */
export const vendors: string[] = [];

/** One subscription to one vendor object; replaced when the vendor's global changes. */
interface Attachment {
  target: object;
  detach?: () => void;
  /** Whether `target` was the vendor's snippet stub when last seen: a stub may become the real object in place. */
  stub?: unknown;
}

let config: Config | undefined;
/** What `start()` was given: read again when a plugin adds vendor ids and actions `config` may name. */
let given: ChatwireConfig | undefined;
const attachments: Partial<Record<string, Attachment>> = {};
let unwatch: (() => void) | undefined;
/**
 * The ready events each vendor object was loaded by (CONTRACT §2: never
 * pushed twice; docs/events.md: `loaded` once per widget object). A vendor
 * that replays its ready event to every new subscriber (LiveChat's `ready`,
 * Intercom's `ready` once booted), a loaded state read at attach and then the
 * ready event itself (Help Scout, Chatlio, Dixa), or a ready event the vendor
 * sends again on the same page (Zendesk Classic's reconnects, Salesforce's
 * Ready after a logout) does not load the widget again, nor does `stop()`/`start()`.
 */
const announced = new WeakMap<object, Partial<Record<string, 1>>>();

/**
 * Conversations each vendor had a `started` derived for (see `starts`). Kept
 * per vendor for the page's life, so neither `stop()`/`start()` nor a
 * re-attach derives a conversation's start twice.
 */
const begun: Partial<Record<string, Record<string, 1>>> = {};

/** Turns one vendor event into a push through the adapter's tables (CONTRACT §4, §7). */
const handle = (vendor: Vendor, vendorEvent: unknown, payload: unknown, attachment: Attachment): void => {
  log(vendor.id, vendorEvent);
  if (typeof vendorEvent != 'string' || !has(vendor.events, vendorEvent)) return;
  const [action, fixed] = ([] as unknown[]).concat(vendor.events[vendorEvent]) as [Action, Fields?];
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
  // Read first: without a configuration (stopped) this throws into the caller's guard before anything is remembered.
  const { events, eventPrefix, pii, dataLayerName } = config as Config;
  // Replaying vendors have their own memory; the page window is no widget (CTLive, Userlike).
  const { target } = attachment;
  const name = fields.vendor_event as string;
  if (action == 'loaded' && !vendor.replays && target !== window) {
    const by = announced.get(target) || {};
    announced.set(target, by);
    if (by[name]) return;
    by[name] = 1;
  }
  if (!maps(vendor, 'started') && starts((begun[vendor.id] = begun[vendor.id] || {}), action, fields.conversation_id)) {
    emit(vendor, 'started', Object.assign({}, fields, { vendor_event: FIRST_MESSAGE, label: null }), attachment);
  }
  if (!events.includes(action)) return;
  const push = toPush(eventPrefix, Object.assign({ vendor: vendor.id, action }, fields), pii);
  // A replayed event that was pushed before shows in debug as a vendor event without a push.
  // Each attachment's subscription starts a replay (see createDedupe).
  if (vendor.replays && !vendor.replays(JSON.stringify(push.chat), attachment)) return;
  log('push', push);
  // A dataLayer that cannot be created or whose push throws is the site's problem, never the vendor's.
  try {
    const layers = window as unknown as Record<string, unknown[] | undefined>;
    (layers[dataLayerName] = layers[dataLayerName] || []).push(push);
  } catch (error) {
    log('push', error);
  }
};

/** Guarded callbacks for one attachment: silent once the attachment is gone or the runtime stopped. */
const listener =
  (vendor: Vendor, attachment: Attachment): Listen =>
  (vendorEvent, read) =>
  (...args: unknown[]) => {
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

/** postMessage origins chatwire accepts: the page's own, and `allowedOrigins`. */
const trusted = (origin: unknown): boolean => origin === location.origin || (config as Config).allowedOrigins.includes(origin as string);

/**
 * Attaches to one vendor object, replacing an attachment to another one; a
 * throw leaves it for the next check. Called only from check(), whose guard
 * catches (and logs) whatever throws outside the attach itself.
 */
const attach = (vendor: Vendor, target: object): void => {
  const previous = attachments[vendor.id];
  // The same object again: nothing to do, unless it was the stub (the real script may have filled it in, see below).
  if (previous && previous.target === target && !previous.stub) return;
  let attachment = previous as Attachment;
  // The real script filled in the stub we subscribed through, or replaced it (asked of the stub now: Crisp's answer
  // depends on what replaced it), and replays its queue: our callbacks stay current. Another stub in its place is
  // the snippet run again (HelpCrunch, Tiledesk, Pure Chat assign theirs unconditionally): its fresh queue lost
  // ours, so chatwire subscribes through it; the old callbacks are silent, should anything replay them.
  if (!(previous && (previous.target === target || (vendor.stub && vendor.stub(previous.target) && !vendor.stub(target))))) {
    // Recorded before attach: vendors may replay history synchronously inside subscribe.
    attachment = attachments[vendor.id] = { target };
    try {
      // Inside the guard: a vendor's detach or attach may throw; the page must never see it.
      if (previous && previous.detach) previous.detach();
      const listen = listener(vendor, attachment);
      const detach = vendor.attach(target, listen, trusted);
      if (typeof detach == 'function') attachment.detach = detach;
      // Debug mode says which widgets chatwire found (a GTM preview's first question).
      log(vendor.id, 'attached');
      // A vendor with a ready signal is loaded once its object is there (pushed once per object, see `announced`).
      if (vendor.ready) listen(vendor.ready)();
    } catch (error) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a record keyed by vendor id (a Map would add bytes to every build)
      delete attachments[vendor.id];
      return log(vendor.id, error);
    }
  }
  // A ready event heard through the stub (a widget announcing itself while it replaces the stub, before this
  // check saw the new object) belongs to the real object: a later attachment to it must not push it again.
  const heard = announced.get(attachment.target);
  if (heard && !announced.has(target)) announced.set(target, heard);
  attachment.target = target;
  // Derives `loaded` for a vendor whose table maps nothing to it, once chatwire holds the vendor's real object:
  // not the snippet's queueing stub, not the page window (no widget at all). Once per vendor object (see `announced`).
  // A throw here reaches check()'s guard: logged, the attachment stays. Whether it is the stub is asked after
  // attach: a snippet function may only get its queue from chatwire's first call (Qualified's `qualified.q`).
  if (!(attachment.stub = vendor.stub && vendor.stub(target)) && target !== window && !maps(vendor, 'loaded')) {
    emit(vendor, 'loaded', { vendor_event: ATTACHED, channel: vendor.channel }, attachment);
  }
};

/**
 * One detection pass: attach to vendor objects that appeared or were replaced
 * (an SPA re-mounting a widget), and detach from vendors the configuration no
 * longer lists; stop() runs it without a configuration to detach them all.
 */
const check = (): void => {
  for (const vendor of adapters) {
    try {
      const previous = attachments[vendor.id];
      // Disabled: the configuration does not list the vendor, or there is none (stopped).
      if (!config || !config.vendors.includes(vendor.id)) {
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- as in attach()
        delete attachments[vendor.id];
        if (previous && previous.detach) previous.detach();
        continue;
      }
      const target = getPath(window, vendor.global);
      if (isObject(target)) attach(vendor, target);
    } catch (error) {
      log(vendor.id, error);
    }
  }
};

/** (Re)reads the configuration against the registered vendors and the actions they send. */
const configure = (warn: (...why: unknown[]) => void): void => {
  config = readConfig(given, vendors, sentActions(adapters), warn);
};

/** Starts the detection triggers (script loads, the registered vendors' ready events) with an immediate check. */
const watch = (): (() => void) => watchScripts(check, adapters.map((vendor) => (vendor.ready || vendor.wake) as string).filter(Boolean));

/**
 * Registers one plugin: the hash function, or an adapter whose id is new.
 * A running runtime takes a new adapter on at once: the configuration is read
 * again (its vendor ids and actions may only now be known; the warnings were
 * shown at start) and detection restarts with the adapter's ready event.
 */
const add = (plugin: unknown): void => {
  try {
    // A classic plugin file's adapter comes as a function of the core's helpers (see PluginFactory).
    if (typeof plugin == 'function') plugin = (plugin as PluginFactory)(shared);
    const { id, sha256 } = plugin as Record<string, unknown>;
    if (typeof sha256 == 'function') setHash(sha256 as (text: string) => string);
    else if (typeof id != 'string' || typeof (plugin as Vendor).attach != 'function') log('ignored plugin', plugin);
    else if (!vendors.includes(id)) {
      adapters.push(plugin as Vendor);
      vendors.push(id);
      // After a start that named this id in config.vendors, debug shows it "ignored" there, then this line.
      log(id, 'registered');
      if (config) {
        configure(() => undefined);
        (unwatch as () => void)();
        unwatch = watch();
      }
    }
  } catch (error) {
    log('plugin', error);
  }
};

/** Takes the queued plugins and registers later ones at once: `window.chatwirePlugins.push` (see register.ts). */
const queue: Plugin[] = [];
queue.push = (...plugins: Plugin[]): number => {
  plugins.forEach(add);
  return 0;
};

/**
 * Whether `value` is a real chatwire copy (CONTRACT §2): its `version` string
 * and `vendors` list, and the method called. Another library's object, or a
 * getter or Proxy that throws, is not.
 */
const isCopy = (value: unknown, name: string): value is Chatwire => {
  try {
    return isObject(value) && typeof value.version == 'string' && Array.isArray(value.vendors) && typeof value[name] == 'function';
  } catch {
    return false;
  }
};

/** Wraps an API method: handed to the copy that owns the page, a no-op outside a browser, never throwing. */
const method =
  (name: 'start' | 'stop', body: (input?: ChatwireConfig) => void) =>
  (input?: ChatwireConfig): void => {
    // Outside a browser (server-side rendering) `window` throws here and the call does nothing.
    try {
      // Another copy owns the page (a second script, or the ES module beside the GTM one): hand over.
      // A throwing `window.chatwire` getter reads as its error: no copy, taken over and said so below.
      let owner: unknown;
      try {
        owner = window.chatwire;
      } catch (error) {
        // Without a window (server-side rendering) this throws again, to the outer guard: the call does nothing.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- `window` is typed as always there; on a server it is not
        owner = window && error;
      }
      if (owner !== api && isCopy(owner, name)) return owner[name](input);
      body(input);
      // Another library's `window.chatwire`: this copy took the page over (said after start read `debug`).
      if (owner !== api && owner !== undefined) log(name, 'took over window.chatwire', owner);
    } catch (error) {
      log(name, error);
    }
  };

/**
 * Starts the runtime, or replaces the configuration of a running one:
 * listeners are never attached twice and no vendor event is
 * pushed twice. When another copy of chatwire already owns the page, the call
 * is handed to it. Never throws.
 * @param config the configuration; defaults for whatever is missing or invalid
 */
export const start: (config?: ChatwireConfig) => void = method('start', (input) => {
  // Debug first, so that the warnings about the rest of the configuration show; a throwing getter reads as no.
  setDebug(getPath(input, 'debug') === true);
  try {
    window.chatwire = api;
  } catch (error) {
    // A read-only or throwing `window.chatwire`: this copy still runs, it just cannot be found there.
    log('start', error);
  }
  // The plugins queued before the runtime (a non-array there is logged and ignored), then the queue takes over.
  const queued = window.chatwirePlugins;
  window.chatwirePlugins = queue;
  ([] as unknown[]).concat(queued || []).forEach(add);
  given = input;
  configure(log);
  log('start', config);
  if (unwatch) check();
  else unwatch = watch();
});

/**
 * Detaches every listener the vendor APIs let us remove, neutralises the
 * others and stops pushing. `start()` afterwards works again; events a vendor
 * replays then are pushed only if they were not pushed before. Never throws.
 */
export const stop: () => void = method('stop', () => {
  if (unwatch) unwatch();
  unwatch = config = undefined;
  // Without a configuration no vendor is enabled: the detection pass detaches every one (see check()).
  check();
});

/** What this copy installs as `window.chatwire` when it owns the page. */
const api: Chatwire = { version, vendors, start, stop };
