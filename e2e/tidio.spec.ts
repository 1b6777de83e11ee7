import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Tidio's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'tidio', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.tidio';
const tidioPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'tidio');
const SURVEY = { form_data: { name: 'Jane Doe', email: ' Jane.Doe@Example.com ', phone: '+1 415 555 0100' } };

/** [event, payload, action]: every mapped Tidio event but the ready signal. */
const ROWS: [string, unknown, string][] = [
  ['open', undefined, 'opened'],
  ['preFormFilled', SURVEY, 'form_submitted'],
  ['conversationStart', undefined, 'started'],
  ['messageFromVisitor', { message: 'Hi, this is Jane Doe' }, 'message_sent'],
  ['messageFromOperator', { message: 'Hello Jane, call +1 415 555 0100' }, 'message_received'],
  ['conversationEnd', undefined, 'ended'],
  ['close', undefined, 'closed'],
];
const everyRow = async (page: Page) => {
  for (const [name, payload] of ROWS) await run(page, `${fake}.emit(${JSON.stringify(name)}${payload === undefined ? '' : `, ${JSON.stringify(payload)}`})`);
};
const EVERY_ROW = ROWS.map(([name, , action]) => expected(name, action));
// Tidio's recipe: `loaded` comes from tidioChatApi.on('ready'), which runs at once for a chat that is ready already.
const LOADED = expected('ready', 'loaded');

test('runtime first: the tidioChat-ready document event makes chatwire attach at once; ready reports loaded', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeTidioOptions = { manual: true }');
  await loadScript(page, '/fixtures/tidio.js');
  expect(await run(page, 'window.tidioChatApi')).toBeUndefined();
  // Attached synchronously inside the ready event, not by a later re-check: subscribed by the time load() returns.
  expect(await run(page, `(() => { ${fake}.load(); return Object.keys(${fake}.listeners).length; })()`)).toBe(8);
  await expect.poll(() => tidioPushes(page)).toEqual([LOADED]);
  await everyRow(page);
  await expect.poll(() => tidioPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('runtime first, the chat loading on its own a moment after its code ran', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeTidioOptions = { delay: 300 }');
  await loadScript(page, '/fixtures/tidio.js');
  await expect.poll(() => tidioPushes(page)).toEqual([LOADED]);
  await everyRow(page);
  await expect.poll(() => tidioPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('the API before the chat is ready (stub order): attached at once, loaded only when the chat is ready', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeTidioOptions = { manual: true, early: true }');
  await loadScript(page, '/fixtures/tidio.js');
  await loadScript(page, RUNTIME);
  // chatwire has subscribed through the early API, and reported nothing yet.
  await expect.poll(() => run(page, `Object.keys(${fake}.listeners).length`)).toBe(8);
  expect(await tidioPushes(page)).toEqual([]);
  await run(page, `${fake}.load()`);
  await expect.poll(() => tidioPushes(page)).toEqual([LOADED]);
  await everyRow(page);
  await expect.poll(() => tidioPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('widget first: a ready chat is reported loaded once, later events are pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/tidio.js');
  await page.waitForFunction(() => (window as any).tidioChatApi);
  await run(page, `window.siteCalls = []; tidioChatApi.on('open', function (...args) { siteCalls.push(['open', args.length]); })`);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  // A second ready event (a re-dispatch), and stop() / start(), announce nothing new.
  await run(page, `${fake}.emit('tidioChat-ready'); chatwire.stop(); chatwire.start()`);
  await expect.poll(() => tidioPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
  expect(await run(page, 'window.siteCalls')).toEqual([['open', 0]]);
});

test("the site's listeners keep running; unmapped events push nothing; stop() silences chatwire", async ({ page }) => {
  await page.goto(PAGE);
  await run(
    page,
    `window.siteCalls = []; document.addEventListener('tidioChat-ready', function () {
    tidioChatApi.on('open', function () { siteCalls.push('open'); }); })`,
  );
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/tidio.js');
  await page.waitForFunction(() => (window as any).tidioChatApi);
  await run(page, `${fake}.emit('setStatus', 'online'); ${fake}.emit('resize', { height: 10 }); tidioChatApi.open()`);
  await expect.poll(async () => (await tidioPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_opened']);
  await run(page, 'chatwire.stop(); tidioChatApi.open()');
  expect(await run(page, 'window.siteCalls')).toEqual(['open', 'open']);
  expect((await tidioPushes(page)).length).toBe(2);
});

test('the pre-chat survey: no personal data by default, the right hashes with pii: hash', async ({ page }) => {
  const sha = (value: string) => createHash('sha256').update(value).digest('hex');
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/tidio.js');
  await page.waitForFunction(() => (window as any).tidioChatApi);
  await everyRow(page);
  await expect.poll(async () => (await tidioPushes(page)).length).toBe(ROWS.length + 1);
  for (const secret of ['jane.doe@', 'Jane.Doe@', 'Jane Doe', '+1 415 555']) expect(await dataLayerText(page)).not.toContain(secret);

  await run(page, `chatwire.start({ pii: 'hash' }); ${fake}.emit('preFormFilled', ${JSON.stringify(SURVEY)})`);
  await expect
    .poll(async () => (await tidioPushes(page)).at(-1)?.chat)
    .toEqual(
      chat({
        vendor: 'tidio',
        action: 'form_submitted',
        vendor_event: 'preFormFilled',
        channel: 'chat',
        timestamp: expect.any(Number),
        email_sha256: sha('jane.doe@example.com'),
        phone_sha256: sha('+14155550100'),
      }),
    );
  for (const secret of ['jane.doe@', 'Jane.Doe@', 'Jane Doe', '+1 415 555']) expect(await dataLayerText(page)).not.toContain(secret);
});

test('malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/tidio.js');
  await page.waitForFunction(() => (window as any).tidioChatApi);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, 'x', [], { form_data: null }, { form_data: { email: {}, phone: [1] } }]) f.emit('preFormFilled', raw);
    f.emit('tidioChat-ready', { x: 1 }); f.emit('toString', {}); f.emit('__proto__', {}); })()`,
  );
  await expect
    .poll(async () => (await tidioPushes(page)).map((push) => [push.event, push.chat.email, push.chat.phone]))
    .toEqual([['chat_loaded', null, null], ...Array(5).fill(['chat_form_submitted', null, null])]);
});
