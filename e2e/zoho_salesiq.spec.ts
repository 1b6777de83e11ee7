import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Zoho SalesIQ's documented handlers → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'zoho_salesiq', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.zoho_salesiq';
/** This vendor's pushes, without the core's derived ones (`chatwire:…`). */
const zohoPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'zoho_salesiq' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, ...args: unknown[]) => run(page, `${fake}.emit(${[name, ...args].map((arg) => JSON.stringify(arg)).join(', ')})`);

const id = '9aa1c3b2e7';
const visitor = { name: 'Jane Doe', email: 'jane.doe@example.com', question: 'Do you ship to Berlin?', visitid: id };
/** [handler, args, action, fields]: every mapped SalesIQ handler. */
const ROWS: [string, unknown[], string, Record<string, unknown>][] = [
  ['floatwindow.open', [], 'opened', {}],
  ['visitor.chat', [id, visitor], 'started', { visitor_id: id }],
  ['chat.attend', [id, { attendername: 'Sam Support', attenderemail: 'sam@shop.example', visitid: id }], 'agent_joined', { visitor_id: id, agent_name: 'Sam Support' }],
  ['chat.agentMessage', [id, { visitid: id, message: 'Hi Jane' }], 'message_received', { visitor_id: id }],
  ['visitor.rating', [id, { agent: 'sam@shop.example', rating: 'happy', visitid: id }], 'rating_submitted', { visitor_id: id, label: 'happy' }],
  ['visitor.feedback', [id, { visitid: id, feedback: 'Great, Jane Doe', agent: 'sam@shop.example' }], 'survey_submitted', { visitor_id: id }],
  ['visitor.missed', [id, visitor], 'agent_timeout', { visitor_id: id }],
  ['visitor.offlineMessage', [id, visitor], 'lead', { visitor_id: id, lead_type: 'email' }],
  // chatduration: minutes, a string in Zoho's example.
  ['chat.complete', [id, { visitid: id, chatduration: '3' }], 'ended', { visitor_id: id, duration_ms: 180_000 }],
  ['floatwindow.minimize', [], 'closed', {}],
  ['floatwindow.close', [], 'closed', {}],
];
const everyRow = async (page: Page) => {
  for (const [name, args] of ROWS) await emit(page, name, ...args);
};
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));
const LOADED = expected('ready', 'loaded');

/** The site's code, as the docs write it: handlers registered inside the global ready handler. */
const SITE_READY = `window.siteCalls = [];
  $zoho.salesiq.ready = function () {
    $zoho.salesiq.visitor.chat(function (visitid, data) { siteCalls.push(['chat', visitid, data.question]); });
    $zoho.salesiq.floatwindow.open(function () { siteCalls.push(['open']); });
    $zoho.salesiq.chatbutton.click(function () { siteCalls.push(['button']); });
  };`;

for (const order of ['runtime, snippet, widget script', 'snippet, runtime, widget script']) {
  test(`${order}: chatwire registers in ready before the site; every handler pushed once; the site's handlers run once`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, 'window.fakeZohoOptions = { manual: true }');
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/zoho_salesiq.js');
    await run(page, SITE_READY);
    if (order.startsWith('snippet')) await loadScript(page, RUNTIME);
    // The snippet object only: nothing to register yet.
    await run(page, `${fake}.load()`);
    await everyRow(page);
    await emit(page, 'chatbutton.click');
    await expect.poll(() => zohoPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
    expect(await run(page, 'window.siteCalls')).toEqual([['open'], ['chat', id, 'Do you ship to Berlin?'], ['button']]);
  });
}

test('widget ready before chatwire: loaded only, nothing registered, the site keeps its handlers', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeZohoOptions = { manual: true }');
  await loadScript(page, '/fixtures/zoho_salesiq.js');
  await run(page, SITE_READY);
  await run(page, `${fake}.load()`);
  const before = await run(page, `Object.values(${fake}.handlers)`);
  await run(page, `window.logs = []; window.chatwireConfig = { debug: true }; console.log = (...args) => logs.push(args.join(' '))`);
  await loadScript(page, RUNTIME);
  await expect.poll(() => zohoPushes(page)).toEqual([LOADED]);
  expect(await run(page, `Object.values(${fake}.handlers)`)).toEqual(before);
  await everyRow(page);
  await expect.poll(() => run(page, 'window.siteCalls.length')).toBe(2);
  expect(await zohoPushes(page)).toEqual([LOADED]);
  expect(await run(page, `logs.some((line) => line.includes('not attached: SalesIQ ready before chatwire'))`)).toBe(true);
});

test('stop() silences chatwire, the site handler keeps running once; start() listens again, loaded not repeated', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeZohoOptions = { manual: true }');
  await loadScript(page, '/fixtures/zoho_salesiq.js');
  await run(page, SITE_READY);
  await run(page, `${fake}.load()`);
  await expect.poll(() => zohoPushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.stop()');
  await emit(page, 'visitor.chat', id, visitor);
  expect(await zohoPushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.start()');
  await emit(page, 'visitor.chat', id, visitor);
  // A handler the site registers later replaces its first one and still runs, once.
  await run(page, `$zoho.salesiq.visitor.chat(function () { siteCalls.push('later'); })`);
  await emit(page, 'visitor.chat', id, visitor);
  await expect.poll(() => zohoPushes(page)).toEqual([LOADED, expected('visitor.chat', 'started', { visitor_id: id }), expected('visitor.chat', 'started', { visitor_id: id })]);
  expect(await run(page, 'window.siteCalls')).toEqual([['chat', id, 'Do you ship to Berlin?'], ['chat', id, 'Do you ship to Berlin?'], 'later']);
});

test('no name, email, question or message by default; email hashed with pii: hash', async ({ page }) => {
  const sha = (value: string) => createHash('sha256').update(value).digest('hex');
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/zoho_salesiq.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await everyRow(page);
  await expect.poll(async () => (await zohoPushes(page)).length).toBe(ROWS.length + 1);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane Doe', 'Berlin', 'Hi Jane', 'sam@shop', 'Great']) expect(text).not.toContain(secret);

  await run(page, `chatwire.start({ pii: 'hash' })`);
  await emit(page, 'visitor.chat', id, { ...visitor, email: ' Jane.Doe@Example.com ' });
  await emit(page, 'visitor.offlineMessage', id, visitor);
  await expect
    .poll(async () => (await zohoPushes(page)).slice(ROWS.length + 1).map((push) => [push.event, push.chat.email_sha256, push.chat.email]))
    .toEqual([
      ['chat_started', sha('jane.doe@example.com'), null],
      ['chat_lead', sha('jane.doe@example.com'), null],
    ]);
  expect(await dataLayerText(page)).not.toContain('jane.doe@');
});

test('malformed arguments and unmapped handlers are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/zoho_salesiq.js');
  await expect.poll(() => zohoPushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [[], [null, null], [{}, 'x'], [42, []], ['v', { attendername: {} }]]) f.emit('chat.attend', ...raw);
    f.emit('floatbutton.click'); f.emit('chat.offline'); f.emit('visitor.trigger', 'CartCheckout', { name: 'Jane Doe', email: 'jane.doe@example.com' }); })()`,
  );
  await expect
    .poll(async () => (await zohoPushes(page)).map((push) => [push.event, push.chat.visitor_id, push.chat.agent_name]))
    .toEqual([
      ['chat_loaded', null, null],
      ['chat_agent_joined', null, null],
      ['chat_agent_joined', null, null],
      ['chat_agent_joined', null, null],
      ['chat_agent_joined', '42', null],
      ['chat_agent_joined', 'v', null],
    ]);
  expect(await dataLayerText(page)).not.toContain('jane.doe@');
});

test("chat.complete is a handler and a command: the site's call that ends the chat still ends it, and its handler runs once", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeZohoOptions = { manual: true }');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/zoho_salesiq.js');
  await run(
    page,
    `window.siteCalls = []; $zoho.salesiq.ready = function () {
      $zoho.salesiq.chat.complete(function (visitid, data) { siteCalls.push([visitid, data.chatduration]); });
    };`,
  );
  await run(page, `${fake}.load()`);
  // The command, as a site's onclick calls it (js-api-chat-complete.html): no argument.
  await run(page, '$zoho.salesiq.chat.complete()');
  await expect.poll(() => zohoPushes(page)).toEqual([LOADED, expected('chat.complete', 'ended', { visitor_id: id, duration_ms: 180_000 })]);
  expect(await run(page, 'window.siteCalls')).toEqual([[id, '3']]);
  // A duration that is no number of minutes is left out; the end is still pushed.
  for (const chatduration of ['', 'soon', null, { m: 3 }]) await emit(page, 'chat.complete', id, { visitid: id, chatduration });
  await expect.poll(async () => (await zohoPushes(page)).slice(2).map((push) => push.chat.duration_ms)).toEqual([null, null, null, null]);
});
