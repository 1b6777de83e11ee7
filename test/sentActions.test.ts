import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentActions } from '../runtime/lib/sentActions.js';
import type { Vendor } from '../runtime/types.js';

const vendor = (id: string, events: Vendor['events']): Vendor => ({ id, global: id, events, fields: {}, attach: () => undefined });

test('each action once, in the order the tables first name them, fixed-field entries included', () => {
  const vendors = [
    vendor('a', { X_OPEN: 'opened', X_LEAD: ['lead', { lead_type: 'email' }], X_OPEN_AGAIN: 'opened' }),
    vendor('b', { 'b.error': ['error', { vendor_event: 'b.submitted' }], 'b.open': 'opened', 'b.load': 'loaded' }),
  ];
  assert.deepEqual(sentActions(vendors), ['opened', 'lead', 'error', 'loaded']);
  assert.deepEqual(sentActions([]), []);
});
