import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// Dixa Messenger's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'dixa', action, vendor_event, channel: 'messaging', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.dixa';
/** This vendor's pushes, without the core's derived ones (`chatwire:…`). */
const dixaPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'dixa' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, arg?: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${arg === undefined ? 'undefined' : JSON.stringify(arg)})`);

/** [event, payload, action, fields]: every mapped event but on-api-ready. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['on-widget-open-changed', true, 'opened', {}],
  ['on-conversation-started', { conversationId: 4201 }, 'started', { conversation_id: '4201' }],
  ['on-agent-assigned', { id: 'agent-7', name: 'Sam Support' }, 'agent_joined', { agent_id: 'agent-7', agent_name: 'Sam Support' }],
  // A message the widget sent (no author: the visitor's), then one it received from the agent (its author).
  ['on-message-added', { type: 'text', content: 'Hi, this is Jane Doe, jane.doe@example.com' }, 'message_sent', {}],
  [
    'on-message-added',
    { type: 'text', content: 'Hello Jane', author: { id: 'agent-7', name: 'Sam Support', avatarUrl: '' } },
    'message_received',
    { agent_id: 'agent-7', agent_name: 'Sam Support' },
  ],
  ['on-backend-error', { message: 'timeout' }, 'error', {}],
  ['on-conversation-ended', { conversationId: 4201 }, 'ended', { conversation_id: '4201' }],
  ['on-widget-open-changed', false, 'closed', {}],
];
const everyRow = async (page: Page) => {
  for (const [name, arg] of ROWS) await emit(page, name, arg);
};
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));
const LOADED = expected('on-api-ready', 'loaded');

for (const order of ['runtime, snippet, messenger', 'snippet, runtime, messenger']) {
  for (const extend of [false, true]) {
    test(`${order} (bootstrap.js ${extend ? 'adds to' : 'replaces'} the snippet's object): nothing through the documented snippet, subscribed once the messenger is there; every event pushed once; the site's listener runs once`, async ({
      page,
    }) => {
      const attachLines = attachLog(page, 'dixa');
      await page.goto(PAGE);
      await run(page, `window.fakeDixaOptions = { manual: true, extend: ${extend} }; window.chatwireConfig = { debug: true }`);
      if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
      await loadScript(page, '/fixtures/dixa.js');
      if (!order.startsWith('runtime')) await loadScript(page, RUNTIME);
      // The snippet's `_dixa_` has invoke only (Dixa's overview page): chatwire neither calls it nor fails on it.
      expect(await run(page, 'Object.keys(_dixa_).sort()')).toEqual(['invoke', 'pendingCalls']);
      await run(page, `${fake}.load(); window.siteCalls = []; _dixa_.addListener('on-widget-open-changed', (open) => siteCalls.push(open))`);
      await expect.poll(() => run(page, `${fake}.listeners['on-conversation-started']?.length`)).toBe(1);
      await everyRow(page);
      await expect.poll(() => dixaPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
      expect(await run(page, 'window.siteCalls')).toEqual([true, false]);
      // One chatwire listener per event, and no failed attempt on the snippet's object on the way.
      const counts = await run(page, `Object.fromEntries(Object.entries(${fake}.listeners).map(([name, list]) => [name, list.length]))`);
      expect(counts).toEqual({
        ...Object.fromEntries(
          ['on-api-ready', 'on-conversation-started', 'on-agent-assigned', 'on-conversation-ended', 'on-backend-error', 'on-message-added'].map((name) => [name, 1]),
        ),
        'on-widget-open-changed': 2,
      });
      expect(attachLines().filter((line) => /Error/.test(line))).toEqual([]);
    });
  }
}

test("messenger loaded before chatwire (GTM): loaded once from _dixa_.api, later events pushed; stop() removes chatwire's listeners", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/dixa.js');
  await expect.poll(() => run(page, `${fake}.loaded && typeof _dixa_.api`)).toBe('object');
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => dixaPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `Object.values(${fake}.listeners).every((list) => list.length === 0)`)).toBe(true);
  await everyRow(page);
  expect(await dixaPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  // Started again on the same messenger: its readiness was reported already.
  await run(page, 'chatwire.start({})');
  await emit(page, 'on-conversation-started', { conversationId: 4202 });
  await expect.poll(async () => (await dixaPushes(page)).length).toBe(ROWS.length + 2);
  expect((await dixaPushes(page)).filter((push) => push.event === 'chat_loaded').length).toBe(1);
});

test('ready state read and the ready event heard too: loaded pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/dixa.js');
  await expect.poll(() => run(page, `typeof _dixa_.api`)).toBe('object');
  await loadScript(page, RUNTIME);
  // The messenger announces the readiness chatwire already read from _dixa_.api.
  await emit(page, 'on-api-ready');
  await emit(page, 'on-conversation-started', { conversationId: 4201 });
  await expect.poll(() => dixaPushes(page)).toEqual([LOADED, expected('on-conversation-started', 'started', { conversation_id: '4201' })]);
});

test('messenger object without _dixa_.api yet when chatwire attaches: loaded from on-api-ready', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeDixaOptions = { manual: true }');
  await loadScript(page, '/fixtures/dixa.js');
  // The messenger object without its API yet (as while bootstrap.js initializes).
  await run(page, `${fake}.load(); delete _dixa_.api`);
  await loadScript(page, RUNTIME);
  await emit(page, 'on-api-ready');
  await emit(page, 'on-widget-open-changed', true);
  await expect.poll(() => dixaPushes(page)).toEqual([LOADED, expected('on-widget-open-changed', 'opened')]);
});

test('identity, views, messages and malformed payloads: nothing personal, nothing wrong', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/dixa.js');
  await expect.poll(() => dixaPushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake};
    _dixa_.invoke('setUserIdentity', { type: 'verified', payload: { name: 'Jane Doe', email: 'jane.doe@example.com' } });
    _dixa_.invoke('setView', 'conversation');
    f.emit('on-message-added', { author: 'Jane Doe', content: 'call me on +1 415 555 0100' });
    for (const raw of [null, 'Jane Doe', 42, { type: 'text', content: 'x', author: null }]) f.emit('on-message-added', raw);
    f.emit('on-agent-unassigned', { id: 'agent-7', name: 'Sam Support' });
    for (const raw of ['yes', 1, null, {}]) f.emit('on-widget-open-changed', raw);
    for (const raw of [null, 'x', [], { conversationId: {} }, { name: 'Jane Doe', email: 'jane.doe@example.com' }]) f.emit('on-conversation-started', raw); })()`,
  );
  await expect
    .poll(async () => (await dixaPushes(page)).map((push) => [push.event, push.chat.conversation_id, push.chat.agent_name]))
    .toEqual([['chat_loaded', null, null], ...Array(5).fill(['chat_started', null, null])]);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane Doe', '+1 415']) expect(text).not.toContain(secret);
});
