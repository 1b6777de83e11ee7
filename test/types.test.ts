// The public types, checked twice: at compile time (`tsc -p .`, run by
// `npm run build` and `npm run test:unit`, fails when a `@ts-expect-error`
// below stops being an error) and at run time (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Action, ChatEvent, ChatPush, ChatwireConfig, VendorId } from '../runtime/index.js';

// The values from the built ES module (`npm run build` first), typed by the sources.
const built = new URL('../../../dist/chatwire.mjs', import.meta.url).href;
const { actions, isChatPush, start, vendors }: typeof import('../runtime/index.js') = await import(built);

// ---- compile time: what a TypeScript user may and may not write.
const valid: ChatwireConfig = { vendors: ['drift', 'intercom'], events: ['opened', 'lead'], pii: 'hash' };
// @ts-expect-error -- a misspelt vendor id does not compile
const misspeltVendor: ChatwireConfig = { vendors: ['drfit'] };
// @ts-expect-error -- an action that does not exist does not compile
const unknownAction: ChatwireConfig = { events: ['open'] };
// @ts-expect-error -- nor does a privacy mode that does not exist
const unknownMode: ChatwireConfig = { pii: 'none' };
const callsStart = () => {
  start({ vendors: ['smartagent'] });
  // @ts-expect-error -- start() checks its argument the same way
  start({ vendors: ['drfit'] });
};
/** A dataLayer consumer: the guard narrows, and `chat.vendor` / `chat.action` are the unions. */
const consumer = (layer: unknown[]): VendorId[] =>
  layer.filter(isChatPush).map((push: ChatPush) => {
    const action: Action = push.chat.action;
    // @ts-expect-error -- comparing with a vendor id that does not exist is caught too
    if (push.chat.vendor === 'drfit') return push.chat.vendor;
    return action === 'opened' ? push.chat.vendor : 'drift';
  });

// ---- run time.
test('VendorId (runtime/types.ts) lists exactly the supported vendors (chatwire.vendors)', () => {
  const source = readFileSync(new URL('../../../runtime/types.ts', import.meta.url), 'utf8');
  const union = /export type VendorId =([^;]+);/.exec(source);
  assert.ok(union, 'runtime/types.ts declares VendorId');
  const typed = [...union[1].matchAll(/'(\w+)'/g)].map((match) => match[1]);
  const missing = vendors.filter((id) => !typed.includes(id));
  const extra = typed.filter((id) => !vendors.includes(id));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, "add the registry's new ids to VendorId in runtime/types.ts");
});

const push = (chat: Partial<ChatEvent>): ChatPush => ({ event: `chat_${chat.action}`, chat: { vendor: 'drift', action: 'opened', ...chat } as ChatEvent });

test('isChatPush() accepts chatwire pushes of every vendor and action', () => {
  for (const vendor of vendors) assert.equal(isChatPush(push({ vendor: vendor as VendorId })), true, vendor);
  for (const action of actions) assert.equal(isChatPush(push({ action })), true, action);
  assert.equal(isChatPush({ event: 'support_opened', chat: { vendor: 'intercom', action: 'opened' } }), true, 'any prefix');
});

test('isChatPush() rejects everything else in a dataLayer', () => {
  const others: unknown[] = [
    undefined,
    null,
    'chat_opened',
    42,
    [],
    { event: 'gtm.js', 'gtm.start': 1 },
    { event: 'chat_opened' },
    { event: 'chat_opened', chat: null },
    { event: 'chat_opened', chat: 'opened' },
    { event: 'chat_opened', chat: { vendor: 'drfit', action: 'opened' } },
    { event: 'chat_opened', chat: { vendor: 'drift', action: 'open' } },
    { event: 1, chat: { vendor: 'drift', action: 'opened' } },
    { chat: { vendor: 'drift', action: 'opened' } },
    ['event', 'chat_opened'],
  ];
  for (const entry of others) assert.equal(isChatPush(entry), false, JSON.stringify(entry));
});

test('the compile-time examples above are what they claim', () => {
  assert.deepEqual(valid.vendors, ['drift', 'intercom']);
  assert.deepEqual([misspeltVendor.vendors, unknownAction.events, unknownMode.pii], [['drfit'], ['open'], 'none']);
  assert.equal(typeof callsStart, 'function'); // never called: it would start the runtime
  assert.deepEqual(consumer([{ event: 'gtm.js' }, push({ vendor: 'intercom' }), push({ action: 'closed' })]), ['intercom', 'drift']);
});
