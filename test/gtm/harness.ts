// A harness for GTM custom templates, so their tests run in CI: GTM itself
// runs a template's ___TESTS___ only in its web UI. It parses a .tpl by its
// section markers, runs the sandboxed code and the test code as GTM's
// sandboxed JavaScript (a separate realm without the page's globals, GTM's
// syntax subset, `arguments` as an array) against the web sandbox APIs of
// https://developers.google.com/tag-platform/tag-manager/templates/api with
// the permission checks of .../templates/permissions, and gives the test code
// GTM's test API (.../templates/tests and the "Test APIs" section of .../api).
// Where GTM's behaviour is not documented, the choice is marked "undocumented".
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { parse as parseYaml } from 'yaml';

/** The repository root, from the source (Playwright) or the compiled copy in build/tsc (node --test). */
export const root = ((): URL => {
  let dir = new URL('./', import.meta.url);
  while (!existsSync(new URL('gtm-template/src/code.js', dir))) dir = new URL('../', dir);
  return dir;
})();
/** A file of the repository, by its path from the root. */
export const readText = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/** Section name (without underscores) → content. Found by marker, not by order. */
export function sections(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  const markers = [...text.matchAll(/^___([A-Z_]+?)___\s*$/gm)];
  markers.forEach((marker, i) => {
    const start = (marker.index as number) + marker[0].length;
    const end = i + 1 < markers.length ? markers[i + 1].index : text.length;
    found[marker[1]] = text.slice(start, end).trim();
  });
  return found;
}

/** One ___TESTS___ scenario. */
export interface Scenario {
  /** The scenario's name, as GTM shows it. */
  name: string;
  /** Its test code (sandboxed JavaScript using the test API). */
  code: string;
}

/** A parsed .tpl. */
export interface Template {
  /** The whole file. */
  text: string;
  /** Section name (without underscores) → content. */
  sections: Record<string, string>;
  /** ___INFO___, parsed ({} when absent). */
  info: any;
  /** ___TEMPLATE_PARAMETERS___, parsed ([] when absent). */
  parameters: any[];
  /** ___SANDBOXED_JS_FOR_WEB_TEMPLATE___ ('' when absent). */
  code: string;
  /** ___WEB_PERMISSIONS___, parsed ([] when the template needs none). */
  permissions: any[];
  /** ___TESTS___: the scenarios and the setup code run before each. */
  tests: { scenarios: Scenario[]; setup?: string };
}

/** A .tpl's text → its parts. A template that needs no permission has no ___WEB_PERMISSIONS___; one without tests has no ___TESTS___. */
export function parseTemplate(text: string): Template {
  const parts = sections(text);
  const tests = parts.TESTS ? parseYaml(parts.TESTS) : null;
  return {
    text,
    sections: parts,
    info: parts.INFO ? JSON.parse(parts.INFO) : {},
    parameters: parts.TEMPLATE_PARAMETERS ? JSON.parse(parts.TEMPLATE_PARAMETERS) : [],
    code: parts.SANDBOXED_JS_FOR_WEB_TEMPLATE ?? '',
    permissions: parts.WEB_PERMISSIONS ? JSON.parse(parts.WEB_PERMISSIONS) : [],
    tests: { scenarios: tests?.scenarios ?? [], setup: tests?.setup ?? undefined },
  };
}

/** Reads and parses a .tpl of the repository (chatwire's by default). */
export function loadTemplate(path = 'gtm-template/template.tpl'): Template {
  return parseTemplate(readText(path));
}

/** Every parameter, groups flattened. */
export function allParameters(parameters: any[]): any[] {
  return parameters.flatMap((p) => [p, ...allParameters(p.subParams ?? [])]);
}

// ---- Permissions --------------------------------------------------------
// https://developers.google.com/tag-platform/tag-manager/templates/permissions

type Value = { type: number; string?: string; boolean?: boolean; listItem?: Value[]; mapKey?: Value[]; mapValue?: Value[] };
const plain = (value: Value): unknown => {
  if (value.type === 1) return value.string;
  if (value.type === 8) return value.boolean;
  if (value.type === 2) return (value.listItem ?? []).map(plain);
  if (value.type === 3) return Object.fromEntries((value.mapKey ?? []).map((key, i) => [plain(key), plain((value.mapValue ?? [])[i])]));
  throw new Error(`unknown permission value type ${value.type}`);
};

/** A template's permissions, read from ___WEB_PERMISSIONS___. */
export interface Permissions {
  /** inject_script's URL match patterns. */
  injectUrls: string[];
  /** access_globals' keys and rights. */
  globals: { key: string; read: boolean; write: boolean; execute: boolean }[];
  /** logging's environments ('debug' or 'all'). */
  logging?: string;
  /** access_consent's consent types and rights. */
  consent: { consentType: string; read: boolean; write: boolean }[];
  /** Every permission id the template has. */
  ids: string[];
  /** Every permission's parameters, as plain values, by permission id. */
  params: Record<string, Record<string, any>>;
}

/** The permission instances of a .tpl → plain values. */
export function readPermissions(permissions: any[]): Permissions {
  const out: Permissions = { injectUrls: [], globals: [], consent: [], ids: [], params: {} };
  for (const { instance } of permissions) {
    const id = instance.key.publicId;
    out.ids.push(id);
    const params = Object.fromEntries((instance.param ?? []).map((p: any) => [p.key, plain(p.value)]));
    out.params[id] = params;
    if (id === 'inject_script') out.injectUrls = (params.urls as string[]) ?? [];
    if (id === 'access_globals') out.globals = (params.keys as Permissions['globals']) ?? [];
    if (id === 'logging') out.logging = params.environments as string;
    if (id === 'access_consent') out.consent = (params.consentTypes as Permissions['consent']) ?? [];
  }
  return out;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** `*` matches any run of characters. */
const wildcard = (pattern: string, value: string): boolean => new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`).test(value);

/**
 * GTM URL match patterns (inject_script, send_pixel, inject_hidden_iframe): `*` matches any run of
 * characters, and a pattern ending in `/` matches everything under that path (undocumented: the Gallery's
 * pavelsabatka/gtm-sklik grants `https://c.imedia.cz/` and its passing tests inject
 * `https://c.imedia.cz/js/retargeting.js`); otherwise the whole URL, query included, must match.
 */
export const urlAllowed = (patterns: string[], url: string): boolean =>
  typeof url === 'string' && patterns.some((pattern) => wildcard(pattern.endsWith('/') ? `${pattern}*` : pattern, url));

/** Whether access_globals grants `right` on `key` (keys are exact dot paths). */
export const globalAllowed = (p: Permissions, key: string, right: 'read' | 'write' | 'execute'): boolean => p.globals.some((entry) => entry.key === key && entry[right] === true);

/** read_data_layer / write_data_layer key patterns: a key, or `prefix.*` for everything under prefix. */
const keyAllowed = (patterns: string[], key: string): boolean =>
  patterns.some((p) => p === key || p === '*' || (p.endsWith('.*') && (key === p.slice(0, -2) || key.startsWith(p.slice(0, -1)))));

/** The URL components get_url / get_referrer grant: `urlParts: any` or each part ticked; query keys likewise. */
const urlPartAllowed = (params: Record<string, any> | undefined, component?: string, queryKey?: string): boolean => {
  if (!params) return false;
  if (component === undefined || component === null) return params.urlParts === 'any' || params.urlParts === undefined;
  const part = component === 'fragment' ? 'fragment' : component;
  if (params.urlParts !== 'any' && params.urlParts !== undefined && params[part] !== true) return false;
  if (component === 'query' && queryKey !== undefined) return params.queriesAllowed !== 'specific' || (params.queryKeys ?? []).includes(queryKey);
  return true;
};

/** queryPermission's signatures, one per permission id: true when the template's permissions grant the request. */
export function permits(p: Permissions, id: string, ...args: any[]): boolean {
  const params = p.params[id];
  if (!p.ids.includes(id)) return false;
  switch (id) {
    case 'access_globals': {
      const [right, key] = args as [string, string];
      const rights = right === 'readwrite' ? ['read', 'write'] : [right];
      return rights.every((r) => globalAllowed(p, key, r as 'read'));
    }
    case 'access_local_storage': {
      const [right, key] = args as [string, string];
      const rights = right === 'readwrite' ? ['read', 'write'] : [right];
      return rights.every((r) => (params.keys ?? []).some((entry: any) => entry.key === key && entry[r] === true));
    }
    case 'access_consent': {
      // queryPermission('access_consent', consentType, 'read' | 'write')
      const [type, right] = args as [string, 'read' | 'write'];
      return p.consent.some((c) => c.consentType === type && c[right] === true);
    }
    case 'inject_script':
      return urlAllowed(p.injectUrls, args[0]);
    case 'send_pixel':
    case 'inject_hidden_iframe':
      return params.allowedUrls === 'any' || urlAllowed(params.urls ?? [], args[0]);
    case 'get_cookies':
      return params.cookieAccess === 'any' || (params.cookieNames ?? []).some((name: string) => wildcard(name, args[0]));
    case 'set_cookies': {
      const [name, options = {}] = args as [string, Record<string, any>];
      return (params.allowedCookies ?? []).some(
        (c: any) =>
          wildcard(c.name ?? '', name) &&
          (c.domain === undefined || c.domain === '*' || wildcard(c.domain, options.domain ?? 'auto')) &&
          (c.path === undefined || c.path === '*' || wildcard(c.path, options.path ?? '/')) &&
          (c.secure === undefined || c.secure === 'any' || options.secure === true) &&
          (c.session === undefined || c.session === 'any' || (c.session === 'session') === (options['max-age'] === undefined && options.expires === undefined)),
      );
    }
    case 'get_url':
    case 'get_referrer':
      return urlPartAllowed(params, args[0], args[1]);
    case 'read_data_layer':
      return params.allowedKeys === 'any' || keyAllowed(params.keyPatterns ?? [], args[0]);
    case 'write_data_layer':
      return keyAllowed(params.keyPatterns ?? [], args[0]);
    case 'logging':
      // Tests and preview run in debug mode, where 'debug' logging is allowed.
      return params.environments === 'all' || params.environments === 'debug' || params.environments === undefined;
    default:
      // access_template_storage, read_title, read_character_set, read_container_data, read_event_metadata, read_analytics_storage…
      return true;
  }
}

// ---- Values across the sandbox boundary --------------------------------------
// https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript#simplified_type_system

/** GTM's getType: 'undefined', 'null', 'boolean', 'number', 'string', 'array', 'object' or 'function'. */
export const getType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'function' ? 'function' : typeof value);

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  // An object literal of any realm (the page's or the sandbox's): its prototype is some realm's Object.prototype.
  return proto === null || Object.getPrototypeOf(proto) === null;
};

/**
 * A value crossing between page and sandbox (copyFromWindow, callInWindow, setInWindow,
 * copyFromDataLayer): a deep copy of null, undefined, strings, numbers, booleans, arrays
 * and plain objects; functions pass through; anything else (Date, DOM nodes, class
 * instances, Map…) becomes undefined.
 */
export function crossBoundary(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (typeof value === 'function') return value;
  if (seen.has(value as object)) return seen.get(value as object);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out.push(crossBoundary(value[i], seen));
    return out;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const key of Object.keys(value)) out[key] = crossBoundary(value[key], seen);
    return out;
  }
  return undefined;
}

const getAt = (from: any, path: string): any =>
  String(path)
    .split('.')
    .reduce((at, key) => (at == null ? undefined : at[key]), from);
const ownerOf = (from: any, path: string): [any, string] => {
  const keys = String(path).split('.');
  const last = keys.pop() as string;
  return [getAt(from, keys.join('.')) ?? (keys.length ? undefined : from), last];
};
const setAt = (into: any, path: string, value: unknown): void => {
  const keys = String(path).split('.');
  const last = keys.pop() as string;
  const owner = keys.reduce((at, key) => (at[key] = at[key] ?? {}), into);
  owner[last] = value;
};

// ---- The page the sandbox runs in ---------------------------------------------

/** A call the template code made to a sandbox API (or to gtmOnSuccess / gtmOnFailure). */
export interface Call {
  /** The API's name. */
  api: string;
  /** The arguments, as passed. */
  args: unknown[];
}

/** A page for the sandbox: its window, data layer, cookies, storage, consent, URL, and what the APIs did. */
export interface World {
  /** The page's global object. */
  window: Record<string, any>;
  /** GTM's data model (what copyFromDataLayer reads), already merged. */
  dataModel: Record<string, any>;
  /** true / false per consent type; a type never set is absent (and counts as granted). */
  consent: Record<string, boolean>;
  /** addConsentListener's listeners: consent type, listener. */
  consentListeners: [string, (type: string, granted: boolean) => void][];
  /** Every injectScript call, with its callbacks. */
  injected: { url: string; onSuccess: () => void; onFailure: () => void; cacheToken?: string }[];
  /** URLs of script elements actually added: one per cache token. */
  scripts: string[];
  /** Every sendPixel call. */
  pixels: { url: string; onSuccess?: () => void; onFailure?: () => void }[];
  /** Every injectHiddenIframe call. */
  iframes: { url: string; onSuccess?: () => void }[];
  /** Cookie name → its values, as stored (URI-encoded unless set with encode false). */
  cookies: Record<string, string[]>;
  /** Cookie name → the options of its last setCookie. */
  cookieOptions: Record<string, Record<string, unknown>>;
  /** The page's local storage. */
  localStorage: Map<string, string>;
  /** This template's storage (for the page's lifetime). */
  templateStorage: Map<string, unknown>;
  /** addEventCallback's callbacks. */
  eventCallbacks: ((containerId: string, eventData: unknown) => void)[];
  /** Every logToConsole call's arguments. */
  logs: unknown[][];
  /** The page URL (getUrl, getQueryParameters). */
  url: string;
  /** document.referrer ('' when none). */
  referrer: string;
  /** document.title. */
  title: string;
  /** document.characterSet. */
  characterSet: string;
  /** Fixed "now" for getTimestamp(Millis); undefined means the real clock. */
  now?: number;
  /** Work scheduled for after the current code returns (callLater, sha256's callbacks). */
  tasks: (() => void)[];
  /** GTM's container data for getContainerVersion. */
  container: { containerId: string; debugMode: boolean; environmentName: string; environmentMode: boolean; previewMode: boolean; version: string };
}

/** A blank page, as GTM's test environment has it. */
export const newWorld = (): World => ({
  window: {},
  dataModel: {},
  consent: {},
  consentListeners: [],
  injected: [],
  scripts: [],
  pixels: [],
  iframes: [],
  cookies: {},
  cookieOptions: {},
  localStorage: new Map(),
  templateStorage: new Map(),
  eventCallbacks: [],
  logs: [],
  // GTM runs template tests on a gtm-msr.appspot.com page (undocumented; Gallery templates such as
  // stape-io/consent-listener-web-tag test getUrl() for that prefix to skip work in tests).
  url: 'https://gtm-msr.appspot.com/render?id=GTM-XXXXXXX',
  referrer: '',
  title: '',
  characterSet: 'UTF-8',
  tasks: [],
  container: { containerId: 'GTM-XXXXXXX', debugMode: true, environmentName: '', environmentMode: false, previewMode: true, version: 'QUICK_PREVIEW' },
});

/** Runs the scheduled work (callLater, sha256 callbacks) until none is left, as the page's event loop would. */
export function flushTasks(world: World): void {
  for (let i = 0; world.tasks.length; i++) {
    if (i > 10000) throw new Error('callLater loop: more than 10,000 tasks');
    (world.tasks.shift() as () => void)();
  }
}

/** getUrl / getReferrerUrl components: https://developers.google.com/tag-platform/tag-manager/templates/api#geturl */
const urlComponent = (href: string, component?: string): string | undefined => {
  if (component === undefined || component === null || component === '') return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  switch (component) {
    case 'protocol':
      return url.protocol.replace(/:$/, '');
    case 'host':
      return url.hostname;
    case 'port':
      return url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
    case 'path':
      return url.pathname;
    case 'extension': {
      const last = url.pathname.split('/').pop() ?? '';
      return last.includes('.') ? last.split('.').pop() : '';
    }
    case 'query':
      return url.search.replace(/^\?/, '');
    case 'fragment':
      return url.hash.replace(/^#/, '');
    default:
      return undefined;
  }
};

const queryParameters = (href: string, key: string, all?: boolean): string | string[] | undefined => {
  let values: string[] = [];
  try {
    values = new URL(href).searchParams.getAll(key);
  } catch {
    /* not a URL: no parameters */
  }
  return all ? values : values[0];
};

const encodeOrUndefined = (fn: (text: string) => string) => (text: unknown) => {
  try {
    return fn(String(text));
  } catch {
    return undefined;
  }
};

/**
 * The web sandbox APIs, unmocked: each checks its permission first and throws, as GTM
 * does, when the template does not have it. https://developers.google.com/tag-platform/tag-manager/templates/api
 */
export function sandboxApis(p: Permissions, world: World): Record<string, any> {
  const need = (id: string, ...args: any[]): void => {
    if (!permits(p, id, ...args)) throw new Error(`permission denied: ${id} ${args.map((a) => JSON.stringify(a)).join(' ')}`.trim());
  };
  const later = (fn: unknown, ...args: unknown[]) => {
    if (typeof fn === 'function') world.tasks.push(() => fn(...args));
  };
  const dataLayer = (): any[] => (world.window.dataLayer = Array.isArray(world.window.dataLayer) ? world.window.dataLayer : []);
  // #setdefaultconsentstate / #updateconsentstate: "pushes a consent command to the data layer, to be
  // processed as soon as possible after the current event" — so the state changes after the code returns.
  const consentChange = (settings: Record<string, unknown>, isDefault: boolean) => {
    const types = Object.entries(settings ?? {}).filter(([, state]) => state === 'granted' || state === 'denied');
    for (const [type] of types) need('access_consent', type, 'write');
    dataLayer().push(['consent', isDefault ? 'default' : 'update', crossBoundary(settings)]);
    world.tasks.push(() => {
      for (const [type, state] of types) {
        if (isDefault && type in world.consent) continue;
        const before = world.consent[type] !== false;
        world.consent[type] = state === 'granted';
        // Never set counts as granted, so unset → granted calls no listener (#addconsentlistener).
        if (before !== world.consent[type]) for (const [t, fn] of world.consentListeners) if (t === type) fn(type, world.consent[type]);
      }
    });
  };
  const storage = (map: Map<string, any>, check: (right: string, key: string) => void) => ({
    getItem: (key: string) => (check('read', key), map.has(String(key)) ? map.get(String(key)) : null),
    setItem: (key: string, value: unknown) => {
      check('write', key);
      // localStorage stores strings and returns true; templateStorage keeps references.
      map.set(String(key), map === world.localStorage ? String(value) : value);
      return map === world.localStorage ? true : undefined;
    },
    removeItem: (key: string) => {
      check('write', key);
      map.delete(String(key));
    },
  });
  const queue = (arrayKey: string): any[] => {
    const existing = getAt(world.window, arrayKey);
    if (existing !== undefined && existing !== null) return existing;
    const created: any[] = [];
    setAt(world.window, arrayKey, created);
    return created;
  };

  return {
    // #addconsentlistener
    addConsentListener: (type: string, listener: (type: string, granted: boolean) => void) => {
      need('access_consent', type, 'read');
      world.consentListeners.push([type, listener]);
    },
    // #addeventcallback
    addEventCallback: (callback: (containerId: string, eventData: unknown) => void) => {
      need('read_event_metadata');
      world.eventCallbacks.push(callback);
    },
    // #aliasinwindow: window[toPath] = window[fromPath]; every component of toPath but the last must exist.
    aliasInWindow: (toPath: string, fromPath: string) => {
      need('access_globals', 'write', toPath);
      need('access_globals', 'read', fromPath);
      const [owner, key] = ownerOf(world.window, toPath);
      if (owner === null || (typeof owner !== 'object' && typeof owner !== 'function')) return false;
      owner[key] = getAt(world.window, fromPath);
      return true;
    },
    // #callinwindow: the function at a path off window, called on its owner; arguments and result cross the boundary.
    callInWindow: (path: string, ...args: unknown[]) => {
      need('access_globals', 'execute', path);
      const [owner, key] = ownerOf(world.window, path);
      const fn = owner == null ? undefined : owner[key];
      if (typeof fn !== 'function') return undefined;
      return crossBoundary(
        fn.apply(
          owner,
          args.map((arg) => crossBoundary(arg)),
        ),
      );
    },
    // #calllater: asynchronously, after the current code returns.
    callLater: (fn: () => void) => later(fn),
    // #copyfromdatalayer: version 2 (default) reads a dot path, version 1 a literal key.
    copyFromDataLayer: (key: string, dataLayerVersion = 2) => {
      need('read_data_layer', key);
      return crossBoundary(dataLayerVersion === 1 ? world.dataModel[key] : getAt(world.dataModel, key));
    },
    // #copyfromwindow: a deep copy; functions pass through.
    copyFromWindow: (key: string) => {
      need('access_globals', 'read', key);
      return crossBoundary(getAt(world.window, key));
    },
    // #createargumentsqueue: a function at fnKey that pushes its arguments object onto the array at arrayKey.
    createArgumentsQueue: (fnKey: string, arrayKey: string) => {
      need('access_globals', 'readwrite', fnKey);
      need('access_globals', 'readwrite', arrayKey);
      const existing = getAt(world.window, fnKey);
      if (typeof existing === 'function') return existing;
      const fn = function (this: unknown) {
        // eslint-disable-next-line prefer-rest-params
        const args = arguments;
        const array = queue(arrayKey);
        array.push(args);
      };
      setAt(world.window, fnKey, fn);
      queue(arrayKey);
      return fn;
    },
    // #createqueue: creates the window array if needed; returns a function that pushes onto it (through its own push).
    createQueue: (arrayKey: string) => {
      need('access_globals', 'readwrite', arrayKey);
      queue(arrayKey);
      return (...items: unknown[]) => {
        const array = getAt(world.window, arrayKey);
        array.push(...items.map((item) => crossBoundary(item)));
      };
    },
    decodeUri: encodeOrUndefined(decodeURI),
    decodeUriComponent: encodeOrUndefined(decodeURIComponent),
    encodeUri: encodeOrUndefined(encodeURI),
    encodeUriComponent: encodeOrUndefined(encodeURIComponent),
    // #frombase64: undefined for input that is not base64.
    fromBase64: (text: string) => {
      if (typeof text !== 'string' || !/^[A-Za-z0-9+/\-_]*={0,2}$/.test(text)) return undefined;
      return Buffer.from(text, 'base64').toString('utf8');
    },
    // #generaterandom: an integer in [min, max].
    generateRandom: (min: number, max: number) => Math.floor(Math.random() * (max - min + 1)) + min,
    // #getcontainerversion
    getContainerVersion: () => {
      need('read_container_data');
      return { ...world.container };
    },
    // #getcookievalues: every value of the cookie, URI-decoded unless decode is false.
    getCookieValues: (name: string, decode = true) => {
      need('get_cookies', name);
      return (world.cookies[name] ?? []).map((value) => (decode === false ? value : (encodeOrUndefined(decodeURIComponent)(value) ?? value)));
    },
    getQueryParameters: (key: string, retrieveAll?: boolean) => {
      need('get_url', 'query', key);
      return queryParameters(world.url, key, retrieveAll);
    },
    getReferrerQueryParameters: (key: string, retrieveAll?: boolean) => {
      need('get_referrer', 'query', key);
      return queryParameters(world.referrer, key, retrieveAll);
    },
    getReferrerUrl: (component?: string) => {
      need('get_referrer', component);
      return world.referrer ? urlComponent(world.referrer, component) : '';
    },
    getTimestamp: () => world.now ?? Date.now(),
    getTimestampMillis: () => world.now ?? Date.now(),
    getType,
    // #geturl
    getUrl: (component?: string) => {
      need('get_url', component);
      return urlComponent(world.url, component);
    },
    // #gtagset: pushes a gtag 'set' command onto the dataLayer.
    gtagSet: (keyOrObject: string | Record<string, unknown>, value?: unknown) => {
      const settings = typeof keyOrObject === 'string' ? { [keyOrObject]: value } : (keyOrObject ?? {});
      for (const key of Object.keys(settings)) need('write_data_layer', key);
      dataLayer().push(['set', crossBoundary(settings)]);
    },
    // #injecthiddeniframe
    injectHiddenIframe: (url: string, onSuccess?: () => void) => {
      need('inject_hidden_iframe', url);
      world.iframes.push({ url, onSuccess });
    },
    // #injectscript: one script element per cache token; later calls with the token only add callbacks.
    injectScript: (url: string, onSuccess?: () => void, onFailure?: () => void, cacheToken?: string) => {
      need('inject_script', url);
      const known = cacheToken !== undefined && world.injected.some((entry) => entry.cacheToken === cacheToken);
      world.injected.push({ url, onSuccess: onSuccess ?? (() => undefined), onFailure: onFailure ?? (() => undefined), cacheToken });
      if (!known) world.scripts.push(url);
    },
    // #isconsentgranted: a type never set counts as granted.
    isConsentGranted: (type: string) => {
      need('access_consent', type, 'read');
      return world.consent[type] !== false;
    },
    // #json: parse/stringify, undefined instead of throwing.
    JSON: {
      parse: (text: string) => {
        try {
          return JSON.parse(String(text));
        } catch {
          return undefined;
        }
      },
      stringify: (value: unknown) => {
        try {
          return JSON.stringify(value);
        } catch {
          return undefined;
        }
      },
    },
    // #localstorage
    localStorage: storage(world.localStorage, (right, key) => need('access_local_storage', right, key)),
    // #logtoconsole
    logToConsole: (...args: unknown[]) => {
      need('logging');
      world.logs.push(args);
    },
    // #makeinteger / #makenumber / #makestring
    makeInteger: (value: unknown) => {
      const n = Number(value);
      return Number.isFinite(n) ? Math.trunc(n) : n;
    },
    makeNumber: (value: unknown) => Number(value),
    makeString: (value: unknown) => String(value),
    // #maketablemap: a SIMPLE_TABLE's rows → {key column value: value column value}; null for anything but a table.
    makeTableMap: (rows: unknown, keyColumn: string, valueColumn: string) => {
      if (!Array.isArray(rows)) return null;
      const out: Record<string, unknown> = {};
      for (const row of rows) if (isPlainObject(row) && keyColumn in row) out[String(row[keyColumn])] = row[valueColumn];
      return out;
    },
    // #math
    Math: { abs: Math.abs, floor: Math.floor, ceil: Math.ceil, round: Math.round, max: Math.max, min: Math.min, pow: Math.pow, sqrt: Math.sqrt },
    // #object: keys/values/entries (input coerced to an object), freeze (primitives returned as they are),
    // delete (true unless the object is frozen; never array elements).
    Object: {
      keys: (obj: unknown) => (obj == null ? [] : Object.keys(Object(obj))),
      values: (obj: unknown) => (obj == null ? [] : Object.values(Object(obj))),
      entries: (obj: unknown) => (obj == null ? [] : Object.entries(Object(obj))),
      freeze: (obj: unknown) => (obj !== null && typeof obj === 'object' ? Object.freeze(obj) : obj),
      delete: (obj: unknown, key: string) => {
        if (!isPlainObject(obj) || Object.isFrozen(obj)) return false;
        delete obj[key];
        return true;
      },
    },
    // #parseurl: the URL's parts, searchParams as key → value (or array of values); undefined for a malformed URL.
    parseUrl: (href: string) => {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        return undefined;
      }
      const searchParams: Record<string, string | string[]> = {};
      for (const key of new Set(url.searchParams.keys())) {
        const values = url.searchParams.getAll(key);
        searchParams[key] = values.length > 1 ? values : values[0];
      }
      const { hash, host, hostname, origin, password, pathname, port, protocol, search, username } = url;
      return { href: url.href, origin, protocol, username, password, host, hostname, port, pathname, search, searchParams, hash };
    },
    // #querypermission
    queryPermission: (id: string, ...args: unknown[]) => permits(p, id, ...args),
    // #readanalyticsstorage: client id and sessions from the _ga cookies.
    readAnalyticsStorage: () => {
      need('read_analytics_storage');
      const ga = (world.cookies._ga ?? [])[0];
      const client_id = ga ? ga.split('.').slice(-2).join('.') : undefined;
      return { client_id, sessions: [] };
    },
    readCharacterSet: () => {
      need('read_character_set');
      return world.characterSet;
    },
    readTitle: () => {
      need('read_title');
      return world.title;
    },
    // #sendpixel
    sendPixel: (url: string, onSuccess?: () => void, onFailure?: () => void) => {
      need('send_pixel', url);
      world.pixels.push({ url, onSuccess, onFailure });
    },
    // #setcookie: URI-encoded unless encode is false.
    setCookie: (name: string, value: string, options: Record<string, unknown> = {}, encode = true) => {
      need('set_cookies', name, options);
      const stored = encode === false ? String(value) : encodeURIComponent(String(value));
      world.cookies[name] = [stored];
      world.cookieOptions[name] = { ...options };
    },
    setDefaultConsentState: (settings: Record<string, unknown>) => consentChange(settings, true),
    // #setinwindow: true if set; an existing value is kept unless overrideExisting.
    setInWindow: (key: string, value: unknown, overrideExisting?: boolean) => {
      need('access_globals', 'write', key);
      if (!overrideExisting && getAt(world.window, key) !== undefined) return false;
      setAt(world.window, key, crossBoundary(value));
      return true;
    },
    // #sha256: asynchronous; base64 digest unless options.outputEncoding is 'hex'.
    sha256: (input: unknown, onSuccess: (digest: string) => void, onFailure?: () => void, options?: { outputEncoding?: string }) => {
      if (typeof input !== 'string') return later(onFailure, { name: 'TypeError', message: 'sha256 input must be a string' });
      const digest = createHash('sha256')
        .update(input, 'utf8')
        .digest(options?.outputEncoding === 'hex' ? 'hex' : 'base64');
      later(onSuccess, digest);
    },
    // #templatestorage: per template, for the page's lifetime.
    templateStorage: {
      ...storage(world.templateStorage, () => need('access_template_storage')),
      clear: () => {
        need('access_template_storage');
        world.templateStorage.clear();
      },
    },
    toBase64: (text: string) => Buffer.from(String(text), 'utf8').toString('base64'),
    updateConsentState: (settings: Record<string, unknown>) => consentChange(settings, false),
  };
}

// ---- Sandboxed JavaScript -------------------------------------------------------
// https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript
// ES5.1 plus arrow functions and const/let (for…of too: Gallery templates whose
// tests pass in GTM use it, e.g. mbaersch/url-cleaner); no global scope (window, document,
// String(), Math…: only `require`); arrays, objects and functions by literal syntax.

type TS = typeof import('typescript');
let tsModule: TS | undefined;
const typescript = (): TS => (tsModule ??= createRequire(import.meta.url)('typescript') as TS);

/** A syntax GTM's sandboxed JavaScript does not have. */
export class SandboxSyntaxError extends Error {}

/** Checks GTM's syntax subset and returns the code as a function of `params` in which `arguments` is an array (arrow functions get their own). */
export function compileSandboxed(code: string, params: string[], name = 'sandboxed code'): string {
  const ts = typescript();
  const wrapped = `(function (${params.join(', ')}) {\n${code}\n})`;
  const source = ts.createSourceFile('sandboxed.js', wrapped, ts.ScriptTarget.ES2017, true, ts.ScriptKind.JS);
  const diagnostics = (source as any).parseDiagnostics as { messageText: string; start: number }[];
  if (diagnostics?.length) throw new SandboxSyntaxError(`${name}: ${diagnostics[0].messageText}`);
  const forbidden = (node: import('typescript').Node): string | undefined => {
    const k = ts.SyntaxKind;
    switch (node.kind) {
      case k.NewExpression:
        return '`new`';
      case k.ThisKeyword:
        return '`this`';
      case k.RegularExpressionLiteral:
        return 'regular expression literals';
      case k.ClassDeclaration:
      case k.ClassExpression:
        return 'classes';
      case k.TemplateExpression:
      case k.NoSubstitutionTemplateLiteral:
      case k.TaggedTemplateExpression:
        return 'template literals';
      case k.SpreadElement:
      case k.SpreadAssignment:
        return 'spread';
      case k.ObjectBindingPattern:
      case k.ArrayBindingPattern:
        return 'destructuring';
      case k.AwaitExpression:
      case k.YieldExpression:
        return 'async and generators';
      case k.WithStatement:
        return '`with`';
      case k.GetAccessor:
      case k.SetAccessor:
        return 'getters and setters';
    }
    if ((ts.isFunctionLike(node) && (node as any).asteriskToken) || ts.getCombinedModifierFlags(node as any) & ts.ModifierFlags.Async) return 'async and generators';
    if (ts.isParameter(node) && node.dotDotDotToken) return 'rest parameters';
    return undefined;
  };
  const check = (node: import('typescript').Node): void => {
    const what = forbidden(node);
    if (what) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      throw new SandboxSyntaxError(`${name}, line ${line}: sandboxed JavaScript has no ${what}`);
    }
    ts.forEachChild(node, check);
  };
  check(source);

  // Every function gets `var __arguments__ = __toArray__(arguments)` and its `arguments`
  // reads that: an array, as in GTM, and an arrow function's own.
  const transformer = (context: import('typescript').TransformationContext) => {
    const f = context.factory;
    const prologue = () =>
      f.createVariableStatement(undefined, [
        f.createVariableDeclaration('__arguments__', undefined, undefined, f.createCallExpression(f.createIdentifier('__toArray__'), undefined, [f.createIdentifier('arguments')])),
      ]);
    const visit = (node: import('typescript').Node): import('typescript').Node => {
      if (ts.isArrowFunction(node)) {
        const body = ts.isBlock(node.body) ? node.body : f.createBlock([f.createReturnStatement(node.body)], true);
        return visit(f.createFunctionExpression(undefined, undefined, undefined, undefined, node.parameters, undefined, body));
      }
      if ((ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) && node.body) {
        const visited = ts.visitEachChild(node, visit, context) as typeof node;
        const body = f.updateBlock(visited.body as import('typescript').Block, [prologue(), ...(visited.body as import('typescript').Block).statements]);
        return ts.isFunctionExpression(visited)
          ? f.updateFunctionExpression(visited, visited.modifiers, visited.asteriskToken, visited.name, visited.typeParameters, visited.parameters, visited.type, body)
          : f.updateFunctionDeclaration(
              visited as import('typescript').FunctionDeclaration,
              (visited as any).modifiers,
              visited.asteriskToken,
              visited.name,
              visited.typeParameters,
              visited.parameters,
              visited.type,
              body,
            );
      }
      if (ts.isPropertyAccessExpression(node)) return f.updatePropertyAccessExpression(node, visit(node.expression) as import('typescript').Expression, node.name);
      if (ts.isPropertyAssignment(node)) return f.updatePropertyAssignment(node, node.name, visit(node.initializer) as import('typescript').Expression);
      if (ts.isIdentifier(node) && node.text === 'arguments') return f.createIdentifier('__arguments__');
      return ts.visitEachChild(node, visit, context);
    };
    return (file: import('typescript').SourceFile) => visit(file) as import('typescript').SourceFile;
  };
  const result = ts.transform(source, [transformer]);
  const out = ts.createPrinter().printFile(result.transformed[0]);
  result.dispose();
  return out;
}

/**
 * The methods sandboxed JavaScript keeps on built-in types: "Standard Library",
 * https://developers.google.com/tag-platform/tag-manager/templates/standard-library
 * (so no `includes`, `startsWith`, `charCodeAt`, `find`, `toFixed`…). Object methods
 * are left alone: Gallery templates whose tests pass in GTM call `hasOwnProperty`.
 */
export const STANDARD_LIBRARY = {
  Array: [
    'concat',
    'every',
    'filter',
    'forEach',
    'indexOf',
    'join',
    'lastIndexOf',
    'map',
    'pop',
    'push',
    'reduce',
    'reduceRight',
    'reverse',
    'shift',
    'slice',
    'some',
    'sort',
    'splice',
    'toString',
    'unshift',
  ],
  String: [
    'charAt',
    'concat',
    'indexOf',
    'lastIndexOf',
    'match',
    'replace',
    'search',
    'slice',
    'split',
    'substring',
    'toLowerCase',
    'toLocaleLowerCase',
    'toString',
    'toUpperCase',
    'toLocaleUpperCase',
    'trim',
  ],
  Number: ['toString'],
  Boolean: ['toString'],
};

/** What a realm provides the harness: `arguments` as one of its arrays, and host values made its own. */
interface RealmTools {
  toArray: (args: ArrayLike<unknown>) => unknown[];
  adopt: (value: unknown) => unknown;
}
const realmTools = new WeakMap<vm.Context, RealmTools>();

/**
 * A fresh realm with none of the global scope (sandboxed code sees only what it is handed)
 * and only the standard library's methods on strings, numbers, booleans and arrays. Arrays
 * and objects the APIs return are re-made in the realm (`adopt`), so they have those
 * methods only, as in GTM, where every API value is a sandbox value.
 */
export function newRealm(): vm.Context {
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  const tools = vm.runInContext(
    `(function (g, keep) {
      const slice = g.Array.prototype.slice;
      const ArrayProto = g.Array.prototype;
      const ObjectProto = g.Object.prototype;
      const isArray = g.Array.isArray;
      const getProto = g.Object.getPrototypeOf;
      const keysOf = g.Object.keys;
      const RealmMap = g.Map;
      function adopt(value, seen) {
        if (value === null || typeof value !== 'object') return value;
        seen = seen || new RealmMap();
        if (seen.has(value)) return seen.get(value);
        const proto = getProto(value);
        if (isArray(value)) {
          if (proto === ArrayProto) return value;
          const array = [];
          seen.set(value, array);
          for (let i = 0; i < value.length; i++) array.push(adopt(value[i], seen));
          return array;
        }
        if (proto === ObjectProto || proto === null || getProto(proto) !== null) return value;
        const object = {};
        seen.set(value, object);
        const keys = keysOf(value);
        for (let i = 0; i < keys.length; i++) object[keys[i]] = adopt(value[keys[i]], seen);
        return object;
      }
      for (const type of Object.keys(keep)) {
        const proto = g[type].prototype;
        for (const key of Object.getOwnPropertyNames(proto)) {
          if (key !== 'constructor' && key !== 'length' && key !== 'valueOf' && keep[type].indexOf(key) < 0) delete proto[key];
        }
      }
      for (const key of Object.getOwnPropertyNames(g)) if (key !== 'undefined' && key !== 'NaN' && key !== 'Infinity') delete g[key];
      return { toArray: function (args) { return slice.call(args); }, adopt: function (value) { return adopt(value); } };
    })(globalThis, ${JSON.stringify(STANDARD_LIBRARY)});`,
    context,
  ) as RealmTools;
  realmTools.set(context, tools);
  return context;
}

/** An API as sandboxed code in `realm` sees it: what it returns is made a value of the realm. */
function adoptApi(realm: vm.Context, api: unknown): unknown {
  const { adopt } = realmTools.get(realm) as RealmTools;
  if (typeof api === 'function') return (...args: unknown[]) => adopt((api as (...a: unknown[]) => unknown)(...args));
  if (api === null || typeof api !== 'object') return api;
  return Object.fromEntries(Object.entries(api).map(([key, value]) => [key, adoptApi(realm, value)]));
}

const compiled = new Map<string, string>();
/** Compiles (cached) and evaluates sandboxed code in a realm; returns it as a function of `params`. */
function sandboxFunction(realm: vm.Context, code: string, params: string[], name: string): (...args: unknown[]) => unknown {
  const key = `${params.join(',')}\n${code}`;
  if (!compiled.has(key)) compiled.set(key, compileSandboxed(code, ['__toArray__', ...params], name));
  const fn = vm.runInContext(compiled.get(key) as string, realm, { filename: name }) as (...args: unknown[]) => unknown;
  const { toArray } = realmTools.get(realm) as RealmTools;
  return (...args: unknown[]) => fn(toArray, ...args);
}

/**
 * Runs the sandboxed code once with `data`, the way GTM runs a tag or variable:
 * `require` gives the APIs, `data.gtmOnSuccess`/`gtmOnFailure` report a tag's end,
 * and a variable's value is returned.
 */
export function runSandboxed(code: string, data: Record<string, unknown>, apis: Record<string, any>, realm: vm.Context = newRealm()): unknown {
  const require = (name: string) => {
    if (!(name in apis)) throw new Error(`require('${name}'): not a web sandbox API`);
    return apis[name];
  };
  return sandboxFunction(realm, code, ['require', 'data'], 'template code')(require, data);
}

// ---- The GTM test API ----------------------------------------------------------
// https://developers.google.com/tag-platform/tag-manager/templates/tests and the
// "Test APIs" section of https://developers.google.com/tag-platform/tag-manager/templates/api#test-apis

/** isEqualTo's value comparison: the contents of arrays and objects compared recursively (keys holding undefined count as absent). */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (getType(a) !== getType(b) || typeof a !== 'object' || a === null) return false;
  const ka = Object.keys(a as object).filter((k) => (a as any)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as any)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as any)[k], (b as any)[k]));
};

const show = (value: unknown): string => {
  if (typeof value === 'function') return 'function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** A failed assertion or fail(): the scenario fails with this message. */
export class TestFailure extends Error {}

/** The `assertThat(subject)` matchers. https://developers.google.com/tag-platform/tag-manager/templates/api#assertthat */
export function assertThat(actual: unknown, message?: string): Record<string, (...args: any[]) => void> {
  const check = (ok: boolean, what: string): void => {
    if (!ok) throw new TestFailure(`${message ? message + ': ' : ''}expected ${show(actual)} ${what}`);
  };
  const sized = (): { length: number } => {
    if (typeof actual === 'string' || Array.isArray(actual)) return actual;
    if (isPlainObject(actual)) return Object.keys(actual);
    throw new TestFailure(`${message ? message + ': ' : ''}expected an array or string, got ${show(actual)}`);
  };
  const has = (item: unknown): boolean => {
    if (typeof actual === 'string') return typeof item === 'string' && actual.includes(item);
    if (Array.isArray(actual)) return actual.some((x) => deepEqual(x, item));
    throw new TestFailure(`${message ? message + ': ' : ''}expected an array or string, got ${show(actual)}`);
  };
  const exactly = (items: unknown[]): boolean => {
    if (!Array.isArray(actual)) throw new TestFailure(`${message ? message + ': ' : ''}expected an array, got ${show(actual)}`);
    if (actual.length !== items.length) return false;
    const left = [...actual];
    return items.every((item) => {
      const at = left.findIndex((x) => deepEqual(x, item));
      if (at < 0) return false;
      left.splice(at, 1);
      return true;
    });
  };
  return {
    isEqualTo: (expected) => check(deepEqual(actual, expected), `to equal ${show(expected)}`),
    isNotEqualTo: (expected) => check(!deepEqual(actual, expected), `not to equal ${show(expected)}`),
    isStrictlyEqualTo: (expected) => check(actual === expected, `to be (===) ${show(expected)}`),
    isNotStrictlyEqualTo: (expected) => check(actual !== expected, `not to be (===) ${show(expected)}`),
    isAnyOf: (...expected) =>
      check(
        expected.some((e) => deepEqual(actual, e)),
        `to be any of ${show(expected)}`,
      ),
    isNoneOf: (...expected) => check(!expected.some((e) => deepEqual(actual, e)), `to be none of ${show(expected)}`),
    isDefined: () => check(actual !== undefined, 'to be defined'),
    isUndefined: () => check(actual === undefined, 'to be undefined'),
    isNull: () => check(actual === null, 'to be null'),
    isNotNull: () => check(actual !== null, 'not to be null'),
    isTrue: () => check(actual === true, 'to be true'),
    isFalse: () => check(actual === false, 'to be false'),
    isTruthy: () => check(!!actual, 'to be truthy'),
    isFalsy: () => check(!actual, 'to be falsy'),
    isNaN: () => check(typeof actual === 'number' && Number.isNaN(actual), 'to be NaN'),
    isNotNaN: () => check(!(typeof actual === 'number' && Number.isNaN(actual)), 'not to be NaN'),
    isInfinity: () => check(actual === Infinity || actual === -Infinity, 'to be infinite'),
    isNotInfinity: () => check(actual !== Infinity && actual !== -Infinity, 'not to be infinite'),
    isGreaterThan: (n) => check((actual as number) > n, `to be greater than ${show(n)}`),
    isGreaterThanOrEqualTo: (n) => check((actual as number) >= n, `to be greater than or equal to ${show(n)}`),
    isLessThan: (n) => check((actual as number) < n, `to be less than ${show(n)}`),
    isLessThanOrEqualTo: (n) => check((actual as number) <= n, `to be less than or equal to ${show(n)}`),
    contains: (...items) => check(items.every(has), `to contain ${show(items)}`),
    doesNotContain: (...items) => check(!items.some(has), `not to contain ${show(items)}`),
    containsExactly: (...items) => check(exactly(items), `to contain exactly ${show(items)}`),
    doesNotContainExactly: (...items) => check(!exactly(items), `not to contain exactly ${show(items)}`),
    hasLength: (length) => check(sized().length === length, `to have length ${show(length)}`),
    isEmpty: () => check(sized().length === 0, 'to be empty'),
    isNotEmpty: () => check(sized().length > 0, 'not to be empty'),
    isArray: () => check(getType(actual) === 'array', 'to be an array'),
    isBoolean: () => check(getType(actual) === 'boolean', 'to be a boolean'),
    isFunction: () => check(getType(actual) === 'function', 'to be a function'),
    isNumber: () => check(getType(actual) === 'number', 'to be a number'),
    isObject: () => check(getType(actual) === 'object', 'to be an object'),
    isString: () => check(getType(actual) === 'string', 'to be a string'),
  };
}

/** What a scenario left behind: the recorded API calls and the page. */
export interface ScenarioResult {
  /** The template's API calls, in order (later ones are appended as callbacks run). */
  calls: Call[];
  /** The page the scenario ran on. */
  world: World;
}

/**
 * Runs one ___TESTS___ scenario (after `setup`) in a fresh realm and page, as GTM does:
 * mocks are the scenario's own, mocked APIs skip permission checks, unmocked ones check
 * them, `require` in test code gives the real (unmocked, unrecorded) API, and work the
 * code scheduled (callLater, sha256) runs after the test code returns. Throws on the
 * first failed assertion. Returns the recorded calls.
 */
export function runScenario(template: Template, scenario: Scenario, world: World = newWorld()): Call[] {
  return runScenarioIn(template, scenario, world).calls;
}

/** runScenario, returning the calls and the page, for host-side assertions. */
export function runScenarioIn(template: Template, scenario: Scenario, world: World = newWorld()): ScenarioResult {
  const permissions = readPermissions(template.permissions);
  const realm = newRealm();
  const real: Record<string, any> = Object.fromEntries(Object.entries(sandboxApis(permissions, world)).map(([name, value]) => [name, adoptApi(realm, value)]));
  const mocks: Record<string, { value: unknown; object?: boolean }> = {};
  const calls: Call[] = [];
  const failWith = (text: string): never => {
    throw new TestFailure(`${scenario.name}: ${text}`);
  };
  // What template code gets from require(): the mock when there is one (looked up at call
  // time), else the real API; every call to a function API is recorded for assertApi.
  const forTemplate = new Proxy({} as Record<string, any>, {
    // Only web APIs can be required, mocked or not (a server API such as sha256Sync cannot be mocked into a web template).
    has: (_, name) => typeof name === 'string' && name in real,
    get: (_, name: string) => {
      const mock = mocks[name];
      const target = real[name];
      if (mock && (mock.object || typeof target !== 'function')) return mock.value;
      if (!mock && typeof target !== 'function') return target;
      return (...args: unknown[]) => {
        calls.push({ api: name, args });
        const current = mocks[name];
        if (!current) return real[name](...args);
        // mock(name, fn) replaces the API; mock(name, value) makes it return value.
        return typeof current.value === 'function' ? (current.value as (...a: unknown[]) => unknown)(...args) : current.value;
      };
    },
  });
  const api = {
    // #runcode: runs the template's code with data; returns a variable's value.
    runCode: (data: Record<string, unknown>) => {
      const tagData = {
        ...(data ?? {}),
        gtmOnSuccess: () => calls.push({ api: 'gtmOnSuccess', args: [] }),
        gtmOnFailure: () => calls.push({ api: 'gtmOnFailure', args: [] }),
      };
      return runSandboxed(template.code, tagData, forTemplate, realm);
    },
    // #mock: a function replaces the API; any other value is what the API returns.
    mock: (name: string, returnValue: unknown) => {
      mocks[name] = { value: returnValue };
    },
    // #mockobject: for the APIs that are objects (localStorage, templateStorage, JSON, Math, Object).
    mockObject: (name: string, objectMock: Record<string, unknown>) => {
      mocks[name] = { value: objectMock, object: true };
    },
    // #assertapi
    assertApi: (name: string) => {
      const of = () => calls.filter((call) => call.api === name);
      return {
        wasCalled: () => {
          if (of().length === 0) failWith(`expected ${name} to be called`);
        },
        wasNotCalled: () => {
          if (of().length > 0) failWith(`expected ${name} not to be called; it was called with ${show(of()[0].args)}`);
        },
        wasCalledWith: (...expected: unknown[]) => {
          if (!of().some((call) => deepEqual(call.args, expected))) failWith(`expected ${name} to be called with ${show(expected)}; calls: ${show(of().map((c) => c.args))}`);
        },
        wasNotCalledWith: (...expected: unknown[]) => {
          if (of().some((call) => deepEqual(call.args, expected))) failWith(`expected ${name} not to be called with ${show(expected)}`);
        },
      };
    },
    assertThat: (actual: unknown, message?: string) => {
      const matchers = assertThat(actual, message);
      return Object.fromEntries(
        Object.entries(matchers).map(([key, fn]) => [
          key,
          (...args: unknown[]) => {
            try {
              fn(...args);
            } catch (error) {
              if (error instanceof TestFailure) failWith(error.message);
              throw error;
            }
          },
        ]),
      );
    },
    // #fail
    fail: (message?: string) => failWith(message ?? 'fail() called'),
    // In test code, require gives the real API, unmocked and unrecorded.
    require: (name: string) => {
      if (!(name in real)) failWith(`require('${name}'): not a web sandbox API`);
      return real[name];
    },
  };
  const body = `${template.tests.setup ?? ''}\n${scenario.code}`;
  sandboxFunction(realm, body, Object.keys(api), `test "${scenario.name}"`)(...Object.values(api));
  flushTasks(world);
  return { calls, world };
}
