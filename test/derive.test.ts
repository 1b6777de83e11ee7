import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maps, rises } from '../runtime/lib/derive.js';
import type { Vendor } from '../runtime/types.js';

const vendor = (events: Vendor['events']): Vendor => ({ id: 'v', global: 'v', events, fields: {}, attach: () => undefined });

test('maps: whether some vendor event of the table becomes the action, fixed-field entries included', () => {
  const v = vendor({ OPEN: 'opened', START: ['started', { channel: 'chat' }] });
  assert.equal(maps(v, 'opened'), true);
  assert.equal(maps(v, 'started'), true);
  assert.equal(maps(v, 'loaded'), false);
  assert.equal(maps(vendor({}), 'loaded'), false);
});

test('rises: the first report is the baseline for a vendor that reports on registration; then only rises count', () => {
  const widget = {};
  assert.deepEqual([3, 3, 4, 0, 1, 1, 2].map((count) => rises(widget, 'n', count)), [false, false, true, false, true, false, true]);
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
