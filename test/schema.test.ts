import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { actions } from '../runtime/lib/actions.js';
import { chatKeys, toPush } from '../runtime/lib/toPush.js';
import { registry } from '../runtime/registry.js';

const schema = JSON.parse(readFileSync(new URL('../../../docs/schema/chat-event.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

test('the schema lists exactly the runtime vocabulary: keys, actions, vendor ids', () => {
  assert.deepEqual(schema.properties.chat.required, chatKeys);
  assert.deepEqual(Object.keys(schema.properties.chat.properties), chatKeys);
  assert.deepEqual(schema.properties.chat.properties.action.enum, actions);
  assert.deepEqual(
    schema.properties.chat.properties.vendor.enum,
    registry.map((vendor) => vendor.id),
  );
});

test('pushes built by the envelope validate, in every privacy mode', () => {
  for (const pii of ['redact', 'hash', 'include'] as const) {
    const push = toPush('chat_', { vendor: 'customerly', action: 'lead', vendor_event: 'onLeadGenerated', lead_type: 'email', email: 'a@b.co', phone: 123 }, pii);
    assert.ok(validate(push), JSON.stringify(validate.errors));
  }
});

test('the schema rejects what the contract forbids', () => {
  const good = toPush('chat_', { vendor: 'smartagent', action: 'shown', vendor_event: 'CHAT_VISIBLE' }, 'redact');
  const bad = (mutate: (chat: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(good));
    mutate(copy.chat);
    return validate(copy);
  };
  assert.equal(validate(good), true);
  assert.equal(
    bad((chat) => delete chat.label),
    false,
    'a missing key',
  );
  assert.equal(
    bad((chat) => (chat.widget_id = { id: 1 })),
    false,
    'an object where a string belongs',
  );
  assert.equal(
    bad((chat) => (chat.widget_id = 'x'.repeat(101))),
    false,
    'over 100 characters',
  );
  assert.equal(
    bad((chat) => (chat.action = 'clicked')),
    false,
    'an unknown action',
  );
  assert.equal(
    bad((chat) => (chat.email_sha256 = 'ABC')),
    false,
    'not a hash',
  );
  assert.equal(
    bad((chat) => (chat.extra = 1)),
    false,
    'an undocumented key',
  );
});
