// Builds the three runtime artifacts of CONTRACT §1 and prints the size that
// the budget test (test/size.test.ts) holds the classic script to.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! chatwire ${version} | Apache-2.0 */`;

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
      console.log(`${options.file}: ${file.code.length} B raw, ${gzip} B gzip`);
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

const minify = () =>
  terser({
    ecma: 2017,
    module: true,
    compress: { passes: 3, unsafe_arrows: true, unsafe: true, unsafe_methods: true, pure_getters: true, keep_fargs: false },
    format: { comments: /^!/ },
  });

// `require('chatwire')`: the ES module entry as CommonJS, with its own
// declaration file so TypeScript types a require as CommonJS (package.json's
// `require` condition). Not the classic script: its size is unchanged.
const commonjs = [
  {
    input: 'runtime/index.ts',
    output: { file: 'dist/chatwire.cjs', format: 'cjs', exports: 'named', banner },
    plugins: [stampVersion(), ts(), minify(), reportSize()],
  },
  {
    input: 'runtime/index.ts',
    output: { file: 'dist/chatwire.d.cts', format: 'es' },
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
];

export default [
  {
    input: 'runtime/auto.ts',
    // No banner here: every byte of the classic script counts against the size budget.
    output: { file: 'dist/chatwire.min.js', format: 'iife', sourcemap: false },
    plugins: [stampVersion(), ts(), minify(), reportSize()],
  },
  {
    input: 'runtime/index.ts',
    output: { file: 'dist/chatwire.mjs', format: 'es', banner },
    plugins: [stampVersion(), ts(), minify(), reportSize()],
  },
  {
    input: 'runtime/index.ts',
    output: { file: 'dist/chatwire.d.ts', format: 'es' },
    plugins: [dts({ tsconfig: './tsconfig.json' })],
  },
  ...commonjs,
];
