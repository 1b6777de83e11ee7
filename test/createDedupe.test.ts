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
  const seen = new Map<string, number>();
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

/** A replay after stop()/start(): the same history in the same order, through a new subscription. */
const replay = (isNew: (key: string, replay?: unknown) => boolean, history: string[], subscription: unknown): string[] => history.filter((key) => isNew(key, subscription));

for (const length of [999, 1000, 1001, 1500, 2500, 10_000]) {
  test(`a history of ${length} events replayed after stop()/start(): only what fell out of memory is pushed again, each once`, () => {
    const seen = new Map<string, number>();
    const isNew = createDedupe(1000, seen);
    const history = Array.from({ length }, (_, i) => `event-${i}`);
    assert.deepEqual(replay(isNew, history, 'first'), history);
    const forgotten = history.slice(0, Math.max(0, length - 1000));
    // Three more stop()/start() cycles: never more than the forgotten head, never a cascade.
    for (const subscription of ['second', 'third', 'fourth']) {
      assert.deepEqual(replay(isNew, history, subscription), forgotten, subscription);
      assert.ok(seen.size <= 1000);
    }
    // Live events after the replay are remembered as usual: a later replay skips them.
    assert.deepEqual(replay(isNew, ['live-1', 'live-2'], 'fourth'), ['live-1', 'live-2']);
    const longer = [...history, 'live-1', 'live-2'];
    const pushed = replay(isNew, longer, 'fifth');
    assert.deepEqual(pushed, longer.slice(0, Math.max(0, longer.length - 1000)));
  });
}

test('a replay that repeats every event twice, then live events: each key once, memory at the cap', () => {
  const seen = new Map<string, number>();
  const isNew = createDedupe(1000, seen);
  const history = Array.from({ length: 1500 }, (_, i) => `e-${i}`);
  const doubled = history.flatMap((key) => [key, key]);
  assert.equal(doubled.filter((key) => isNew(key, 'a')).length, 1500);
  assert.equal(seen.size, 1000);
  assert.equal(doubled.filter((key) => isNew(key, 'b')).length, 500);
});

test('at most 1,000 kept apart during a replay: past 1,000 forgotten keys, the first of them is pushed again if offered again', () => {
  // docs/security.md "How replays are deduplicated": "The memory is bounded: 1,000 events, plus at most 1,000 kept apart during a
  // replay." The kept-apart set is internal, so its bound is observed through its effect: a forgotten key offered twice in one
  // replay is pushed once while the set can still hold it, and again once 1,000 other forgotten keys came after it.
  const seen = new Map<string, number>();
  const isNew = createDedupe(1000, seen);
  const history = Array.from({ length: 3000 }, (_, i) => `event-${i}`);
  assert.deepEqual(replay(isNew, history, 'first'), history);
  const remembered = [...seen.keys()];
  assert.deepEqual(remembered, history.slice(2000));
  // 1,000 forgotten keys kept apart: the first, offered again, is still known to this replay.
  const thousand = history.slice(0, 1000);
  assert.deepEqual(replay(isNew, thousand, 'second'), thousand);
  assert.equal(isNew('event-0', 'second'), false);
  // One more forgotten key makes 1,001: the set never holds more than 1,000, so the first is no longer kept and is pushed again.
  const more = history.slice(0, 1001);
  assert.deepEqual(replay(isNew, more, 'third'), more);
  assert.equal(isNew('event-0', 'third'), true);
  // Kept apart, never remembered: the memory is untouched, and the rest of the replay is still skipped.
  assert.deepEqual([...seen.keys()], remembered);
  assert.deepEqual(replay(isNew, history.slice(2000), 'third'), []);
});
