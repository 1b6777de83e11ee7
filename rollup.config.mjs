// Builds the runtime artifacts of CONTRACT §1 and prints the size of each
// (test/size.test.ts holds them to their budgets):
// - classic scripts: dist/chatwire.min.js (all vendors), dist/chatwire.core.min.js
//   (no adapter), dist/vendors/<id>.min.js (one adapter each) and
//   dist/chatwire.hash.min.js (SHA-256 for pii: 'hash');
// - ES modules with the same split: dist/chatwire.mjs (everything),
//   dist/core.mjs, dist/hash.mjs, dist/vendors/<id>.mjs (shared code in dist/lib/),
//   each with its .d.ts; and the same entries as CommonJS (.cjs, .d.cts).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import typescriptApi from 'typescript';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! chatwire ${version} | Apache-2.0 */`;
/** The vendor adapters, one file each in runtime/vendors/. */
const VENDORS = readdirSync(new URL('./runtime/vendors/', import.meta.url))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -3))
  .sort();

/** Replaces the version placeholder so `chatwire.version` is the package version. */
const stampVersion = () => ({
  name: 'chatwire-version',
  transform: (code) => ({ code: code.replaceAll('__CHATWIRE_VERSION__', JSON.stringify(version)), map: null }),
});

/** Prints raw and gzip bytes of each JavaScript artifact. */
const reportSize = () => ({
  name: 'chatwire-size',
  writeBundle(options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      const gzip = gzipSync(file.code, { level: 9 }).length;
      console.log(`${options.file || `${options.dir}/${file.fileName}`}: ${file.code.length} B raw, ${gzip} B gzip`);
    }
  },
});

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['runtime/**/*.ts'],
    outDir: undefined,
    rootDir: undefined,
    declaration: false,
    noEmitOnError: true,
  });

/**
 * Type-strips without type-checking, for the 25 one-plugin scripts: the
 * other builds (and `tsc -p .`) already type-check the same sources, and a
 * type-checking program per plugin would make the build minutes long.
 */
const strip = () => ({
  name: 'chatwire-strip',
  // The sources import each other as `./x.js` (TypeScript's convention): resolve those to the `.ts` files.
  resolveId: (source, importer) =>
    importer && source.startsWith('.') && source.endsWith('.js') ? fileURLToPath(new URL(source.slice(0, -3) + '.ts', pathToFileURL(importer))) : null,
  transform: (code, id) =>
    id.endsWith('.ts')
      ? {
          code: typescriptApi.transpileModule(code, { compilerOptions: { target: typescriptApi.ScriptTarget.ES2017, module: typescriptApi.ModuleKind.ESNext } }).outputText,
          map: null,
        }
      : null,
});

/**
 * Terser with the build's options. `passes`: the plugin files take a fourth
 * pass, which finishes turning methods such as `stub(e){return …}` into arrows
 * (77 B gzip over the 41 plugin files, none in the others at the time).
 */
const minify = (passes = 3) =>
  terser({
    ecma: 2017,
    module: true,
    compress: { passes, unsafe_arrows: true, unsafe: true, unsafe_methods: true, pure_getters: true, keep_fargs: false },
    format: { comments: /^!/ },
  });

/** The module entries (ES modules and CommonJS alike): what package.json's exports map points at. */
const esInputs = {
  chatwire: 'runtime/index.ts',
  core: 'runtime/core.ts',
  hash: 'runtime/hash.ts',
  ...Object.fromEntries(VENDORS.map((id) => [`vendors/${id}`, `runtime/vendors/${id}.ts`])),
};

/**
 * The core's helpers that an adapter plugin takes from the core instead of
 * bundling its own copies (runtime/lib/shared.ts): the modules they come from,
 * and their order in the list the core passes to `attach`.
 */
const sharedSource = readFileSync(new URL('./runtime/lib/shared.ts', import.meta.url), 'utf8');
const SHARED = sharedSource
  .match(/export const shared = \[([^\]]*)\]/)[1]
  .split(',')
  .map((name) => name.trim());
const SHARED_MODULES = [...sharedSource.matchAll(/from '\.\/(\w+)\.js'/g)].map((match) => fileURLToPath(new URL(`./runtime/lib/${match[1]}.ts`, import.meta.url)));

/**
 * The shared helpers a runtime source file uses, directly or through the
 * modules it imports (`import type` aside): what its plugin file takes from
 * the core.
 */
const sharedUsedBy = (file) => {
  const used = new Set();
  for (const [, names, source] of readFileSync(file, 'utf8').matchAll(/^import \{([^}]*)\} from '(\.[^']*)\.js'/gm)) {
    const dependency = fileURLToPath(new URL(source + '.ts', pathToFileURL(file)));
    if (SHARED_MODULES.includes(dependency)) names.split(',').forEach((name) => used.add(name.trim()));
    else sharedUsedBy(dependency).forEach((name) => used.add(name));
  }
  return used;
};

/**
 * The entry of one plugin file: an adapter, or the hash plugin (which uses no
 * shared helper). Its module stands in for the shared helpers' modules too:
 * the adapter's imports of them resolve to its live bindings. An adapter that
 * uses any joins the queue as a function of the core's list, which fills the
 * bindings and returns the adapter (the core calls it when it registers the
 * plugin, so before any `attach`; a plugin loaded before the core waits in the
 * queue until then). A function costs each plugin file about 30 B gzip less
 * than wrapping `attach`. One module, so the assignment is written out in
 * place (no helper function for terser to inline badly). The push is
 * register()'s (runtime/lib/register.ts), all in one try: a window or queue
 * that throws never reaches the page.
 */
const pluginEntry = (name, from) => {
  const used = sharedUsedBy(fileURLToPath(new URL(from, import.meta.url)));
  const unshared = [...used].filter((helper) => !SHARED.includes(helper));
  // A module is shared whole: a name it exports that the core does not hand over would be undefined in the plugin.
  if (unshared.length) throw new Error(`${from} imports ${unshared} from a shared module, but runtime/lib/shared.ts does not share it`);
  // The core's list, holes for the helpers this adapter does not use (trailing ones dropped).
  const pattern = SHARED.map((helper) => (used.has(helper) ? helper : ''))
    .join(', ')
    .replace(/[, ]*$/, '');
  // `catch (error)`: the ES2017 target has no optional catch binding.
  const code = `import { ${name} as adapter } from ${JSON.stringify(from)};
${used.size ? `export let ${[...used].join(', ')};\n` : ''}try {
  (window.chatwirePlugins = window.chatwirePlugins || []).push(${used.size ? `(shared) => (([${pattern}] = shared), adapter)` : 'adapter'});
} catch (error) {
  // No window, or a page property that is no queue: nothing to register with.
}
`;
  return {
    name: 'chatwire-plugin-entry',
    resolveId(source, importer) {
      if (source === '\0plugin' || source === '\0shared') return source;
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const file = fileURLToPath(new URL(source.slice(0, -3) + '.ts', pathToFileURL(importer)));
      return SHARED_MODULES.includes(file) ? '\0shared' : null;
    },
    // The entry only imports the module that does the work: an entry's exports would become the script's.
    load: (id) => (id === '\0plugin' ? `import '\\0shared';\n` : id === '\0shared' ? code : null),
    // The adapter and the entry import each other by design (see above).
    onLog: (level, log) => (log.code == 'CIRCULAR_DEPENDENCY' ? false : undefined),
  };
};

/** One classic plugin script: no banner, every byte counts against the budgets. */
const plugin = (file, name, from) => ({
  input: '\0plugin',
  output: { file, format: 'iife', sourcemap: false },
  plugins: [pluginEntry(name, from), strip(), minify(4), reportSize()],
});

export default [
  {
    input: 'runtime/auto.ts',
    // No banner here: every byte of the classic script counts against the size budget.
    output: { file: 'dist/chatwire.min.js', format: 'iife', sourcemap: false },
    plugins: [stampVersion(), ts(), minify(), reportSize()],
  },
  {
    input: 'runtime/auto-core.ts',
    output: { file: 'dist/chatwire.core.min.js', format: 'iife', sourcemap: false },
    plugins: [strip(), stampVersion(), minify(), reportSize()],
  },
  plugin('dist/chatwire.hash.min.js', 'hash', './runtime/hash.ts'),
  ...VENDORS.map((id) => plugin(`dist/vendors/${id}.min.js`, id, `./runtime/vendors/${id}.ts`)),
  {
    input: esInputs,
    output: { dir: 'dist', format: 'es', banner, entryFileNames: '[name].mjs', chunkFileNames: 'lib/[name].mjs' },
    plugins: [stampVersion(), ts(), minify(), reportSize()],
  },
  {
    input: esInputs,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'lib/[name].d.ts' },
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
  // `require('chatwire')`, `require('chatwire/core')`, …: the same entries as
  // CommonJS (shared code in dist/lib/*.cjs), with declaration files of their
  // own so TypeScript types a require as CommonJS (package.json's `require`
  // conditions). Not the classic scripts: their sizes are unchanged.
  {
    input: esInputs,
    output: { dir: 'dist', format: 'cjs', exports: 'named', banner, entryFileNames: '[name].cjs', chunkFileNames: 'lib/[name].cjs' },
    plugins: [stampVersion(), ts(), minify(), reportSize()],
  },
  {
    input: esInputs,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.cts', chunkFileNames: 'lib/[name].d.cts' },
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
];
