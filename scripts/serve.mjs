// `npm start`: serves the repository (the built dist/ and the fixtures) and
// points at the demo page.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const port = process.env.PORT || '8080';
const require = createRequire(import.meta.url);
const bin = require.resolve('http-server/bin/http-server');
console.log(`\nchatwire demo: http://localhost:${port}/fixtures/\n`);
const server = spawn(process.execPath, [bin, '.', '-p', port, '-c-1', '--silent'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
