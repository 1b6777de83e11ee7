import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentActions } from '../runtime/lib/sentActions.js';
import type { Vendor } from '../runtime/types.js';

const vendor = (id: string, events: Vendor['events']): Vendor => ({ id, global: id, events, fields: {}, attach: () => undefined });

test('each action once, in the order the tables first name them, fixed-field entries included; then the two the core derives', () => {
  const vendors = [
    vendor('a', { X_OPEN: 'opened', X_LEAD: ['lead', { lead_type: 'email' }], X_OPEN_AGAIN: 'opened' }),
    vendor('b', { 'b.error': ['error', { vendor_event: 'b.submitted' }], 'b.open': 'opened', 'b.load': 'loaded' }),
  ];
  assert.deepEqual(sentActions(vendors), ['opened', 'lead', 'error', 'loaded', 'started']);
  // `loaded` and `started` may be derived for any adapter (docs/events.md): always part of the vocabulary.
  assert.deepEqual(sentActions([vendor('c', { X_MESSAGE: 'message_sent' })]), ['message_sent', 'loaded', 'started']);
  assert.deepEqual(sentActions([]), ['loaded', 'started']);
});
