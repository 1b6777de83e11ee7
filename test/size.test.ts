import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

// Issue 14's budgets, in gzip bytes (level 9, deterministic): a site pays for
// the core plus the widgets it has, not for every vendor.
const CORE_BUDGET = 2000;
const CORE_PLUS_ONE_BUDGET = 2500;
const ADAPTER_BUDGET = 600;
const PER_ADAPTER_IN_FULL = 300;

const dist = new URL('../../../dist/', import.meta.url);
const read = (path: string): string => {
  const file = new URL(path, dist);
  assert.ok(existsSync(file), `dist/${path} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
};
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

test(`each dist/vendors/<id>.min.js stays within ${ADAPTER_BUDGET} B gzip`, () => {
  const over = adapters.map((id) => [id, gzip(`vendors/${id}.min.js`)] as const).filter(([, size]) => size > ADAPTER_BUDGET);
  assert.deepEqual(over, []);
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
