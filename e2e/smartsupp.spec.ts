import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Smartsupp's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'smartsupp', action, vendor_event, channel: 'chat' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.smartsupp';
const smartsuppPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'smartsupp');
const session = (page: Page) =>
  run(page, `(() => { const f = ${fake}; f.events.forEach(([, click]) => click()); })()`);
const counts = (page: Page) => run<number[]>(page, `Object.values(${fake}.callbacks).map((list) => list.length)`);

const SESSION = [
  expected('message_sent', 'message_sent'),
  expected('message_received', 'message_received'),
  expected('messenger_close', 'closed'),
];

test("runtime first, through the embed code's smartsupp._ queue: the loader runs the subscriptions, each event pushed once", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeSmartsuppOptions = { manual: true }');
  await loadScript(page, '/fixtures/smartsupp.js');
  await expect.poll(() => run(page, 'window.smartsupp._.length')).toBe(3);
  await run(page, `${fake}.load()`);
  await session(page);
  await expect.poll(() => smartsuppPushes(page)).toEqual(SESSION);
  expect(await counts(page)).toEqual([1, 1, 1]);
});

test('widget first: chatwire subscribes to the loaded chat box', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/smartsupp.js');
  expect(await run(page, `${fake}.loaded`)).toBe(true);
  await loadScript(page, RUNTIME);
  await expect.poll(async () => (await counts(page)).length).toBe(3);
  await session(page);
  await expect.poll(() => smartsuppPushes(page)).toEqual(SESSION);
});

test("the site's own callbacks keep running; messages and the visitor's details never reach the dataLayer in any privacy mode", async ({ page }) => {
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.siteCalls = []; window.chatwireConfig = { pii: '${pii}' }; window.fakeSmartsuppOptions = { manual: true }`);
    await loadScript(page, '/fixtures/smartsupp.js');
    await run(page, `smartsupp('on', 'message_sent', (model, message) => siteCalls.push(message.content.text)); smartsupp('email', 'jane.doe@example.com'); smartsupp('phone', '+1 415 555 0100')`);
    await loadScript(page, RUNTIME);
    await run(page, `${fake}.load()`);
    await session(page);
    await run(page, `${fake}.emit('message_received', { email: 'jane.doe@example.com' }, { content: { text: 'call +1 415 555 0100' } })`);
    await expect.poll(async () => (await smartsuppPushes(page)).length, pii).toBe(4);
    expect(await run(page, 'window.siteCalls')).toEqual(['Hi, I am Jane Doe, jane.doe@example.com']);
    const all = await smartsuppPushes(page);
    expect(all.map((push) => [push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256]).flat()).toEqual(Array(16).fill(null));
    const text = await dataLayerText(page);
    for (const secret of ['jane.doe@', 'Jane Doe', 'Hello Jane', '+1 415 555', '415 555 0100']) expect(text, pii).not.toContain(secret);
  }
});

test('malformed callback arguments and unknown events are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/smartsupp.js');
  await run(page, `(() => { const f = ${fake};
    f.emit('messenger_close', null, undefined, { $cycle: 1 });
    f.emit('status', 'online');
    f.emit('something_new', {});
  })()`);
  await expect.poll(() => smartsuppPushes(page)).toEqual([expected('messenger_close', 'closed')]);
});
