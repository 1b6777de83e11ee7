import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Pure Chat's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'purechat', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.purechat';
const sha = (value: string) => createHash('sha256').update(value).digest('hex');
/** Pure Chat pushes, without the core's derived `chatwire:*` events. */
const purechatPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'purechat' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, payload: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${JSON.stringify(payload)})`);

const BOX = 'box-1';
const CHAT = {
  chatboxId: BOX,
  name: 'Jane Doe',
  email: ' Jane.Doe@Example.com ',
  phoneNumber: '+1 415 555 0100',
  question: 'Hi, I am Jane',
  transcriptId: 90210,
  startedByOperator: false,
};
/** [event, payload, action, fields]: every mapped event but the ready signal. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['chatbox:expand', { chatboxId: BOX }, 'opened', { widget_id: BOX }],
  ['chat:start', CHAT, 'started', { widget_id: BOX, conversation_id: '90210' }],
  ['chat:end', CHAT, 'ended', { widget_id: BOX, conversation_id: '90210' }],
  ['chat:rate', { chatboxId: BOX, up: true }, 'rating_submitted', { widget_id: BOX }],
  ['email:send', { chatboxId: BOX, name: 'Jane Doe', email: 'jane.doe@example.com', question: 'Hi' }, 'lead', { widget_id: BOX, lead_type: 'email' }],
  ['chatbox:collapse', { chatboxId: BOX }, 'closed', { widget_id: BOX }],
];
const everyRow = async (page: Page) => {
  for (const [name, payload] of ROWS) await emit(page, name, payload);
};
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));
const LOADED = (fields: Record<string, unknown> = {}) => expected('chatbox:ready', 'loaded', fields);
const SECRETS = ['jane.doe@', 'Jane.Doe@', 'Jane Doe', '+1 415 555', 'I am Jane'];

test('runtime first, then the snippet and the widget: subscribed through the queue, replayed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakePurechatOptions = { manual: true }');
  await loadScript(page, '/fixtures/purechat.js');
  // chatwire queued its on() calls in the snippet's stub.
  await expect.poll(() => run(page, 'window.purechatApi.l.length')).toBe(7);
  await run(page, `${fake}.load()`);
  await everyRow(page);
  await expect.poll(() => purechatPushes(page)).toEqual([LOADED({ widget_id: 'a3bb0cf7-49b5-48a3-8e8f-c2dfb78bbb9b' }), ...EVERY_ROW]);
  // The real API was taken over, not subscribed to again.
  expect(await run(page, `Object.values(${fake}.listeners).every((list) => list.length === 1)`)).toBe(true);
});

test('the snippet runs again before the widget loads (carried twice): chatwire subscribes through the new stub, each event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakePurechatOptions = { manual: true }');
  await loadScript(page, '/fixtures/purechat.js');
  await loadScript(page, RUNTIME);
  await expect.poll(() => run(page, 'window.purechatApi.l.length')).toBe(7);
  // The second run assigns a fresh stub: the first one's queue, chatwire's on() calls in it, is gone.
  await run(page, `${fake}.snippet(); window.siteCalls = []; purechatApi.on('chatbox:expand', () => siteCalls.push('expand'))`);
  await expect.poll(() => run(page, 'window.purechatApi.l.length')).toBe(8);
  await run(page, `${fake}.load()`);
  await everyRow(page);
  await expect.poll(() => purechatPushes(page)).toEqual([LOADED({ widget_id: 'a3bb0cf7-49b5-48a3-8e8f-c2dfb78bbb9b' }), ...EVERY_ROW]);
  expect(await run(page, 'window.siteCalls')).toEqual(['expand']);
});

test('the stub first, then chatwire, then the widget script', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakePurechatOptions = { manual: true }');
  await loadScript(page, '/fixtures/purechat.js');
  // The snippet's stub: `on` and the arrays `l` and `t`, nothing else.
  expect(await run(page, 'Object.keys(purechatApi)')).toEqual(['l', 't', 'on']);
  await loadScript(page, RUNTIME);
  // chatwire's seven subscriptions wait in the stub's queue.
  await expect.poll(() => run(page, 'purechatApi.l.length')).toBe(7);
  await run(page, `${fake}.load()`);
  await everyRow(page);
  await expect.poll(() => purechatPushes(page)).toEqual([LOADED({ widget_id: 'a3bb0cf7-49b5-48a3-8e8f-c2dfb78bbb9b' }), ...EVERY_ROW]);
});

test('widget ready first, chatwire later: loaded once, later events pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/purechat.js');
  expect(await run(page, `${fake}.isReady()`)).toBe(true);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await run(page, 'chatwire.start({})');
  await expect.poll(() => purechatPushes(page)).toEqual([LOADED(), ...EVERY_ROW]);
  expect(await run(page, `(${fake}.listeners['chatbox:ready'] || []).length`)).toBe(0);
});

test("the site's listeners keep running once; unmapped events push nothing; stop() silences chatwire", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; window.fakePurechatOptions = { manual: true }`);
  await loadScript(page, '/fixtures/purechat.js');
  await run(page, `purechatApi.on('chat:start', function (args) { siteCalls.push(args.transcriptId); })`);
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await emit(page, 'chat:start', CHAT);
  await emit(page, 'chatbox:unknown', { chatboxId: BOX });
  await expect.poll(async () => (await purechatPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_started']);
  await run(page, 'chatwire.stop()');
  await emit(page, 'chat:start', CHAT);
  expect(await run(page, 'window.siteCalls')).toEqual([90210, 90210]);
  expect((await purechatPushes(page)).length).toBe(2);
});

test('no personal data by default; hashes with pii: hash; the values with pii: include', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/purechat.js');
  await everyRow(page);
  await expect.poll(async () => (await purechatPushes(page)).length).toBe(ROWS.length + 1);
  for (const secret of SECRETS) expect(await dataLayerText(page)).not.toContain(secret);

  await run(page, `chatwire.start({ pii: 'hash' })`);
  await emit(page, 'chat:start', CHAT);
  await expect
    .poll(async () => (await purechatPushes(page)).at(-1)?.chat)
    .toEqual(
      chat({
        vendor: 'purechat',
        action: 'started',
        vendor_event: 'chat:start',
        channel: 'chat',
        widget_id: BOX,
        conversation_id: '90210',
        timestamp: expect.any(Number),
        email_sha256: sha('jane.doe@example.com'),
        phone_sha256: sha('+14155550100'),
      }),
    );
  for (const secret of SECRETS) expect(await dataLayerText(page)).not.toContain(secret);
  await run(page, `chatwire.start({ pii: 'include' })`);
  await emit(page, 'email:send', { chatboxId: BOX, email: 'jane.doe@example.com' });
  await expect.poll(async () => (await purechatPushes(page)).at(-1)?.chat.email).toBe('jane.doe@example.com');
});

test('malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/purechat.js');
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, 'x', [], 7, { chatboxId: {}, transcriptId: [1], email: {}, phoneNumber: [] }]) f.emit('chat:start', raw);
    f.emit('toString', {}); f.emit('__proto__', {}); })()`,
  );
  await expect
    .poll(async () => (await purechatPushes(page)).map((push) => [push.event, push.chat.widget_id, push.chat.email]))
    .toEqual([['chat_loaded', null, null], ...Array(5).fill(['chat_started', null, null])]);
});
