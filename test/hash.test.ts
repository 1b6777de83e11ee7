import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { hash } from '../runtime/hash.js';
import { setHash } from '../runtime/lib/hash.js';
import { toPush } from '../runtime/lib/toPush.js';

// Issue 14: SHA-256 is a plugin (dist/chatwire.hash.min.js); the core alone pushes no hash.
const lead = { vendor: 'crisp', action: 'lead', vendor_event: 'user:email:changed', email: ' Jane.Doe@Example.com ', phone: '+1 415 555 0100' };
const hex = (text: string): string => createHash('sha256').update(text).digest('hex');

test('hash mode without the hash plugin: no hash, and no value either', () => {
  const { chat } = toPush('chat_', lead, 'hash');
  assert.deepEqual([chat.email, chat.phone, chat.email_sha256, chat.phone_sha256], [null, null, null, null]);
});

test('hash mode with the hash plugin registered: the SHA-256 of the normalized values', () => {
  setHash(hash.sha256);
  const { chat } = toPush('chat_', lead, 'hash');
  assert.deepEqual([chat.email, chat.phone, chat.email_sha256, chat.phone_sha256], [null, null, hex('jane.doe@example.com'), hex('+14155550100')]);
});
