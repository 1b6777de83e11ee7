import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { registry } from '../runtime/registry.js';
import { ATTACHED, FIRST_MESSAGE, maps } from '../runtime/lib/derive.js';
import { actions } from '../runtime/lib/actions.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

test('every vendor has its four parallel files: adapter, fixture, e2e, doc', () => {
  const fixtures = readdirSync(new URL('fixtures/', root));
  for (const { id } of registry) {
    assert.ok(existsSync(new URL(`runtime/vendors/${id}.ts`, root)), `runtime/vendors/${id}.ts`);
    assert.ok(
      fixtures.some((name) => name.startsWith(id) && name.endsWith('.js')),
      `fixtures/${id}….js`,
    );
    assert.ok(existsSync(new URL(`e2e/${id}.spec.ts`, root)), `e2e/${id}.spec.ts`);
    assert.ok(existsSync(new URL(`docs/vendors/${id}.md`, root)), `docs/vendors/${id}.md`);
  }
});

test("docs/events.md's Actions table defines every action, in the runtime's order, and nothing else", () => {
  // The hand-written definitions (one meaning per action, CONTRACT §5): a new action without its meaning, or a
  // definition left for an action that is gone, fails here.
  const section = read('docs/events.md').split('\n## Actions\n')[1].split('\n## ')[0];
  const defined = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [, action, meaning] = line.split('|').map((cell) => cell.trim());
      assert.ok(meaning.length > 20, `${action} has a meaning`);
      return action.replace(/`/g, '');
    });
  assert.deepEqual(defined, [...actions]);
});

test("docs/events.md's action × vendor matrix is the registry's mapping, derived cells marked", () => {
  const section = read('docs/events.md').split('## Action × vendor')[1];
  const rows = section.split('\n').filter((line) => /^\| `\w+`/.test(line));
  const header = section.split('\n').find((line) => line.startsWith('| action |'))!;
  const columns = header
    .split('|')
    .slice(2, -1)
    .map((cell) => cell.trim());
  assert.deepEqual(
    columns,
    registry.map((vendor) => vendor.id),
  );

  const documented = new Set<string>();
  const derivedCells = new Set<string>();
  for (const row of rows) {
    const cells = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const action = /`(\w+)`/.exec(cells[0])![1];
    columns.forEach((vendor, i) => {
      for (const [, name] of cells[i + 1].matchAll(/`([^`]+)`/g)) {
        if (name.startsWith('chatwire:')) derivedCells.add(`${vendor} ${name} ${action}`);
        else documented.add(`${vendor} ${name} ${action}`);
      }
    });
  }
  const mapped = new Set<string>();
  // Derived events an adapter pushes itself (Zendesk's `loaded` on finding either widget), by their name or their row's `vendor_event`.
  const expected = new Set<string>();
  for (const vendor of registry) {
    for (const [key, spec] of Object.entries(vendor.events)) {
      const [action, fixed] = ([] as unknown[]).concat(spec) as [string, { vendor_event?: string }?];
      const name = fixed?.vendor_event ?? key;
      (name === ATTACHED || name === FIRST_MESSAGE ? expected : mapped).add(`${vendor.id} ${name} ${action}`);
    }
  }
  assert.deepEqual([...documented].sort(), [...mapped].sort());
  // Written out from the rule (docs/events.md, "Derived events"), independently of scripts/docs.mjs.
  for (const vendor of registry) {
    if (!maps(vendor, 'loaded') && vendor.global !== 'window') expected.add(`${vendor.id} ${ATTACHED} loaded`);
    if (!maps(vendor, 'started') && maps(vendor, 'message_sent')) expected.add(`${vendor.id} ${FIRST_MESSAGE} started`);
  }
  assert.deepEqual([...derivedCells].sort(), [...expected].sort());
});

test('the generated docs (matrix, README vendor table) are committed as scripts/docs.mjs writes them', async () => {
  const { generated } = await import(new URL('scripts/docs.mjs', root).href);
  for (const [path, text] of Object.entries(generated() as Record<string, string>)) {
    assert.equal(read(path), text, `${path} is out of date: run npm run build and commit`);
  }
});

test("the README's vendor table lists every vendor", () => {
  const readme = read('README.md');
  const ids = [
    ...readme
      .split('## Vendors')[1]
      .split('\n## ')[0]
      .matchAll(/^\| `(\w+)` \|/gm),
  ].map((match) => match[1]);
  assert.deepEqual(
    ids,
    registry.map((vendor) => vendor.id),
  );
});

/** docs/privacy.md's table of the vendors that give an email or phone number, and which. */
const contactTable = (): string => read('docs/privacy.md').split('### Which vendors give an email or phone number at all')[1].split('\n## ')[0];

test("docs/privacy.md's table: a vendor whose email or phone column says never has no way to fill that key", () => {
  const table = contactTable();
  let rows = 0;
  for (const line of table.split('\n')) {
    const id = /^\| \[[^\]]+\]\(vendors\/(\w+)\.md\)/.exec(line)?.[1];
    if (!id) continue;
    rows++;
    const [, email, phone] = line.split(' | ');
    const vendor = registry.find((entry) => entry.id === id);
    assert.ok(vendor, `${id} is a vendor`);
    // A push's email and phone come from the adapter's fields table or a fixed value in its events table, nowhere else (runtime/chatwire.ts, handle).
    const fixed = JSON.stringify(Object.values(vendor.events));
    for (const [key, column] of [
      ['email', email],
      ['phone', phone],
    ] as const) {
      if (column.startsWith('never')) {
        assert.ok(!(key in vendor.fields), `${id} maps ${key}, which docs/privacy.md says it never gives`);
        assert.ok(!fixed.includes(`"${key}":`), `${id} sets ${key} in its events table`);
      } else assert.ok(key in vendor.fields, `${id}: docs/privacy.md names a ${key} source the adapter does not map`);
    }
  }
  // Every linked row was read (a row whose columns the split misses would silently pass).
  assert.ok(rows > 10);
  assert.equal(rows, [...table.matchAll(/\]\(vendors\/\w+\.md\)/g)].length);
});

test("docs/privacy.md's table of vendors that give an email or phone names every adapter that reads one", () => {
  const table = contactTable();
  const listed = new Set([...table.matchAll(/\]\(vendors\/(\w+)\.md\)/g)].map((match) => match[1]));
  // An adapter reads a contact detail when its fields table fills `email` or `phone`, or a row of its events sets `lead_type`.
  const reads = registry.filter((vendor) => 'email' in vendor.fields || 'phone' in vendor.fields || JSON.stringify(vendor.events).includes('lead_type')).map((vendor) => vendor.id);
  assert.deepEqual(
    reads.filter((id) => !listed.has(id)),
    [],
    'add a row for each to docs/privacy.md',
  );
});
