import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let server: ChildProcess;
let base = '';

// `npm start`'s server, as a person runs it (no HOST set), on a free port.
before(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/\S+\//.exec(out);
      if (url) resolve(url[0]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
});

after(() => {
  server.kill();
});

/** GET of a raw path (not normalized by a URL parser, so `..` reaches the server as typed). */
const get = (path: string) =>
  new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });

test('listens on 127.0.0.1 unless HOST says otherwise', () => {
  assert.equal(new URL(base).hostname, '127.0.0.1');
});

test('/ is the demo page', async () => {
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.match(page.type, /^text\/html/);
  assert.match(page.body, /<title>chatwire demo<\/title>/);
});

test('serves what the demo loads: its script, its styles, the fake widgets, the runtime', async () => {
  for (const path of ['/fixtures/demo.js', '/fixtures/demo.css', '/fixtures/smartagent.js', '/docs/vendors/drift.md']) {
    assert.equal((await get(path)).status, 200, path);
  }
  assert.match((await get('/fixtures/demo.js')).type, /^text\/javascript/);
});

test('does not serve the rest of the repository', async () => {
  for (const path of [
    '/.git/config',
    '/.git/HEAD',
    '/node_modules/typescript/package.json',
    '/package.json',
    '/package-lock.json',
    '/README.md',
    '/runtime/chatwire.ts',
    '/scripts/serve.mjs',
    '/fixtures/../package.json',
    '/fixtures/%2e%2e/package.json',
    '/fixtures/..%2fpackage.json',
    '/dist/../.git/config',
    '/fixtures/.hidden',
  ]) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(response.body, /repositoryformatversion|"devDependencies"/, path);
  }
});
