import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

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
      // The title as written in a test( call: whole, or the literal part of a parametrised one.
      const declared = [...source.matchAll(/\btest\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2].replace(/\\(['"`])/g, '$1'));
      assert.ok(
        declared.some((name) => name.includes(title)),
        `${file} has a test titled "${title}"`,
      );
      named++;
    }
  }
  assert.ok(named >= 20);
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
