// `npm start` (after the build): serves the demo page at `/` and only the
// files it needs — the built runtime (dist/), the fake widgets (fixtures/),
// the vendor docs the demo reads product names from (docs/vendors/) and the
// README's screenshots (docs/images/). Nothing else of the repository
// (.git, node_modules, package.json, sources) is reachable.
//
//   HOST  interface to listen on; default 127.0.0.1 (this machine only).
//         HOST=0.0.0.0 opens the demo to the network, e.g. to try it on a phone.
//   PORT  port to listen on; default 8080; 0 picks a free port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** URL path prefixes served, each mapped to the same folder of the repository. */
const SERVED = ['/dist/', '/fixtures/', '/docs/vendors/', '/docs/images/'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file a request path maps to, or undefined when it is outside the served
 * folders. Percent-decoding happens before the check, and `..` segments are
 * normalized away first, so `/fixtures/../package.json` is refused too.
 */
function resolvePath(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  path = normalize(path).split(sep).join('/');
  if (path === '/' || path === '/index.html') return join(root, 'fixtures', 'index.html');
  if (path.endsWith('/')) path += 'index.html';
  if (!SERVED.some((prefix) => path.startsWith(prefix))) return undefined;
  if (path.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  return join(root, path);
}

/** Responds to one request: GET and HEAD of served files only. */
async function handle(request, response) {
  const send = (status, body, type = 'text/plain; charset=utf-8') => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed\n');
  const file = resolvePath(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!file) return send(404, 'Not found\n');
  try {
    if (!(await stat(file)).isFile()) return send(404, 'Not found\n');
    send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
  } catch {
    send(404, 'Not found\n');
  }
}

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);
const server = createServer((request, response) => {
  handle(request, response).catch(() => {
    response.statusCode = 500;
    response.end();
  });
});
server.listen(port, host, () => {
  const address = server.address();
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`chatwire demo: http://${shown}:${address.port}/`);
});
