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

test('10,000 events, each delivered twice as a replay would: memory stays at the cap, recent replays still caught', () => {
  const seen = new Set<string>();
  const isNew = createDedupe(1000, seen);
  let pushed = 0;
  let largest = 0;
  for (let i = 0; i < 10_000; i++) {
    const key = JSON.stringify({ vendor: 'smartagent', vendor_event: 'CONTACT_STARTED', conversation_id: `c-${i}`, timestamp: 1637147056035 + i });
    if (isNew(key)) pushed++;
    if (isNew(key)) pushed++;
    largest = Math.max(largest, seen.size);
  }
  assert.equal(pushed, 10_000);
  assert.equal(largest, 1000);
  assert.equal(seen.size, 1000);
});
