import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// SnapEngage's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'snapengage', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.snapengage';
const sha = (value: string) => createHash('sha256').update(value).digest('hex');
/** SnapEngage pushes, without the core's derived `chatwire:*` events. */
const sePushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'snapengage' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, ...args: unknown[]) => run(page, `${fake}.emit(${[name, ...args].map((arg) => JSON.stringify(arg)).join(', ')})`);

/** [event, args, action, fields]: every mapped event. */
const ROWS: [string, unknown[], string, Record<string, unknown>][] = [
  ['OpenProactive', ['Sam', 'Can I help, Jane?'], 'shown', { agent_name: 'Sam' }],
  ['Open', ['online'], 'opened', {}],
  ['StartChat', ['jane.doe@example.com', 'Hi, this is Jane Doe', 'manual'], 'started', { label: 'manual' }],
  ['ChatMessageSent', ['Call me on +1 415 555 0100'], 'message_sent', {}],
  ['ChatMessageReceived', ['Sam', 'Hello Jane'], 'message_received', { agent_name: 'Sam' }],
  ['RatingPromptClicked', [], 'rating_submitted', {}],
  ['ChatEnded', [], 'ended', {}],
  ['Close', ['chat', 'online'], 'closed', { label: 'chat' }],
  ['StartCallme', ['+1 415 555 0100'], 'lead', { lead_type: 'phone', channel: 'callback' }],
  ['MessageSubmit', ['jane.doe@example.com', 'Please call me'], 'lead', { lead_type: 'email' }],
];
const everyRow = async (page: Page) => {
  for (const [name, args] of ROWS) await emit(page, name, ...args);
};
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));
const SECRETS = ['jane.doe@', 'Jane Doe', '+1 415 555', 'Hello Jane', 'Can I help'];
/** The snippet's onload with the site's own callbacks, as SnapEngage's doc places them. */
const SITE_ONLOAD = `function () {
  SnapEngage.setCallback('StartChat', function (email, msg, type) { siteCalls.push(['StartChat', email, msg, type]); });
  SnapEngage.setCallback('Close', function (type, status) { siteCalls.push(['Close', type, status]); });
}`;

test('runtime first: the site callbacks set in the onload run once beside chatwire', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.siteCalls = []; window.fakeSnapengageOptions = { manual: true }');
  await loadScript(page, '/fixtures/snapengage.js');
  // The widget script finishing: a load event (which chatwire's capturing listener sees first), then the onload.
  await run(
    page,
    `(() => { const s = document.createElement('script'); s.onload = function () {}; document.head.appendChild(s);
    ${fake}.load(); s.dispatchEvent(new Event('load')); (${SITE_ONLOAD})(); })()`,
  );
  await everyRow(page);
  await expect.poll(() => sePushes(page)).toEqual(EVERY_ROW);
  expect(await run(page, 'window.siteCalls')).toEqual([
    ['StartChat', 'jane.doe@example.com', 'Hi, this is Jane Doe', 'manual'],
    ['Close', 'chat', 'online'],
  ]);
});

test('the snippet first (script requested), chatwire, then the script loading and its onload', async ({ page }) => {
  // The widget script is answered only once chatwire has loaded.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/fixtures/snapengage.js?snippet', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(PAGE);
  await run(
    page,
    `window.siteCalls = []; window.snippetDone = false;
    (function () { const se = document.createElement('script'); se.async = true; se.src = '/fixtures/snapengage.js?snippet';
      se.onload = function () { (${SITE_ONLOAD})(); snippetDone = true; }; document.head.appendChild(se); })()`,
  );
  await loadScript(page, RUNTIME);
  release();
  await page.waitForFunction(() => (window as any).snippetDone);
  await everyRow(page);
  await expect.poll(() => sePushes(page)).toEqual(EVERY_ROW);
  expect((await run<unknown[]>(page, 'window.siteCalls')).length).toBe(2);
});

test('SnapEngage fully loaded before chatwire: left alone, only loaded reported, the site callbacks untouched (debug says why)', async ({ page }) => {
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []');
  await loadScript(page, '/fixtures/snapengage.js');
  await run(page, `(${SITE_ONLOAD})(); window.chatwireConfig = { debug: true }`);
  await loadScript(page, RUNTIME);
  // sePushes() leaves the derived `loaded` out: here it is the one push.
  const all = async () => (await pushes(page)).filter((push) => push.chat.vendor === 'snapengage');
  await expect.poll(all).toEqual([expected('chatwire:attached', 'loaded')]);
  await everyRow(page);
  expect(await all()).toEqual([expected('chatwire:attached', 'loaded')]);
  expect((await run<unknown[]>(page, 'window.siteCalls')).length).toBe(2);
  expect(logs.some((line) => line.includes('snapengage left alone: loaded first'))).toBe(true);
});

test('a site callback set after chatwire runs once with its arguments; clearing works; stop() hands the slots back', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.siteCalls = []');
  await loadScript(page, '/fixtures/snapengage.js');
  await expect.poll(() => run(page, `typeof ${fake}.callbacks.StartChat`)).toBe('function');
  await run(page, `(${SITE_ONLOAD})(); SnapEngage.setCallback('Close', '')`);
  await emit(page, 'StartChat', 'a@b.co', 'hi', 'proactive');
  await emit(page, 'Close', 'form', 'offline');
  await emit(page, 'SwitchWidget', 'x');
  await expect.poll(async () => (await sePushes(page)).map((push) => push.event)).toEqual(['chat_started', 'chat_closed']);
  await run(page, 'chatwire.stop()');
  await emit(page, 'StartChat', 'a@b.co', 'hi', 'manual');
  await emit(page, 'Open', 'online');
  expect(await run(page, 'window.siteCalls')).toEqual([
    ['StartChat', 'a@b.co', 'hi', 'proactive'],
    ['StartChat', 'a@b.co', 'hi', 'manual'],
  ]);
  expect((await sePushes(page)).length).toBe(2);
  expect(await run(page, `${fake}.callbacks.Open`)).toBe('');
});

test('no personal data by default; hashes with pii: hash', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/snapengage.js');
  await expect.poll(() => run(page, `typeof ${fake}.callbacks.StartChat`)).toBe('function');
  await everyRow(page);
  await expect.poll(async () => (await sePushes(page)).length).toBe(ROWS.length);
  for (const secret of SECRETS) expect(await dataLayerText(page)).not.toContain(secret);
  await run(page, `chatwire.start({ pii: 'hash' })`);
  await emit(page, 'StartChat', ' Jane.Doe@Example.com ', 'Hi, this is Jane Doe', 'manual');
  await emit(page, 'StartCallme', '+1 415 555 0100');
  await expect
    .poll(async () => (await sePushes(page)).slice(-2).map((push) => [push.chat.email_sha256, push.chat.phone_sha256]))
    .toEqual([
      [sha('jane.doe@example.com'), null],
      [null, sha('+14155550100')],
    ]);
  for (const secret of SECRETS) expect(await dataLayerText(page)).not.toContain(secret);
});

test('malformed arguments are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/snapengage.js');
  await expect.poll(() => run(page, `typeof ${fake}.callbacks.StartChat`)).toBe('function');
  await run(
    page,
    `(() => { const f = ${fake};
    f.emit('StartChat'); f.emit('StartChat', {}, [], {}); f.emit('ChatMessageReceived', { name: 'x' }); f.emit('StartCallme', 12); })()`,
  );
  await expect
    .poll(async () => (await sePushes(page)).map((push) => [push.event, push.chat.email, push.chat.agent_name, push.chat.label]))
    .toEqual([
      ['chat_started', null, null, null],
      ['chat_started', null, null, null],
      ['chat_message_received', null, null, null],
      ['chat_lead', null, null, null],
    ]);
});
