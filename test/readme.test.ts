import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { registry } from '../runtime/registry.js';

const root = new URL('../../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** The text of a `##`/`###` section, up to the next heading of the same or a higher level. */
const section = (heading: string): string => {
  const level = heading.split(' ')[0];
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `README has "${heading}"`);
  const rest = readme.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`^#{2,${level.length}} `, 'm'));
  return next < 0 ? rest : rest.slice(0, next);
};

test("the README's Limits table has one row per vendor, in registry order", () => {
  const ids = [...section('### Limits').matchAll(/^\| `(\w+)` \| (.+) \|$/gm)].map((match) => {
    assert.ok(match[2].trim().length > 10, `a limit for ${match[1]}`);
    return match[1];
  });
  assert.deepEqual(
    ids,
    registry.map((vendor) => vendor.id),
    "add the new vendor's limits (from docs/vendors/<id>.md) to README.md",
  );
});

test("the README's unsupported and not-yet-covered widgets name no supported vendor", async () => {
  // The vendor's name as the GTM template shows it: the title of docs/vendors/<id>.md.
  const { vendorName } = await import(new URL('scripts/gtm/lists.mjs', root).href);
  const text = section('### Not supported, and why').replace(/\s+/g, ' ');
  const named = registry.map((vendor) => vendorName(vendor.id) as string).filter((name) => text.includes(name));
  assert.deepEqual(named, [], 'a vendor that got an adapter leaves that list');
});

test('the README reads in the order people look for things', () => {
  const order = ['## Install', '## Usage', '## Events', '## Vendors', '## Privacy', '## Browser support and limits', '## Development'];
  const at = order.map((heading) => readme.indexOf(`\n${heading}\n`));
  assert.ok(
    at.every((index) => index > 0),
    `every section present: ${order.filter((_, i) => at[i] < 0)}`,
  );
  assert.deepEqual(
    [...at].sort((a, b) => a - b),
    at,
  );
  for (const install of ['### Google Tag Manager', '### Script tag (CDN or self-hosted)', '### npm']) assert.ok(section('## Install').includes(install), install);
});

test('the README shows the demo screenshots, and they exist', () => {
  for (const image of ['docs/images/demo-desktop.png', 'docs/images/demo-phone.png']) {
    assert.ok(readme.includes(`src="${image}"`), image);
    const png = readFileSync(new URL(image, root));
    assert.equal(png.subarray(1, 4).toString(), 'PNG', image);
  }
  assert.ok(existsSync(new URL('scripts/screenshots.mjs', root)));
});

test("the README's sizes are the built files' (gzip, to 0.1 kB; the adapter's is the median)", () => {
  const gzip = (path: string): number => gzipSync(readFileSync(new URL(`dist/${path}`, root)), { level: 9 }).length;
  const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
  const adapters = readdirSync(new URL('dist/vendors/', root))
    .filter((name) => name.endsWith('.min.js'))
    .map((name) => gzip(`vendors/${name}`))
    .sort((a, b) => a - b);
  const claim = /the core is ([\d.]+) kB gzip and each widget's adapter about ([\d.]+) kB.*with all (\d+) vendors is ([\d.]+) kB/.exec(readme);
  assert.ok(claim, 'README states the sizes');
  assert.deepEqual(claim.slice(1), [kB(gzip('chatwire.core.min.js')), kB(adapters[Math.floor(adapters.length / 2)]), String(registry.length), kB(gzip('chatwire.min.js'))]);
});
