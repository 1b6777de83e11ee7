// A harness for GTM custom templates, so their tests run in CI: GTM itself
// runs a template's ___TESTS___ only in its web UI. It parses a .tpl by its
// section markers, runs the sandboxed code in Node against faithful mocks of
// the sandbox APIs (with permission checks, as GTM enforces them), and runs
// each test scenario with GTM's test API (runCode, mock, assertApi, assertThat, fail).
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** The repository root, from the source (Playwright) or the compiled copy in build/tsc (node --test). */
export const root = ((): URL => {
  let dir = new URL('./', import.meta.url);
  while (!existsSync(new URL('gtm-template/src/code.js', dir))) dir = new URL('../', dir);
  return dir;
})();
export const readText = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/** Section name (without underscores) → content. Found by marker, not by order. */
export function sections(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  const markers = [...text.matchAll(/^___([A-Z_]+?)___$/gm)];
  markers.forEach((marker, i) => {
    const start = (marker.index as number) + marker[0].length;
    const end = i + 1 < markers.length ? markers[i + 1].index : text.length;
    found[marker[1]] = text.slice(start, end).trim();
  });
  return found;
}

export interface Template {
  text: string;
  sections: Record<string, string>;
  info: any;
  parameters: any[];
  code: string;
  permissions: any[];
  tests: { scenarios: { name: string; code: string }[]; setup?: string };
}

export function loadTemplate(path = 'gtm-template/template.tpl'): Template {
  const text = readText(path);
  const parts = sections(text);
  return {
    text,
    sections: parts,
    info: JSON.parse(parts.INFO),
    parameters: JSON.parse(parts.TEMPLATE_PARAMETERS),
    code: parts.SANDBOXED_JS_FOR_WEB_TEMPLATE,
    permissions: JSON.parse(parts.WEB_PERMISSIONS),
    tests: parseYaml(parts.TESTS),
  };
}

/** Every parameter, groups flattened. */
export function allParameters(parameters: any[]): any[] {
  return parameters.flatMap((p) => [p, ...allParameters(p.subParams ?? [])]);
}

// ---- Permissions --------------------------------------------------------

type Value = { type: number; string?: string; boolean?: boolean; listItem?: Value[]; mapKey?: Value[]; mapValue?: Value[] };
const plain = (value: Value): unknown => {
  if (value.type === 1) return value.string;
  if (value.type === 8) return value.boolean;
  if (value.type === 2) return (value.listItem ?? []).map(plain);
  if (value.type === 3) return Object.fromEntries((value.mapKey ?? []).map((key, i) => [plain(key), plain((value.mapValue ?? [])[i])]));
  throw new Error(`unknown permission value type ${value.type}`);
};

export interface Permissions {
  injectUrls: string[];
  globals: { key: string; read: boolean; write: boolean; execute: boolean }[];
  logging?: string;
  consent: { consentType: string; read: boolean; write: boolean }[];
  ids: string[];
}

export function readPermissions(permissions: any[]): Permissions {
  const out: Permissions = { injectUrls: [], globals: [], consent: [], ids: [] };
  for (const { instance } of permissions) {
    const id = instance.key.publicId;
    out.ids.push(id);
    const params = Object.fromEntries((instance.param ?? []).map((p: any) => [p.key, plain(p.value)]));
    if (id === 'inject_script') out.injectUrls = params.urls as string[];
    if (id === 'access_globals') out.globals = params.keys as Permissions['globals'];
    if (id === 'logging') out.logging = params.environments as string;
    if (id === 'access_consent') out.consent = params.consentTypes as Permissions['consent'];
  }
  return out;
}

/** GTM URL match patterns: `*` matches any run of characters. */
export const urlAllowed = (patterns: string[], url: string): boolean =>
  patterns.some((pattern) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('.*')}$`).test(url));

export const globalAllowed = (p: Permissions, key: string, right: 'read' | 'write' | 'execute'): boolean =>
  p.globals.some((entry) => entry.key === key && entry[right] === true);

// ---- The sandbox ---------------------------------------------------------

export const getType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'function' ? 'function' : typeof value;

const clone = (value: unknown): unknown => (value === undefined || typeof value === 'function' ? undefined : JSON.parse(JSON.stringify(value)));

const getAt = (from: any, path: string): any => path.split('.').reduce((at, key) => (at == null ? undefined : at[key]), from);
const setAt = (into: any, path: string, value: unknown): void => {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const owner = keys.reduce((at, key) => (at[key] = at[key] ?? {}), into);
  owner[last] = value;
};

export interface Call {
  api: string;
  args: unknown[];
}

/** A page for the sandbox: its window and consent state. */
export interface World {
  window: Record<string, any>;
  consent: Record<string, boolean>;
  consentListeners: [string, (type: string, granted: boolean) => void][];
  injected: { url: string; onSuccess: () => void; onFailure: () => void; cacheToken?: string }[];
  logs: unknown[][];
}

export const newWorld = (): World => ({ window: {}, consent: {}, consentListeners: [], injected: [], logs: [] });

/** Faithful stand-ins of the sandbox APIs the template uses; each enforces its permission. */
export function sandboxApis(p: Permissions, world: World): Record<string, (...args: any[]) => unknown> {
  const deny = (what: string): never => {
    throw new Error(`permission denied: ${what}`);
  };
  return {
    injectScript: (url: string, onSuccess: () => void, onFailure: () => void, cacheToken?: string) => {
      if (!urlAllowed(p.injectUrls, url)) deny(`inject_script ${url}`);
      world.injected.push({ url, onSuccess, onFailure, cacheToken });
    },
    setInWindow: (key: string, value: unknown, override?: boolean) => {
      if (!globalAllowed(p, key, 'write')) deny(`access_globals write ${key}`);
      if (!override && getAt(world.window, key) !== undefined) return false;
      setAt(world.window, key, clone(value));
      return true;
    },
    copyFromWindow: (key: string) => {
      if (!globalAllowed(p, key, 'read')) deny(`access_globals read ${key}`);
      return clone(getAt(world.window, key));
    },
    callInWindow: (path: string, ...args: unknown[]) => {
      if (!globalAllowed(p, path, 'execute')) deny(`access_globals execute ${path}`);
      const fn = getAt(world.window, path);
      return typeof fn === 'function' ? clone(fn(...args.map(clone))) : undefined;
    },
    logToConsole: (...args: unknown[]) => {
      if (p.logging !== 'debug' && p.logging !== 'all') deny('logging');
      world.logs.push(args);
    },
    isConsentGranted: (type: string) => {
      if (!p.consent.some((c) => c.consentType === type && c.read)) deny(`access_consent read ${type}`);
      return world.consent[type] === true;
    },
    addConsentListener: (type: string, fn: (type: string, granted: boolean) => void) => {
      if (!p.consent.some((c) => c.consentType === type && c.read)) deny(`access_consent read ${type}`);
      world.consentListeners.push([type, fn]);
    },
    getType,
    makeString: (value: unknown) => (typeof value === 'string' ? value : String(value)),
  };
}

/**
 * Runs the sandboxed code once with `data`, the way GTM runs a tag:
 * `require` gives the APIs, `data.gtmOnSuccess`/`gtmOnFailure` report the end.
 */
export function runSandboxed(code: string, data: Record<string, unknown>, apis: Record<string, (...args: any[]) => unknown>): void {
  const require = (name: string) => {
    if (!(name in apis)) throw new Error(`require('${name}'): not a sandbox API this harness knows`);
    return apis[name];
  };
  new Function('require', 'data', code)(require, data);
}

// ---- The GTM test API ----------------------------------------------------

export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (getType(a) !== getType(b) || typeof a !== 'object' || a === null) return false;
  const ka = Object.keys(a as object).filter((k) => (a as any)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as any)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as any)[k], (b as any)[k]));
};

/** Runs one ___TESTS___ scenario (after `setup`); throws on the first failed assertion. */
export function runScenario(template: Template, scenario: { name: string; code: string }, world: World = newWorld()): Call[] {
  const permissions = readPermissions(template.permissions);
  const real = sandboxApis(permissions, world);
  const mocks: Record<string, (...args: any[]) => unknown> = {};
  const calls: Call[] = [];
  const recorded: Record<string, (...args: any[]) => unknown> = {};
  for (const name of Object.keys(real)) {
    // Mocked APIs are not permission-checked, as in GTM.
    recorded[name] = (...args) => {
      calls.push({ api: name, args });
      return (mocks[name] ?? real[name])(...args);
    };
  }
  const fail = (message: string): never => {
    throw new Error(`${scenario.name}: ${message}`);
  };
  const api = {
    runCode: (data: Record<string, unknown>) => {
      const tagData = {
        ...data,
        gtmOnSuccess: () => calls.push({ api: 'gtmOnSuccess', args: [] }),
        gtmOnFailure: () => calls.push({ api: 'gtmOnFailure', args: [] }),
      };
      runSandboxed(template.code, tagData, recorded);
    },
    mock: (name: string, impl: (...args: any[]) => unknown) => {
      if (!(name in real)) fail(`mock('${name}'): unknown API`);
      mocks[name] = impl;
    },
    mockObject: (name: string, object: Record<string, unknown>) => {
      mocks[name] = () => object;
    },
    assertApi: (name: string) => {
      const of = () => calls.filter((call) => call.api === name);
      return {
        wasCalled: () => of().length > 0 || fail(`expected ${name} to be called`),
        wasNotCalled: () => of().length === 0 || fail(`expected ${name} not to be called; it was called with ${JSON.stringify(of()[0].args)}`),
        wasCalledWith: (...expected: unknown[]) =>
          of().some((call) => deepEqual(call.args, expected)) ||
          fail(`expected ${name} to be called with ${JSON.stringify(expected)}; calls: ${JSON.stringify(of().map((c) => c.args))}`),
      };
    },
    assertThat: (actual: unknown, message?: string) => {
      const check = (ok: boolean, what: string) => ok || fail(`${message ? message + ': ' : ''}expected ${JSON.stringify(actual)} ${what}`);
      return {
        isEqualTo: (expected: unknown) => check(deepEqual(actual, expected), `to equal ${JSON.stringify(expected)}`),
        isNotEqualTo: (expected: unknown) => check(!deepEqual(actual, expected), `not to equal ${JSON.stringify(expected)}`),
        isStrictlyEqualTo: (expected: unknown) => check(actual === expected, `to be ${JSON.stringify(expected)}`),
        isTrue: () => check(actual === true, 'to be true'),
        isFalse: () => check(actual === false, 'to be false'),
        isTruthy: () => check(!!actual, 'to be truthy'),
        isFalsy: () => check(!actual, 'to be falsy'),
        isUndefined: () => check(actual === undefined, 'to be undefined'),
        isDefined: () => check(actual !== undefined, 'to be defined'),
        isNull: () => check(actual === null, 'to be null'),
        isNotNull: () => check(actual !== null, 'not to be null'),
        contains: (...items: unknown[]) => check(items.every((item) => (actual as unknown[]).some((x) => deepEqual(x, item))), `to contain ${JSON.stringify(items)}`),
        doesNotContain: (...items: unknown[]) => check(!items.some((item) => (actual as unknown[]).some((x) => deepEqual(x, item))), `not to contain ${JSON.stringify(items)}`),
        isEmpty: () => check((actual as unknown[]).length === 0, 'to be empty'),
        isNotEmpty: () => check((actual as unknown[]).length > 0, 'not to be empty'),
        hasLength: (length: number) => check((actual as unknown[]).length === length, `to have length ${length}`),
        isGreaterThan: (n: number) => check((actual as number) > n, `to be greater than ${n}`),
        isLessThan: (n: number) => check((actual as number) < n, `to be less than ${n}`),
      };
    },
    fail,
    require: (name: string) => recorded[name] ?? fail(`require('${name}')`),
  };
  const body = `${template.tests.setup ?? ''}\n${scenario.code}`;
  new Function(...Object.keys(api), body)(...Object.values(api));
  return calls;
}
