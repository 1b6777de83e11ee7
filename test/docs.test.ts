import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { registry } from '../runtime/registry.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

test('every vendor has its four parallel files: adapter, fixture, e2e, doc', () => {
  const fixtures = readdirSync(new URL('fixtures/', root));
  for (const { id } of registry) {
    assert.ok(existsSync(new URL(`runtime/vendors/${id}.ts`, root)), `runtime/vendors/${id}.ts`);
    assert.ok(fixtures.some((name) => name.startsWith(id) && name.endsWith('.js')), `fixtures/${id}….js`);
    assert.ok(existsSync(new URL(`e2e/${id}.spec.ts`, root)), `e2e/${id}.spec.ts`);
    assert.ok(existsSync(new URL(`docs/vendors/${id}.md`, root)), `docs/vendors/${id}.md`);
  }
});

test("docs/events.md's action × vendor matrix is the registry's mapping", () => {
  const section = read('docs/events.md').split('## Action × vendor')[1];
  const rows = section.split('\n').filter((line) => /^\| `\w+` \|/.test(line));
  const header = section.split('\n').find((line) => line.startsWith('| action |'))!;
  const columns = header.split('|').slice(2, -1).map((cell) => cell.trim());
  assert.deepEqual(columns, registry.map((vendor) => vendor.id));

  const documented = new Set<string>();
  for (const row of rows) {
    const cells = row.split('|').slice(1, -1).map((cell) => cell.trim());
    const action = cells[0].replace(/`/g, '');
    columns.forEach((vendor, i) => {
      for (const [, name] of cells[i + 1].matchAll(/`([^`]+)`/g)) documented.add(`${vendor} ${name} ${action}`);
    });
  }
  const mapped = new Set<string>();
  for (const vendor of registry) {
    for (const [key, spec] of Object.entries(vendor.events)) {
      const [action, fixed] = ([] as unknown[]).concat(spec) as [string, { vendor_event?: string }?];
      mapped.add(`${vendor.id} ${fixed?.vendor_event ?? key} ${action}`);
    }
  }
  assert.deepEqual([...documented].sort(), [...mapped].sort());
});

test("the README's vendor table lists every vendor", () => {
  const readme = read('README.md');
  const ids = [...readme.split('## Vendors')[1].split('\n## ')[0].matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
  assert.deepEqual(ids, registry.map((vendor) => vendor.id));
});
