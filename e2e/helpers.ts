import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import Ajv from 'ajv';

const schema = JSON.parse(readFileSync(new URL('../docs/schema/chat-event.schema.json', import.meta.url), 'utf8'));
/** docs/schema/chat-event.schema.json: every push of every test is validated against it. */
export const validate = new Ajv({ allErrors: true }).compile(schema);

/**
 * The runtime under test: the built all-vendor classic script. In the
 * `plugins` project (playwright.config.ts) a vendor's spec gets, at this URL,
 * the core followed by that vendor's plugin file instead (see {@link test}).
 */
export const RUNTIME = '/dist/chatwire.min.js';
/** The blank fixture page with `window.loadScript`. */
export const PAGE = '/fixtures/page.html';

/** CONTRACT §4's `chat` keys, in order; written out here so a runtime change cannot silently change the test. */
export const CHAT_KEYS = [
  'vendor',
  'action',
  'vendor_event',
  'channel',
  'widget_id',
  'widget_name',
  'widget_type',
  'ui_type',
  'conversation_id',
  'session_id',
  'visitor_id',
  'agent_id',
  'agent_name',
  'lead_type',
  'label',
  'duration_ms',
  'timestamp',
  'email',
  'phone',
  'email_sha256',
  'phone_sha256',
] as const;

export type Chat = Record<(typeof CHAT_KEYS)[number], unknown>;
export interface Push {
  event: string;
  chat: Chat;
}

/** A `chat` object with every key null: the base of every expected push. */
export const emptyChat = (): Chat => Object.fromEntries(CHAT_KEYS.map((key) => [key, null])) as Chat;

/** Collects a page's uncaught errors and console errors into `errors`, which the `page` fixture asserts empty. */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
}

/**
 * The page fixture fails the test on any uncaught page error or console
 * error, so "never throws into the page" is checked by every test.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring: none.
  pageErrors: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, pageErrors }, use, testInfo) => {
    if (testInfo.project.name === 'plugins') {
      // What the GTM template's "Only these" mode delivers for this spec's vendor: the core, then the vendor's
      // plugin file, which registers with the running core (two files the template injects; here one response,
      // so every load order of the spec stays as it is written), and the hash plugin it adds for pii: 'hash'.
      const id = basename(testInfo.file, '.spec.ts').split('-')[0];
      const body = ['chatwire.core.min.js', `vendors/${id}.min.js`, 'chatwire.hash.min.js']
        .map((file) => readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8'))
        .join('\n');
      await page.route(`**${RUNTIME}`, (route) => route.fulfill({ contentType: 'text/javascript', body }));
    }
    watchErrors(page, pageErrors);
    await use(page);
    expect(pageErrors, 'errors on the page').toEqual([]);
  },
});
export { expect };

/** Loads a script the way a tag manager does (an appended script element); resolves at its load event. */
export const loadScript = (page: Page, src: string): Promise<number> => page.evaluate((url) => (window as any).loadScript(url), src);

/** The chatwire pushes in a dataLayer, each checked against the JSON Schema and CONTRACT §4's shape. */
export async function pushes(page: Page, layer = 'dataLayer'): Promise<Push[]> {
  const all: unknown[] = await page.evaluate((name) => JSON.parse(JSON.stringify((window as any)[name] || [])), layer);
  const found = all.filter((entry): entry is Push => !!entry && typeof entry === 'object' && 'chat' in entry);
  found.forEach(expectContractShape);
  return found;
}

/** The JSON Schema, then every key present in order, the right kinds of values, GA4's length limits. */
export function expectContractShape(push: Push): void {
  // Problems are collected and asserted once: one expect per key would make long tests slow.
  const problems: unknown[] = validate(push) ? [] : [...(validate.errors ?? [])];
  if (Object.keys(push).join() !== 'event,chat') problems.push(`top-level keys ${Object.keys(push)}`);
  if (Object.keys(push.chat ?? {}).join() !== CHAT_KEYS.join()) problems.push(`chat keys ${Object.keys(push.chat ?? {})}`);
  for (const key of CHAT_KEYS) {
    const value = push.chat?.[key];
    const ok =
      key === 'timestamp'
        ? typeof value === 'number'
        : key === 'duration_ms'
          ? value === null || typeof value === 'number'
          : value === null || (typeof value === 'string' && value.length <= 100);
    if (!ok) problems.push(`${key}: ${JSON.stringify(value)}`);
  }
  if (typeof push.event !== 'string' || !push.event.endsWith(String(push.chat?.action))) problems.push(`event ${push.event}`);
  expect(problems, `contract problems in ${JSON.stringify(push)}`).toEqual([]);
}

/**
 * Every string of a dataLayer, serialized: for proving that personal data never reaches it. Each `timestamp` reads 0:
 * the time of a push is no personal data, and its digits would match a phone number's fragment now and then
 * (1796341598562 holds 415).
 */
export const dataLayerText = (page: Page, layer = 'dataLayer'): Promise<string> =>
  page.evaluate((name) => JSON.stringify((window as any)[name] || [], (key, value) => (key === 'timestamp' ? 0 : value)), layer);

/** Evaluates an expression in the page (a fake widget's control or recorded state). */
export const run = <T = any>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

/** A `chat` object for `vendor`: every key null but the ones given. */
export const chat = (fields: Partial<Chat>): Chat => ({ ...emptyChat(), ...fields }) as Chat;

/** The same test server under its other host name (the pages are served as 127.0.0.1): another origin, for postMessage origin checks. */
export const FOREIGN_ORIGIN = `http://localhost:${Number(process.env.E2E_PORT) || 4173}`;

/**
 * Opens a fixture page of {@link FOREIGN_ORIGIN} in an iframe and waits until
 * `ready` (run inside the frame) is true.
 * @returns the child frame
 */
export async function foreignFrame(page: Page, path: string, ready: () => boolean): Promise<Frame> {
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    document.body.appendChild(iframe);
  }, `${FOREIGN_ORIGIN}${path}`);
  const child = () => page.frames().find((f) => f.url().startsWith(FOREIGN_ORIGIN));
  await expect
    .poll(() =>
      child()
        ?.evaluate(ready)
        .catch(() => false),
    )
    .toBe(true);
  return child() as Frame;
}

/** Posts one CTLive message (fixtures' CTLive shape, `{ name: 'CTLiveEvent', type, object }`) from the page itself: a trusted origin. */
export const postCTLive = (page: Page, type: string, object: Record<string, unknown>): Promise<void> =>
  page.evaluate(([t, o]) => window.postMessage({ name: 'CTLiveEvent', type: t, object: o }, '*'), [type, object] as const);

/** Opens the test page with `window.chatwireConfig = config` (after `setup`, page script run first), then loads the runtime and the SmartAgent fake. */
export async function smartAgentPage(page: Page, config = '{}', setup = ''): Promise<void> {
  await page.goto(PAGE);
  await run(page, `${setup}; window.chatwireConfig = ${config}`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/smartagent.js');
}

/** A whole SmartAgent contact through fixtures/smartagent.js, once its widget loaded: started, queued, agent, ended. */
export const smartAgentContact = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const sa = (window as any).fakeSmartAgent;
    sa.startContact();
    sa.transferToQueue();
    sa.connectToAgent();
    sa.endContact();
  });

/**
 * Collects the page's console from now on and returns what chatwire's debug log (`debug: true`) said about
 * attaching `vendor`: its `attached` lines and any error it caught. A vendor attached once, with no failed
 * attempt on the way (as on a snippet's stub that lacks a method), gives exactly `['[chatwire] <vendor> attached']`.
 */
export function attachLog(page: Page, vendor: string): () => string[] {
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  return () => lines.filter((line) => line.startsWith(`[chatwire] ${vendor} `) && /attached|Error/.test(line));
}

/**
 * Loads each vendor's fake through the demo page (fixtures/index.html) and
 * clicks every event button of its panel (window.chatwireFakes[id].events, or
 * the seed vendors' own), waiting for a push of each vendor before the next.
 * @param synchronous where given, counts per vendor the pushes already in the dataLayer when a button's click
 * returned: the fake ran the vendor's callbacks inside the click, and chatwire pushed inside them (CONTRACT §4)
 * @returns every chatwire push of the walk
 */
export async function walkDemo(page: Page, vendors: readonly string[], synchronous?: Record<string, number>): Promise<Push[]> {
  await page.goto('/fixtures/');
  for (const vendor of vendors) {
    const box = page.locator(`section.vendor[data-vendor="${vendor}"]`);
    await box.getByRole('button', { name: /^Load / }).click();
    // Loading fetches and runs the fake's script (and the Zendesk fake's second one): more than expect's 3 s on a busy machine.
    await expect(box.getByRole('button', { name: / loaded$/ })).toBeDisabled({ timeout: 10_000 });
    for (const button of await box.locator('.events button').all()) {
      if (!synchronous) {
        await button.click();
        continue;
      }
      await expect(button).toBeEnabled();
      // The click and the count in one task: a push that waited for a microtask or a timer is not counted.
      const pushed = await button.evaluate((element: HTMLElement) => {
        const length = () => ((window as any).dataLayer || []).length;
        const before = length();
        element.click();
        return length() - before;
      });
      synchronous[vendor] = (synchronous[vendor] || 0) + pushed;
    }
    await expect.poll(async () => (await pushes(page)).some((push) => push.chat.vendor === vendor), vendor).toBe(true);
  }
  return pushes(page);
}
