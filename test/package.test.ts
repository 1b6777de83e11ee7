// The npm package as a user gets it: `npm pack`, then installed from the
// tarball into a scratch project (offline: the package has no dependencies),
// then used through `import`, `require` and TypeScript. Needs `npm run build` first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let scratch = '';
let files: string[] = [];

before(() => {
  assert.ok(existsSync(join(root, 'dist', 'chatwire.cjs')), 'dist/ is missing: run `npm run build` first');
  scratch = mkdtempSync(join(tmpdir(), 'chatwire-package-'));
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  files = packed[0].files.map((file: { path: string }) => file.path);
  const app = join(scratch, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }));
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(scratch, packed[0].filename)], {
    cwd: app,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  scratch = app;
});

after(() => {
  if (scratch) rmSync(join(scratch, '..'), { recursive: true, force: true });
});

const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: scratch, encoding: 'utf8' });

test('the tarball holds the builds, their types, the README and the licence, and no sources', () => {
  for (const file of ['dist/chatwire.mjs', 'dist/chatwire.cjs', 'dist/chatwire.min.js', 'dist/chatwire.d.ts', 'dist/chatwire.d.cts', 'README.md', 'LICENSE', 'package.json']) {
    assert.ok(files.includes(file), file);
  }
  assert.deepEqual(
    files.filter((file) => /^(runtime|test|e2e|fixtures|scripts)\//.test(file)),
    [],
  );
  // docs/security.md (Supply chain): `dist/` and LICENSE, beside the README and package.json that npm always adds;
  // nothing else (docs/, bench/, gtm-template/ or a stray file would fail here), and dist/ only its builds.
  assert.deepEqual([...new Set(files.map((file) => file.split('/')[0]))].sort(), ['LICENSE', 'README.md', 'dist', 'package.json']);
  assert.deepEqual(
    files.filter((file) => file.startsWith('dist/') && !/\.(m?js|cjs|d\.c?ts)$/.test(file)),
    [],
  );
});

test('package.json says where the project lives', () => {
  const meta = JSON.parse(readFileSync(join(scratch, 'node_modules', 'chatwire', 'package.json'), 'utf8'));
  assert.match(meta.repository.url, /^git\+https:\/\/github\.com\/.+\.git$/);
  assert.match(meta.homepage, /^https:\/\//);
  assert.match(meta.bugs.url, /^https:\/\//);
  assert.ok(meta.keywords.includes('gtm') && meta.keywords.includes('datalayer'));
});

const expected = { exports: ['actions', 'isChatPush', 'start', 'stop', 'vendors', 'version'] };

test("require('chatwire') works (CommonJS)", () => {
  const out = node([
    '-e',
    `const c = require('chatwire');
     console.log(JSON.stringify({ exports: Object.keys(c).sort(), version: c.version, vendors: c.vendors.length,
       guard: c.isChatPush({ event: 'chat_opened', chat: { vendor: c.vendors[0], action: 'opened' } }) }));`,
  ]);
  const result = JSON.parse(out);
  assert.deepEqual(result.exports, expected.exports);
  assert.equal(result.version, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  assert.ok(result.vendors > 0);
  assert.equal(result.guard, true);
});

test("import 'chatwire' works (ES module), with the same exports and values as require", () => {
  const out = node([
    '--input-type=module',
    '-e',
    `import * as m from 'chatwire';
     import { createRequire } from 'node:module';
     const c = createRequire(import.meta.url)('chatwire');
     console.log(JSON.stringify({ exports: Object.keys(m).sort(), same: m.version === c.version && m.vendors.join() === c.vendors.join() && m.actions.join() === c.actions.join() }));`,
  ]);
  assert.deepEqual(JSON.parse(out), { ...expected, same: true });
});

test('chatwire/chatwire.min.js resolves to the classic script', () => {
  const out = node(['-e', "console.log(require.resolve('chatwire/chatwire.min.js'))"]);
  assert.match(out.trim(), /node_modules[\\/]chatwire[\\/]dist[\\/]chatwire\.min\.js$/);
});

/** The vendor ids of the package, each with its `chatwire/vendors/<id>` entry. */
const ids = (): string[] => JSON.parse(node(['-e', "console.log(JSON.stringify(require('chatwire').vendors))"]));

test('the split entries resolve through the exports map in both module systems: chatwire/core, chatwire/hash and every chatwire/vendors/<id>', () => {
  const vendors = ids();
  // `load` is require() (the `require` conditions) or import() (the `import` conditions).
  const probe = (load: string) =>
    node([
      '-e',
      `const load = ${load};
       (async () => {
         const core = await load('chatwire/core'), hash = await load('chatwire/hash');
         const adapters = [];
         for (const id of ${JSON.stringify(vendors)}) adapters.push((await load('chatwire/vendors/' + id))[id]);
         // Outside a browser register() and start() do nothing and throw nothing.
         core.register(...adapters, hash.hash);
         core.start({ vendors: ['intercom'] });
         console.log(JSON.stringify({ core: Object.keys(core).sort(), hash: typeof hash.hash.sha256,
           ids: adapters.map((adapter) => adapter && adapter.id), attach: adapters.every((adapter) => typeof adapter.attach == 'function') }));
       })();`,
    ]);
  const expected = { core: ['actions', 'isChatPush', 'register', 'start', 'stop', 'vendors', 'version'], hash: 'function', ids: vendors, attach: true };
  assert.deepEqual(JSON.parse(probe('async (name) => require(name)')), expected);
  assert.deepEqual(JSON.parse(probe('(name) => import(name)')), expected);
});

test('TypeScript types both module systems, the split entries too, and a misspelt vendor id does not compile', () => {
  const use = (name: string) => `
    const config: ChatwireConfig = { vendors: ['intercom', 'drift'], events: ['opened'], pii: 'hash' };
    // @ts-expect-error -- not a vendor id
    const typo: ChatwireConfig = { vendors: ['drfit'] };
    const id: VendorId = 'smartagent';
    const pushes: ChatPush[] = ([] as unknown[]).filter(${name}.isChatPush);
    const action: Action | undefined = pushes[0]?.chat.action;
    ${name}.start(config);
    export const used = [typo, id, action, ${name}.version, ${name}.vendors, ${name}.actions];
  `;
  writeFileSync(join(scratch, 'esm.mts'), `import * as chatwire from 'chatwire';\nimport type { Action, ChatPush, ChatwireConfig, VendorId } from 'chatwire';\n${use('chatwire')}`);
  writeFileSync(
    join(scratch, 'cjs.cts'),
    `import chatwire = require('chatwire');\ntype Action = chatwire.Action; type ChatPush = chatwire.ChatPush;\ntype ChatwireConfig = chatwire.ChatwireConfig; type VendorId = chatwire.VendorId;\n${use('chatwire')}`,
  );
  // The split entries: an adapter is a Vendor, the hash plugin a HashPlugin, both accepted by register().
  const split = (core: string, hash: string, intercom: string) => `
    const vendor: ${core}.Vendor = ${intercom}.intercom;
    const plugin: ${core}.HashPlugin = ${hash}.hash;
    ${core}.register(vendor, plugin);
    // @ts-expect-error -- not a plugin
    ${core}.register('intercom');
    ${core}.start({ vendors: ['intercom'], pii: 'hash' });
    export const registered: string[] = ${core}.vendors;
    export const chats: ${core}.ChatPush[] = ([] as unknown[]).filter(${core}.isChatPush);
  `;
  writeFileSync(
    join(scratch, 'split.mts'),
    `import * as core from 'chatwire/core';\nimport * as hash from 'chatwire/hash';\nimport * as intercom from 'chatwire/vendors/intercom';\n${split('core', 'hash', 'intercom')}`,
  );
  writeFileSync(
    join(scratch, 'split.cts'),
    `import core = require('chatwire/core');\nimport hash = require('chatwire/hash');\nimport intercom = require('chatwire/vendors/intercom');\n${split('core', 'hash', 'intercom')}`,
  );
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2020', lib: ['es2020', 'dom'], strict: true, noEmit: true, types: [] },
      files: ['esm.mts', 'cjs.cts', 'split.mts', 'split.cts'],
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, '-p', scratch], { cwd: scratch, encoding: 'utf8' });
  } catch (error) {
    assert.fail(String((error as { stdout?: string }).stdout || error));
  }
});

test('the published types cite nothing the package does not ship', () => {
  const types = files.filter((file) => /\.d\.c?ts$/.test(file));
  assert.ok(types.includes('dist/core.d.cts') && types.includes('dist/vendors/intercom.d.cts'), 'the split entries have CommonJS types');
  for (const file of types) {
    assert.doesNotMatch(readFileSync(join(scratch, 'node_modules', 'chatwire', file), 'utf8'), /CONTRACT|§/, file);
  }
});
