// Generates the parts of the docs that list vendors or actions from the
// runtime's registry, so they never drift from what the runtime does:
// - docs/events.md: the action × vendor matrix, with the cells and rows where
//   the core derives `loaded` / `started` (CONTRACT §5) marked;
// - README.md: the vendor table (ids and order from the registry, a link to
//   each vendor's doc; the name and "how chatwire listens" cells are kept as
//   written, a new vendor's name comes from its doc's title).
// Runs in `npm run build` after tsc has compiled runtime/ to build/tsc/;
// test/docs.test.ts fails when the committed docs differ from its output.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const { registry } = await import(new URL('build/tsc/runtime/registry.js', root).href);
const { actions } = await import(new URL('build/tsc/runtime/lib/actions.js', root).href);
const { maps, ATTACHED, FIRST_MESSAGE } = await import(new URL('build/tsc/runtime/lib/derive.js', root).href);
const { vendorName } = await import(new URL('scripts/gtm/lists.mjs', root).href);

/** Replaces what lies between `<!-- generated:name -->` and `<!-- /generated:name -->`. */
const splice = (text, name, body) => {
  const [open, close] = [`<!-- generated:${name} (scripts/docs.mjs) -->`, `<!-- /generated:${name} -->`];
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`markers for ${name} missing`);
  return text.slice(0, start + open.length) + '\n' + body + '\n' + text.slice(end);
};

/** The vendor events an adapter maps to `action`, as the pushes' `vendor_event` spells them. */
const sent = (vendor, action) =>
  Object.entries(vendor.events)
    .filter(([, spec]) => [].concat(spec)[0] === action)
    .map(([key, spec]) => [].concat(spec)[1]?.vendor_event ?? key)
    .filter((name, i, all) => all.indexOf(name) === i);

/**
 * What the core derives for a vendor (docs/events.md, "Derived events"):
 * `loaded` at attach unless the table has one or the vendor talks through the
 * page window; `started` before the first `message_sent` unless the table has one.
 */
export const derived = (vendor, action) =>
  action === 'loaded' ? !maps(vendor, 'loaded') && vendor.global !== 'window' : action === 'started' ? !maps(vendor, 'started') && maps(vendor, 'message_sent') : false;

/** docs/events.md's action × vendor matrix. */
export function matrix() {
  const lines = [`| action | ${registry.map((vendor) => vendor.id).join(' | ')} |`, `|---|${registry.map(() => '---|').join('')}`];
  for (const action of actions) {
    const some = registry.some((vendor) => derived(vendor, action));
    const cells = registry.map((vendor) => {
      if (derived(vendor, action)) return `*derived* (\`${action === 'loaded' ? ATTACHED : FIRST_MESSAGE}\`)`;
      // An adapter that pushes the derived event itself for one of its widgets (Zendesk Messaging) keys it by its name.
      return sent(vendor, action)
        .map((name) => (name === ATTACHED || name === FIRST_MESSAGE ? `*derived* (\`${name}\`)` : `\`${name}\``))
        .join(', ');
    });
    lines.push(`| \`${action}\`${some ? ' (derived for some)' : ''} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** README.md's vendor table: rows from the registry, prose cells kept from the current README. */
export function vendorTable(readme = read('README.md')) {
  const kept = Object.fromEntries(
    [...readme.matchAll(/^\| `(\w+)` \| (.+?) \| (.+?) \| \[docs\/vendors\/\w+\.md\]\(docs\/vendors\/\w+\.md\) \|$/gm)].map((m) => [m[1], [m[2], m[3]]]),
  );
  const lines = ['| id | vendor | how chatwire listens | doc |', '|---|---|---|---|'];
  for (const { id } of registry) {
    const [name, how] = kept[id] ?? [vendorName(id), `see [its doc](docs/vendors/${id}.md)`];
    lines.push(`| \`${id}\` | ${name} | ${how} | [docs/vendors/${id}.md](docs/vendors/${id}.md) |`);
  }
  return lines.join('\n');
}

/** Each generated file's expected content. */
export const generated = () => ({
  'docs/events.md': splice(read('docs/events.md'), 'matrix', matrix()),
  'README.md': splice(read('README.md'), 'vendors', vendorTable()),
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of Object.entries(generated())) writeFileSync(new URL(path, root), text);
  console.log('docs/events.md matrix and README.md vendor table generated from the registry');
}
