import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maps, rises, sends, starts } from '../runtime/lib/derive.js';
import type { Vendor } from '../runtime/types.js';

const vendor = (events: Vendor['events']): Vendor => ({ id: 'v', global: 'v', events, fields: {}, attach: () => undefined });

test('maps: whether some vendor event of the table becomes the action, fixed-field entries included', () => {
  const v = vendor({ OPEN: 'opened', START: ['started', { channel: 'chat' }] });
  assert.equal(maps(v, 'opened'), true);
  assert.equal(maps(v, 'started'), true);
  assert.equal(maps(v, 'loaded'), false);
  assert.equal(maps(vendor({}), 'loaded'), false);
});

test('sends: the action of each vendor event, in table order, fixed-field entries included', () => {
  assert.deepEqual(sends(vendor({ OPEN: 'opened', START: ['started', { channel: 'chat' }], AGAIN: 'opened' })), ['opened', 'started', 'opened']);
  assert.deepEqual(sends(vendor({})), []);
});

test('rises: the first report is the baseline for a vendor that reports on registration; then only rises count', () => {
  const widget = {};
  assert.deepEqual(
    [3, 3, 4, 0, 1, 1, 2].map((count) => rises(widget, 'n', count)),
    [false, false, true, false, true, false, true],
  );
});

test('rises: counting from 0 for a vendor that reports only changes; per vendor object and counter; non-counts ignored', () => {
  const a = {};
  const b = {};
  assert.equal(rises(a, 'n', 1, 0), true);
  assert.equal(rises(b, 'n', 1, 0), true);
  assert.equal(rises(a, 'other', 1, 0), true);
  assert.equal(rises(a, 'n', 1, 0), false);
  for (const junk of [null, undefined, '2', NaN, -1, {}, [3]]) assert.equal(rises(a, 'n', junk, 0), false);
  assert.equal(rises(a, 'n', 2, 0), true);
});

test('starts: once per conversation id; without an id, once until ended; only at a message_sent', () => {
  const seen = {};
  const at = (action: Parameters<typeof starts>[1], id: unknown = null) => starts(seen, action, id);
  assert.deepEqual([at('message_sent', 'c1'), at('message_sent', 'c1'), at('message_sent', 7), at('message_sent', '7')], [true, false, true, false]);
  assert.deepEqual([at('opened'), at('message_received'), at('message_sent'), at('message_sent'), at('message_sent', {})], [false, false, true, false, false]);
  assert.deepEqual([at('ended'), at('message_sent'), at('message_sent')], [false, true, false]);
  // An ended conversation with an id is not started again by a late message of it.
  assert.deepEqual([at('ended', 'c1'), at('message_sent', 'c1')], [false, false]);
});
