import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// JivoChat's documented callbacks → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'jivochat', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.jivochat';
// Events the core derives (`chatwire:…`, e.g. `started` before the first message) are the core's tests' business.
const jivoPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'jivochat' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const widgetLoaded = (page: Page) => page.waitForFunction(() => (window as any).chatwireFakes?.jivochat?.loaded === true);

/** A visitor's session through the demo buttons. */
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);

const LOADED = expected('jivo_onLoadCallback', 'loaded');
const SESSION = [
  expected('jivo_onOpen', 'opened'),
  // jivo_onClientStartChat pushes nothing (it misses chats begun from a proactive invitation).
  expected('jivo_onMessageSent', 'message_sent'),
  expected('jivo_onAccept', 'agent_joined'),
  expected('jivo_onMessageReceived', 'message_received'),
  expected('jivo_onIntroduction', 'lead', { lead_type: 'email' }),
  expected('jivo_onChangeState', 'form_started', { channel: 'callback', label: 'callback_form' }),
  // A phone call is no chat start: the agent is on the line.
  expected('jivo_onCallStart', 'agent_joined', { channel: 'callback' }),
  expected('jivo_onCallEnd', 'ended', { channel: 'callback', label: 'ok' }),
  expected('jivo_onClose', 'closed'),
];

/** The page's own callbacks as Jivo's docs write them: declarations in a page script (non-configurable globals), and one assigned. */
const SITE = `window.siteCalls = [];
  function jivo_onOpen() { siteCalls.push(['open', arguments.length, this === window]); }
  function jivo_onChangeState(state) { siteCalls.push(['state', state]); }
  var jivo_onCallEnd = function (res) { siteCalls.push(['callEnd', res.result]); };
  function jivo_onLoadCallback() { siteCalls.push(['load']); }
  window.jivo_onClose = function () { siteCalls.push(['close']); };`;
const SITE_CALLS = [['load'], ['open', 0, true], ['state', 'chat'], ['state', 'chat/call'], ['callEnd', 'ok'], ['close'], ['state', 'label']];

test("runtime first: chatwire chains the page's declared callbacks when jivo_api appears; each runs once with its arguments", async ({ page }) => {
  await page.goto(PAGE);
  await page.addScriptTag({ content: SITE });
  expect(await run(page, "Object.getOwnPropertyDescriptor(window, 'jivo_onOpen').configurable")).toBe(false);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/jivochat.js');
  await widgetLoaded(page);
  await session(page);
  await expect.poll(() => jivoPushes(page)).toEqual([LOADED, ...SESSION]);
  expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS);
});

test('widget first: chatwire reports the widget as loaded when it attaches, then its events', async ({ page }) => {
  await page.goto(PAGE);
  await page.addScriptTag({ content: SITE });
  await loadScript(page, '/fixtures/jivochat.js');
  await widgetLoaded(page);
  await loadScript(page, RUNTIME);
  await session(page);
  await expect.poll(() => jivoPushes(page)).toEqual([LOADED, ...SESSION]);
  expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS);
});

test('a callback the page assigns after chatwire attached runs once; stop() puts the page functions back', async ({ page }) => {
  await page.goto(PAGE);
  await page.addScriptTag({ content: SITE });
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/jivochat.js');
  await widgetLoaded(page);
  await run(page, `window.jivo_onAccept = function () { siteCalls.push(['accept', arguments.length]); }`);
  await run(page, `${fake}.emit('jivo_onAccept'); ${fake}.api.open()`);
  await expect.poll(async () => (await jivoPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_agent_joined', 'chat_opened']);
  expect((await run<unknown[]>(page, 'window.siteCalls')).slice(1)).toEqual([
    ['accept', 0],
    ['open', 0, true],
    ['state', 'chat'],
  ]);
  await run(page, 'window.chatwire.stop()');
  expect(await run(page, 'String(window.jivo_onOpen)')).toContain("siteCalls.push(['open'");
  expect(await run(page, 'String(window.jivo_onAccept)')).toContain("siteCalls.push(['accept'");
  await run(page, `${fake}.api.close(); ${fake}.emit('jivo_onAccept')`);
  expect((await run<unknown[]>(page, 'window.siteCalls')).slice(4)).toEqual([['close'], ['state', 'label'], ['accept', 0]]);
  expect((await jivoPushes(page)).length).toBe(3);
});

test('privacy: the contact details are redacted by default, hashed on request; names never', async ({ page }) => {
  const hex = (text: string) => createHash('sha256').update(text).digest('hex');
  const lead = async (pii: string, info: string) => {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/jivochat.js');
    await widgetLoaded(page);
    await run(page, `${fake}.api.setContactInfo(${info}); ${fake}.emit('jivo_onIntroduction')`);
    await expect.poll(async () => (await jivoPushes(page)).length).toBe(2);
    const text = await dataLayerText(page);
    for (const secret of ['Jane Doe', 'jane.doe@', '+1 415 555', '415 555 0100', 'after 5']) expect(text, pii).not.toContain(secret);
    return (await jivoPushes(page))[1].chat;
  };
  const both = `{ name: 'Jane Doe', email: 'Jane.Doe@Example.com', phone: '+1 415 555 0100', description: 'Call me after 5' }`;
  const redacted = await lead('redact', both);
  expect([redacted.lead_type, redacted.email, redacted.phone, redacted.email_sha256, redacted.phone_sha256]).toEqual(['email', null, null, null, null]);
  const hashed = await lead('hash', both);
  expect([hashed.lead_type, hashed.email, hashed.email_sha256, hashed.phone_sha256]).toEqual(['email', null, hex('jane.doe@example.com'), hex('+14155550100')]);
  const phoneOnly = await lead('hash', `{ name: 'Jane Doe', phone: '+1 415 555 0100' }`);
  expect([phoneOnly.lead_type, phoneOnly.email_sha256, phoneOnly.phone_sha256]).toEqual(['phone', null, hex('+14155550100')]);
  const nameOnly = await lead('redact', `{ name: 'Jane Doe' }`);
  expect(nameOnly.lead_type).toBe(null);
});

test('malformed arguments, a broken getContactInfo, unmapped callbacks: ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/jivochat.js');
  await widgetLoaded(page);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, {}, [], { result: { toString: 1 } }, '__proto__']) { f.emit('jivo_onOpen', raw); f.emit('jivo_onCallEnd', raw); }
    f.emit('jivo_onChangeState', 'chat'); f.emit('jivo_onChangeState', { toString() { throw new Error('x'); } }); f.emit('jivo_onChangeState');
    f.emit('jivo_onResizeCallback'); f.emit('jivo_onWidgetDestroy');
    f.api.getContactInfo = function () { throw new Error('no contacts'); }; f.emit('jivo_onIntroduction');
    f.api.getContactInfo = function () { return null; }; f.emit('jivo_onIntroduction'); })()`,
  );
  await expect
    .poll(async () => (await jivoPushes(page)).map((push) => [push.event, push.chat.label, push.chat.lead_type]))
    .toEqual([
      ['chat_loaded', null, null],
      ...Array(5)
        .fill([
          ['chat_opened', null, null],
          ['chat_ended', null, null],
        ])
        .flat(),
      ['chat_lead', null, null],
    ]);
});

test('callbacks the page declares AFTER chatwire attached (issue 10.5): chatwire keeps listening, each page function runs once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/jivochat.js');
  await widgetLoaded(page);
  // Jivo's docs: declare the functions in a page script. These replace chatwire's wrappers (non-configurable globals).
  await page.addScriptTag({ content: SITE });
  // chatwire re-checks its slots on the next script load or its short timer tail, and wraps them again.
  await page.waitForFunction(() => !String((window as any).jivo_onOpen).includes('siteCalls'));
  await page.waitForFunction(() => !String((window as any).jivo_onChangeState).includes('siteCalls'));
  await session(page);
  await expect.poll(() => jivoPushes(page)).toEqual([LOADED, ...SESSION]);
  // jivo_onLoadCallback ran before the page declared it; every other page function once.
  expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS.slice(1));
});
