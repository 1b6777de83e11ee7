import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/** The titles as written in a file's test( calls: whole, or the literal part of a parametrised one. */
const declaredTests = (source: string): string[] => [...source.matchAll(/\btest\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2].replace(/\\(['"`])/g, '$1'));

test('every test docs/security.md names as holding a promise exists, by file and title', () => {
  const table = read('docs/security.md').split('<!-- promises -->')[1].split('\n\n')[0];
  const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| promise'));
  assert.ok(rows.length >= 10, 'the promises table');
  let named = 0;
  for (const row of rows) {
    const held = row.split(' | ').pop() as string;
    const references = [...held.matchAll(/`((?:e2e|test)\/[\w./-]+\.ts)` "([^"]+)"/g)];
    assert.ok(references.length > 0, `a promise with no test: ${row.slice(0, 80)}`);
    for (const [, file, title] of references) {
      assert.ok(existsSync(new URL(file, root)), `${file} exists`);
      const source = read(file);
      const declared = declaredTests(source);
      assert.ok(
        declared.some((name) => name.includes(title)),
        `${file} has a test titled "${title}"`,
      );
      named++;
    }
  }
  assert.ok(named >= 20);
});

test("every ticked promise in docs/security.md's list of every promise names tests that exist; every unticked one says why", () => {
  const list = read('docs/security.md').split('<!-- promise-list -->')[1];
  const items = list.split('\n').filter((line) => line.startsWith('- ['));
  assert.ok(items.length >= 30, 'the list of every promise');
  for (const item of items) {
    const references = [...item.matchAll(/`((?:e2e|test)\/[\w./-]+\.ts)` "([^"]+)"/g)];
    if (item.startsWith('- [ ]')) {
      assert.match(item, / — \S/, `an untested promise says why: ${item.slice(0, 80)}`);
      continue;
    }
    assert.ok(references.length > 0, `a ticked promise with no test: ${item.slice(0, 80)}`);
    for (const [, file, title] of references) {
      assert.ok(existsSync(new URL(file, root)), `${file} exists`);
      assert.ok(
        declaredTests(read(file)).some((name) => name.includes(title)),
        `${file} has a test titled "${title}"`,
      );
    }
  }
});

test('outside a browser (server-side rendering), start() and stop() do nothing and never throw, whatever they are given', () => {
  // A fresh Node process: no window, no document. The CommonJS build, as a server bundle requires it.
  const cjs = fileURLToPath(new URL('dist/chatwire.cjs', root));
  const out = execFileSync(
    process.execPath,
    [
      '-e',
      `const c = require(${JSON.stringify(cjs)});
       const revocable = Proxy.revocable({}, {}); revocable.revoke();
       for (const given of [undefined, { debug: true, pii: 'include' }, revocable.proxy, Symbol('x'), JSON.parse('{"__proto__": {"x": 1}}')]) { c.start(given); c.stop(); }
       console.log(JSON.stringify([typeof globalThis.window, typeof globalThis.dataLayer, typeof globalThis.chatwire, Object.keys(Object.prototype).length]));`,
    ],
    { encoding: 'utf8' },
  );
  assert.deepEqual(JSON.parse(out), ['undefined', 'undefined', 'undefined', 0]);
});

test('supply chain: no runtime dependencies, every dev dependency pinned to an exact version and locked at it', () => {
  const pkg = JSON.parse(read('package.json')) as Record<string, Record<string, string> | undefined>;
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> };
  for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) assert.equal(pkg[key], undefined, key);
  const dev = Object.entries(pkg.devDependencies ?? {});
  assert.ok(dev.length > 5);
  for (const [name, given] of dev) {
    // An alias (rollup: the WebAssembly build, docs/development.md) pins the aliased package's exact version.
    const version = given.replace(/^npm:(?:@[^/@]+\/)?[^@]+@/, '');
    assert.match(version, /^\d+\.\d+\.\d+(?:-[\w.]+)?$/, `${name}@${given} is an exact version`);
    assert.equal(lock.packages[`node_modules/${name}`]?.version, version, `${name} locked at ${version}`);
  }
});
