import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The budget with every vendor (issue #5): 8 KB gzip. The core plus SmartAgent alone was 2,492 B; with the five seed vendors, 4,087 B. */
const BUDGET = 8192;
const file = new URL('../../../dist/chatwire.min.js', import.meta.url);

test(`dist/chatwire.min.js stays within ${BUDGET} bytes gzip`, () => {
  assert.ok(existsSync(file), 'dist/chatwire.min.js is missing: run `npm run build` first');
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  assert.ok(gzip <= BUDGET, `${gzip} B gzip > ${BUDGET} B budget`);
});

test('dist/chatwire.min.js uses no eval or Function constructor (strict CSP)', () => {
  const code = readFileSync(file, 'utf8');
  assert.doesNotMatch(code, /\beval\s*\(|new Function\b|\bFunction\s*\(/);
});
