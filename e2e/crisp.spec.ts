import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Crisp's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'crisp', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.crisp';
const SESSION_ID = 'session_7d2c1f0e-5a4b-4c3d-9e8f-0a1b2c3d4e5f';
const crispPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'crisp');

/** A visitor's whole conversation through the demo buttons: open, write, a reply, email, phone, close. */
const conversation = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);

const LOADED = expected('session:loaded', 'loaded', { session_id: SESSION_ID });
const CONVERSATION = [
  expected('chat:opened', 'opened'),
  expected('chat:initiated', 'started'),
  expected('message:sent', 'message_sent'),
  expected('message:received', 'message_received'),
  expected('user:email:changed', 'lead', { lead_type: 'email' }),
  expected('user:phone:changed', 'lead', { lead_type: 'phone' }),
  expected('chat:closed', 'closed'),
];

/** chatwire wraps the SDK's push once it has taken the real $crisp on. */
const takenOver = (page: Page) =>
  expect.poll(() => run(page, `window.$crisp.push !== ${fake}.push && !Array.isArray(window.$crisp)`)).toBe(true);

test('runtime first, through the $crisp array: handlers queued there reach the chatbox, each event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; window.fakeCrispOptions = { manual: true };
    window.$crisp = [['on', 'chat:opened', function () { siteCalls.push(['queued opened', arguments.length]); }], ['do', 'chat:show']]`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  // The site's `on` left the queue for chatwire's slot; chatwire's eight handlers wait there.
  await expect.poll(() => run(page, 'window.$crisp.filter((c) => c[0] === "on").length')).toBe(8);
  expect(await run(page, 'window.$crisp.some((c) => c[0] === "do")')).toBe(true);
  await run(page, `${fake}.load()`);
  await takenOver(page);
  await conversation(page);
  await expect.poll(() => crispPushes(page)).toEqual([LOADED, ...CONVERSATION]);
  expect(await run(page, 'window.siteCalls')).toEqual([['queued opened', 0]]);
  // One handler per event, all chatwire's: nothing was registered twice.
  expect((await run<string[]>(page, `Object.keys(${fake}.handlers)`)).sort()).toEqual(
    ['chat:closed', 'chat:initiated', 'chat:opened', 'message:received', 'message:sent', 'session:loaded', 'user:email:changed', 'user:phone:changed'],
  );
});

test('widget first: a loaded chatbox reports its session at once, and later events are pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/crisp.js');
  expect(await run(page, `window.$crisp.get('session:identifier')`)).toBe(SESSION_ID);
  await loadScript(page, RUNTIME);
  await takenOver(page);
  await conversation(page);
  await expect.poll(() => crispPushes(page)).toEqual([LOADED, ...CONVERSATION]);
});

test("the site's own on/off (crisp-sdk-web style) keep working beside chatwire's, before and after load, and stop() hands push back", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; window.fakeCrispOptions = { manual: true }`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  // crisp-sdk-web's onChatOpened: an off, then an on; an `on` for an event chatwire does not map goes straight to Crisp.
  await run(page, `$crisp.push(['off', 'chat:opened']); $crisp.push(['on', 'chat:opened', function () { siteCalls.push('opened 1'); }]);
    $crisp.push(['on', 'website:availability:changed', function (available) { siteCalls.push('available ' + available); }])`);
  await run(page, `${fake}.load()`);
  await takenOver(page);
  await run(page, `$crisp.push(['off', 'chat:closed'], ['on', 'chat:closed', function () { siteCalls.push(['closed', this === window.$crisp]); }]);
    $crisp.push(['off', 'chat:opened']); $crisp.push(['on', 'chat:opened', function () { siteCalls.push('opened 2'); }])`);
  await run(page, `$crisp.push(['do', 'chat:open']); ${fake}.emit('website:availability:changed', true); $crisp.push(['do', 'chat:close'])`);
  await expect.poll(async () => (await crispPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_opened', 'chat_closed']);
  expect(await run(page, 'window.siteCalls')).toEqual(['opened 2', 'available true', ['closed', true]]);
  // The site turns chat:closed off: chatwire still reports it.
  await run(page, `$crisp.push(['off', 'chat:closed']); $crisp.push(['do', 'chat:open'], ['do', 'chat:close'])`);
  await expect.poll(async () => (await crispPushes(page)).length).toBe(5);
  expect(await run(page, 'window.siteCalls.length')).toBe(4);
  await run(page, 'window.chatwire.stop()');
  expect(await run(page, `window.$crisp.push === ${fake}.push`)).toBe(true);
  await run(page, `$crisp.push(['do', 'chat:open'])`);
  expect(await run(page, 'window.siteCalls')).toEqual(['opened 2', 'available true', ['closed', true], 'opened 2', 'opened 2']);
  expect((await crispPushes(page)).length).toBe(5);
});

test('privacy: email and phone redacted by default, hashed on request; message text and names never', async ({ page }) => {
  const hex = (text: string) => createHash('sha256').update(text).digest('hex');
  const leads = async (pii: string) => {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/crisp.js');
    await conversation(page);
    await run(page, `${fake}.emit('user:nickname:changed', 'Jane Doe'); ${fake}.emit('message:compose:sent', { type: 'start', excerpt: 'Jane Doe here' })`);
    await expect.poll(async () => (await crispPushes(page)).length).toBe(8);
    const text = await dataLayerText(page);
    for (const secret of ['Jane Doe', 'jane.doe@', '+1 415 555', '415 555 0100', 'how can I help']) expect(text, pii).not.toContain(secret);
    return (await crispPushes(page)).filter((push) => push.chat.action === 'lead').map((push) => push.chat);
  };
  const [email, phone] = await leads('redact');
  expect([email.lead_type, email.email, email.email_sha256]).toEqual(['email', null, null]);
  expect([phone.lead_type, phone.phone, phone.phone_sha256]).toEqual(['phone', null, null]);
  const [hashedEmail, hashedPhone] = await leads('hash');
  expect([hashedEmail.email, hashedEmail.email_sha256, hashedEmail.phone_sha256]).toEqual([null, hex('jane.doe@example.com'), null]);
  expect([hashedPhone.phone, hashedPhone.phone_sha256, hashedPhone.email_sha256]).toEqual([null, hex('+14155550100'), null]);
});

test('malformed commands and payloads, unmapped events: ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  await takenOver(page);
  await run(page, `(() => { const f = ${fake};
    $crisp.push('junk', null, [], ['on'], ['on', null, 1], ['off', {}], ['off', 7], ['on', 'chat:opened', 'not a function']);
    for (const raw of [null, {}, [], { toString: 1 }, '__proto__']) { f.emit('session:loaded', raw); f.emit('user:email:changed', raw); }
    f.emit('helpdesk:queried', { results: [] }); f.emit('website:availability:changed', false); f.emit('message:compose:received', {});
    $crisp.push(['do', 'chat:open']); })()`);
  await expect.poll(async () => (await crispPushes(page)).map((push) => [push.event, push.chat.session_id])).toEqual([
    ['chat_loaded', SESSION_ID],
    ['chat_loaded', null],
    ['chat_lead', null],
    ['chat_loaded', null],
    ['chat_lead', null],
    ['chat_loaded', null],
    ['chat_lead', null],
    ['chat_loaded', null],
    ['chat_lead', null],
    ['chat_loaded', '__proto__'],
    ['chat_lead', null],
    ['chat_opened', null],
  ]);
});
