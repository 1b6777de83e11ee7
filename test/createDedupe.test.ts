import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDedupe } from '../runtime/lib/createDedupe.js';

test('a key is new once, then remembered', () => {
  const isNew = createDedupe(10);
  assert.equal(isNew('a'), true);
  assert.equal(isNew('a'), false);
  assert.equal(isNew('b'), true);
  assert.equal(isNew('a'), false);
});

test('memory is capped: the oldest key is forgotten first', () => {
  const isNew = createDedupe(3);
  for (const key of ['a', 'b', 'c', 'd']) assert.equal(isNew(key), true);
  // 'a' was evicted when 'd' arrived; 'b', 'c', 'd' are still remembered.
  assert.equal(isNew('c'), false);
  assert.equal(isNew('d'), false);
  assert.equal(isNew('a'), true);
  // Re-adding 'a' evicted 'b'.
  assert.equal(isNew('b'), true);
});
