import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../runtime/lib/sha256.js';

const reference = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

test('FIPS 180-4 / NIST example vectors', () => {
  assert.equal(sha256(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  assert.equal(
    sha256('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'),
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
  );
  assert.equal(sha256('a'.repeat(1_000_000)), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
});

test('the values CONTRACT §6 hashes', () => {
  assert.equal(sha256('jane.doe@example.com'), reference('jane.doe@example.com'));
  assert.equal(sha256('+14155550100'), reference('+14155550100'));
});

test('every length around the 55/56/64-byte padding boundaries matches node:crypto', () => {
  for (let length = 0; length <= 200; length++) {
    const text = 'x'.repeat(length);
    assert.equal(sha256(text), reference(text), `length ${length}`);
  }
});

test('UTF-8 input (multi-byte and astral characters) matches node:crypto', () => {
  for (const text of ['ü', 'Ünïcödé@exämple.de', '日本語のメール@例え.jp', '😀 emoji', '\u0000nul', 'a\u{10FFFF}b']) {
    assert.equal(sha256(text), reference(text), text);
  }
});

test('random strings match node:crypto', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 500; i++) {
    const text = Array.from({ length: Math.floor(random() * 150) }, () => String.fromCharCode(32 + Math.floor(random() * 0x2fff))).join('');
    assert.equal(sha256(text), reference(text));
  }
});

test('a 4 MB input matches node:crypto (bytes read from a typed array, never spread into a list)', () => {
  const text = 'é'.repeat(1_000_000) + 'x'.repeat(2_000_000);
  assert.equal(sha256(text), reference(text));
});

test('a 16 MB input hashes in a 40 MB heap: the bytes go into typed arrays, never into an array of numbers (docs/security.md)', () => {
  // An array of 16 M numbers would take 128 MB of heap (8 B per element): copying the input into one, as bytes or as
  // words, runs this child out of memory. The input string itself takes 16 MB of the 40.
  const module = fileURLToPath(new URL('../runtime/lib/sha256.js', import.meta.url));
  const text = 'x'.repeat(16_000_000);
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=40', '--input-type=module', '-e', `import { sha256 } from ${JSON.stringify(module)}; console.log(sha256('x'.repeat(16_000_000)))`],
    { encoding: 'utf8' },
  );
  assert.equal(child.status, 0, child.stderr.slice(0, 300));
  assert.equal(child.stdout.trim(), reference(text));
});
