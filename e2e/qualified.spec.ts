import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Qualified's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'qualified', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.qualified';
// Events the core derives (`chatwire:…`: `loaded` at attach, Qualified having no ready event) are the core's tests' business.
const qualifiedPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'qualified' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);

const SESSION = [expected('Conversation Started', 'started'), expected('Email Captured', 'lead', { lead_type: 'email' }), expected('Meeting Booked', 'meeting_booked')];
const SITE = `window.siteCalls = []; qualified('handleEvents', function (name, data) { siteCalls.push([name, data.experience_id, arguments.length]); })`;
const SITE_CALLS = [
  ['Conversation Started', 'exp-12', 2],
  ['Email Captured', 'exp-12', 2],
  ['Meeting Booked', 'exp-12', 2],
];

test('runtime first, through the snippet stub: the handler queued in qualified.q is carried over, each event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeQualifiedOptions = { manual: true }');
  await loadScript(page, '/fixtures/qualified.js');
  await expect.poll(() => run(page, 'window.qualified.q && window.qualified.q.length')).toBe(1);
  await run(page, SITE);
  await run(page, `${fake}.load()`);
  await session(page);
  await expect.poll(() => qualifiedPushes(page)).toEqual(SESSION);
  expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS);
  // chatwire's handler and the site's: the real function was taken over, not subscribed to again.
  expect(await run(page, `${fake}.handlers.length`)).toBe(2);
});

test('snippet stub first (the site handler queued), then chatwire, then qualified.js: both handlers carried over, each event once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeQualifiedOptions = { manual: true }');
  await loadScript(page, '/fixtures/qualified.js');
  await run(page, SITE);
  await loadScript(page, RUNTIME);
  expect(await run(page, 'window.qualified.q.length')).toBe(2);
  await run(page, `${fake}.load()`);
  await session(page);
  await expect.poll(() => qualifiedPushes(page)).toEqual(SESSION);
  expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS);
  expect(await run(page, `${fake}.handlers.length`)).toBe(2);
});

test('the bare snippet (no call queued, so no qualified.q yet), then chatwire, then qualified.js: one handler carried over, loaded derived once for the real messenger', async ({
  page,
}) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeQualifiedOptions = { manual: true }');
  await loadScript(page, '/fixtures/qualified.js');
  // The snippet as sites carry it: a function and nothing else until its first call.
  expect(await run(page, `[typeof qualified, Object.keys(qualified), window.QualifiedObject]`)).toEqual(['function', [], 'qualified']);
  await loadScript(page, RUNTIME);
  await expect.poll(() => run(page, 'window.qualified.q && window.qualified.q.length')).toBe(1);
  // Still the stub: no widget, so no loaded yet.
  expect((await pushes(page)).filter((push) => push.chat.vendor === 'qualified')).toEqual([]);
  await run(page, `${fake}.load()`);
  await expect.poll(async () => (await pushes(page)).filter((push) => push.chat.vendor === 'qualified').map((push) => push.chat.vendor_event)).toEqual(['chatwire:attached']);
  await session(page);
  await expect.poll(() => qualifiedPushes(page)).toEqual(SESSION);
  expect(await run(page, `${fake}.handlers.length`)).toBe(1);
});

test('widget first: chatwire adds its handler to the loaded messenger beside the site one', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/qualified.js');
  await run(page, SITE);
  await loadScript(page, RUNTIME);
  await expect.poll(() => run(page, `${fake}.handlers.length`)).toBe(2);
  await session(page);
  await expect.poll(() => qualifiedPushes(page)).toEqual(SESSION);
  expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS);
});

test('privacy: the captured email is redacted by default, hashed on request; names never', async ({ page }) => {
  const hex = (text: string) => createHash('sha256').update(text).digest('hex');
  const lead = async (pii: string) => {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/qualified.js');
    await expect.poll(() => run(page, `${fake}.handlers.length`)).toBe(1);
    await session(page);
    await expect.poll(async () => (await qualifiedPushes(page)).length).toBe(3);
    const text = await dataLayerText(page);
    for (const secret of ['Jane Doe', 'jane.doe@', 'Sam Rep']) expect(text, pii).not.toContain(secret);
    return (await qualifiedPushes(page))[1].chat;
  };
  const redacted = await lead('redact');
  expect([redacted.lead_type, redacted.email, redacted.email_sha256]).toEqual(['email', null, null]);
  const hashed = await lead('hash');
  expect([hashed.lead_type, hashed.email, hashed.email_sha256]).toEqual(['email', null, hex('jane.doe@example.com')]);
});

test('malformed names and data are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/qualified.js');
  await expect.poll(() => run(page, `${fake}.handlers.length`)).toBe(1);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const name of [null, 7, {}, '__proto__', 'constructor', 'conversation started', 'Custom Event']) f.emit(name, {});
    f.emit(); f.emit('Meeting Booked'); f.emit('Email Captured', null); f.emit('Email Captured', { email: { toString: 1 } }); })()`,
  );
  await expect.poll(async () => (await qualifiedPushes(page)).map((push) => push.event)).toEqual(['chat_meeting_booked', 'chat_lead', 'chat_lead']);
});
