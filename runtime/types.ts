import type { actions } from './lib/actions.js';

/** A normalized action, e.g. `opened`; the push's `event` is `eventPrefix + action`. */
export type Action = (typeof actions)[number];

/**
 * The id of a supported vendor: `chat.vendor` of its pushes and what
 * `vendors` accepts. The same list as `chatwire.vendors` at runtime
 * (test/types.test.ts keeps the two equal).
 */
export type VendorId =
  | 'adobe_dynamic_chat'
  | 'genesys_widgets'
  | 'customerly'
  | 'smartagent'
  | 'ctlive'
  | 'intercom'
  | 'drift'
  | 'hubspot'
  | 'livechat'
  | 'zendesk'
  | 'tawkto'
  | 'crisp'
  | 'freshchat'
  | 'genesys_messenger'
  | 'salesforce_messaging'
  | 'salesforce_chat'
  | 'tidio'
  | 'olark'
  | 'helpscout'
  | 'chatwoot'
  | 'jivochat'
  | 'smartsupp'
  | 'qualified'
  | 'userlike'
  | 'zoho_salesiq'
  | 'liveperson'
  | 'dynamics365'
  | 'kustomer'
  | 'botpress'
  | 'ada'
  | 'dixa'
  | 'helpcrunch'
  | 'purechat'
  | 'comm100'
  | 'snapengage'
  | 'gist'
  | 'tiledesk'
  | 'voiceflow'
  | 'sinch'
  | 'dialogflow'
  | 'channelio'
  | 'frontchat'
  | 'chatlio'
  | 'chaport'
  | 'ringcentral_engage'
  | 'ujet'
  | 'ujet_v3'
  | 'rocketchat'
  | 'livehelperchat'
  | 'chatbase';

/** The `event` of a push with the default prefix, e.g. `chat_opened`. */
export type ChatEventName = `chat_${Action}`;

/** How the visitor talks to the business in this widget. */
export type Channel = 'chat' | 'callback' | 'call' | 'video' | 'messaging';

/** What happens to personal data: removed (`redact`, the default), SHA-256 hashed (`hash`) or kept (`include`). */
export type PiiMode = 'redact' | 'hash' | 'include';

/**
 * The `chat` object of every push. Every key is present in every
 * push, `null` where unknown, so GTM's recursive data-model merge never carries
 * a value from one chat event into the next.
 */
export interface ChatEvent {
  /** Vendor id, one of `chatwire.vendors` (e.g. `smartagent`). */
  vendor: VendorId;
  /** Normalized action. */
  action: Action;
  /** The vendor's own event name, spelled as the vendor documents it (e.g. `CHAT_LOADED`). */
  vendor_event: string;
  /** `chat`, `callback`, `call`, `video` or `messaging`; `null` when the vendor does not say. */
  channel: Channel | null;
  /** Which widget, bot, flow or instance configuration raised the event. */
  widget_id: string | null;
  /** Human-readable name of that widget, bot or flow. */
  widget_name: string | null;
  /** The vendor's type of widget or flow (e.g. Adobe's dialogue / conversation flow). */
  widget_type: string | null;
  /** How the widget is presented (e.g. popup, chatbot, inline). */
  ui_type: string | null;
  /** This conversation, contact or chat instance. */
  conversation_id: string | null;
  /** The vendor's session id. */
  session_id: string | null;
  /** The vendor's anonymous visitor / user id. */
  visitor_id: string | null;
  /** Id of the agent (person or bot) handling the conversation. */
  agent_id: string | null;
  /** Name of that agent (a business employee, not the visitor). */
  agent_name: string | null;
  /** On `lead` events: which detail the visitor gave, `email` or `phone`. Never the value itself. */
  lead_type: 'email' | 'phone' | null;
  /** A non-personal detail: question attribute, article title, button or widget type. */
  label: string | null;
  /** Duration the vendor reports for this step, in milliseconds. */
  duration_ms: number | null;
  /** The vendor's timestamp (ms since epoch) when it gives one, else the time of the push. */
  timestamp: number;
  /** The visitor's email address; only with `pii: 'include'`. */
  email: string | null;
  /** The visitor's phone number; only with `pii: 'include'`. */
  phone: string | null;
  /** Lowercase hex SHA-256 of the trimmed, lower-cased email; only with `pii: 'hash'`. */
  email_sha256: string | null;
  /** Lowercase hex SHA-256 of the phone's digits (leading `+` kept); only with `pii: 'hash'`. */
  phone_sha256: string | null;
}

/** One object pushed into the dataLayer. */
export interface ChatPush {
  /** `eventPrefix + action`, e.g. `chat_opened`: what GTM Custom Event triggers match. Any string with another prefix. */
  event: ChatEventName | (string & {});
  /** The normalized chat event. */
  chat: ChatEvent;
}

/** The runtime configuration after validation: every key set. */
export interface Config {
  /** Vendor ids to listen to. */
  vendors: string[];
  /** Actions to push (without prefix). */
  events: Action[];
  /** Prefix of the `event` value. */
  eventPrefix: string;
  /** Name of the window array to push into (created if missing). */
  dataLayerName: string;
  /** What happens to personal data. */
  pii: PiiMode;
  /** Extra origins accepted for postMessage-based vendors. */
  allowedOrigins: string[];
  /** Log each vendor event and each push to the console. */
  debug: boolean;
}

/**
 * What `start()` and `window.chatwireConfig` accept: any subset of {@link Config},
 * with `vendors` limited to the supported ids so a misspelt one does not compile.
 */
export type ChatwireConfig = Partial<Omit<Config, 'vendors'>> & {
  /** Vendor ids to listen to; default: every supported vendor. */
  vendors?: VendorId[];
};

/** The schema fields an adapter may fill; the core fills `vendor`, `action`, `vendor_event`, `timestamp` default and the hashes. */
export type Fields = { [K in keyof ChatEvent]?: unknown };

/**
 * Makes a guarded vendor callback. The core creates it per attachment: it never
 * throws into the vendor, does nothing after `stop()` or a re-attach, and
 * turns the payload into a push through the adapter's tables.
 * @param vendorEvent the vendor's event name; ignored when the adapter's `type`
 * path reads it from the payload
 * @param read turns the callback's arguments into the payload (runs guarded);
 * by default the payload is the first argument
 * @returns the callback to hand to the vendor
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- vendors call back with whatever their API passes; `read` and the core take it apart defensively.
export type Listen = (vendorEvent?: string, read?: (...args: any[]) => unknown) => (...args: any[]) => void;

/**
 * A vendor adapter: mostly data. The core reads `global` on every detection
 * check, calls `attach` once per distinct vendor object, and turns what the
 * vendor reports into pushes through the `events` and `fields` tables.
 */
export interface Vendor {
  /** Vendor id: the adapter's file name and the `chat.vendor` value. */
  id: string;
  /** Dotted path on `window` of the vendor object to attach to (e.g. `saEvents`); `window` for vendors that only post messages. */
  global: string;
  /** Vendor event name → action, or [action, fixed fields] (e.g. `['lead', { lead_type: 'email' }]`). */
  events: Record<string, Action | [Action, Fields]>;
  /** Schema field → dotted path into the payload (e.g. `widget_id: 'data.chatInstanceName'`). */
  fields: { [K in keyof ChatEvent]?: string };
  /** Dotted path of the vendor event name inside the payload, for vendors with one callback for all events (then every event's name is read there). */
  type?: string;
  /** Channel when the vendor has only one. */
  channel?: Channel;
  /**
   * The vendor replays earlier events to late subscribers: the core then
   * pushes an event only when this memory (the adapter's `createDedupe`, kept
   * out of the core for the one vendor that needs it) says its normalized
   * content is new; `replay` (the attachment) tells one replay from the next.
   */
  replays?: (key: string, replay?: unknown) => boolean;
  /**
   * The vendor's ready signal, a window event name (e.g. `adobedx.conversations.ready`):
   * it triggers a detection check, and this vendor event (mapped in `events`)
   * is pushed once per vendor object when chatwire attaches to it, so a
   * runtime that arrives after the signal still reports the widget as loaded.
   */
  ready?: string;
  /**
   * A window event that announces the vendor but is the adapter's to push:
   * it only triggers a detection check. For a vendor whose global appears
   * before it is ready (Chatwoot's `$chatwoot` exists before `chatwoot:ready`),
   * so attaching cannot mean loaded.
   */
  wake?: string;
  /**
   * Whether `target` is the vendor's loader stub: the snippet's placeholder
   * that queues calls (`Intercom.q`, `drift` as an array) until the real
   * script replaces it and replays them. chatwire subscribes through the stub
   * when it comes first; when the real API replaces it, the vendor carries
   * those subscriptions over, so the core takes the new object on without
   * subscribing again (which would double every listener).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the vendor's global, whatever the page made it (see `attach`).
  stub?: (target: any) => boolean;
  /**
   * Subscribes to the vendor object found at `global`. Runs inside the core's
   * try/catch (a throw leaves the vendor unattached, to be retried on the next
   * check); callbacks handed to the vendor come from `listen`.
   * @param trusted whether a postMessage origin is the page's own or in `allowedOrigins`
   * @returns what undoes the subscription, when the vendor offers a way
   */
  // `target: any`: the vendor's own global; no vendor ships types chatwire could depend on, and
  // shapes vary by version: adapters read it defensively inside the core's try/catch.
  // `| void`: an adapter with no way to unsubscribe returns nothing (no `return undefined` on every path).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-invalid-void-type -- see the two lines above
  attach(target: any, listen: Listen, trusted: (origin: unknown) => boolean): (() => void) | void;
}

/** The plugin of hash mode (dist/chatwire.hash.min.js, `chatwire/hash`). */
export interface HashPlugin {
  /** Lowercase hex SHA-256 of the UTF-8 bytes of a string. */
  sha256(text: string): string;
}

/**
 * How a classic plugin file (dist/vendors/<id>.min.js) registers its adapter:
 * a function the core calls once, with its helpers (runtime/lib/shared.ts),
 * that returns the adapter. The file then carries no copy of them.
 */
export type PluginFactory = (shared: readonly unknown[]) => Vendor;

/** What a plugin file registers with the core: a vendor adapter (or a function that returns one), or the SHA-256 of hash mode. */
export type Plugin = Vendor | PluginFactory | HashPlugin;
