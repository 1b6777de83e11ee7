import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, type Push } from './helpers';

// CONTRACT §7, genesys_widgets — written out independently of the adapter's table.
const ACTION: Record<string, string> = {
  'WebChat.ready': 'loaded',
  'WebChat.opened': 'opened',
  'WebChat.started': 'started',
  'WebChat.submitted': 'form_submitted',
  'WebChat.rejected': 'error',
  'WebChat.completed': 'completed',
  'WebChat.cancelled': 'cancelled',
  'WebChat.closed': 'closed',
  'WebChat.minimized': 'minimized',
  'WebChat.unminimized': 'restored',
  'WebChatService.agentConnected': 'agent_joined',
  'WebChatService.ended': 'ended',
  'Callback.ready': 'loaded',
  'Callback.opened': 'opened',
  'Callback.started': 'form_started',
  'Callback.submitted': 'form_submitted',
  'Callback.completed': 'completed',
  'Callback.cancelled': 'cancelled',
  'Callback.closed': 'closed',
};

type Meta = Record<string, any> | undefined;

/** The exact push for one Genesys event and its metadata. */
const expected = (event: string, meta: Meta, extra: Partial<Record<string, unknown>> = {}): Push => {
  const failed = /submitted$/.test(event) && Array.isArray(meta?.errors) && meta.errors.length > 0;
  const action = failed ? 'error' : ACTION[event];
  return {
    event: `chat_${action}`,
    chat: chat({
      vendor: 'genesys_widgets',
      action,
      vendor_event: event,
      channel: event.startsWith('Callback') ? 'callback' : 'chat',
      duration_ms: typeof meta?.elapsed === 'number' ? meta.elapsed : null,
      label: Array.isArray(meta?.errors) ? meta.errors[0] : null,
      timestamp: expect.any(Number),
      ...extra,
    }),
  };
};

const genesysPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'genesys_widgets');
const ready = [expected('WebChat.ready', undefined), expected('Callback.ready', undefined)];

/** Runs a scenario of the fake; returns [event name, metadata] of every mapped event it published, in order. */
async function scenario(page: Page, name: string, plugin: 'WebChat' | 'Callback'): Promise<[string, Meta][]> {
  const before: number = await run(page, 'window.fakeGenesys.published.length');
  const metas: Meta[] = await run(page, `window.fakeGenesys.${name}()`);
  const names: string[] = (await run<string[]>(page, 'window.fakeGenesys.published')).slice(before);
  let step = 0;
  // Lifecycle steps carry the metadata the scenario returned; WebChatService events carry none of it.
  return names.filter((event) => event in ACTION).map((event) => [event, event.startsWith(plugin + '.') ? metas[step++] : undefined]);
}

test("configuration first, chatwire, then Widgets: subscribed through a Widgets extension, not the global bus; the site's onReady and extension run once", async ({ page }) => {
  await page.goto(PAGE);
  // The site's widget configuration with its own onReady and extension, before anything loads.
  await run(
    page,
    `window.siteReady = []; window._genesys = { widgets: { main: { theme: "light" },
    onReady: function (bus) { siteReady.push(typeof bus.registerPlugin); },
    extensions: { SiteExtension: function ($, CXBus) { siteReady.push('extension ' + typeof CXBus.registerPlugin); } } } }`,
  );
  await loadScript(page, RUNTIME);
  expect(await run(page, 'Object.keys(window._genesys.widgets.extensions)')).toEqual(['SiteExtension', 'chatwire']);
  await loadScript(page, '/fixtures/genesys_widgets.js');
  await expect.poll(() => genesysPushes(page)).toEqual(ready);
  expect(await run(page, 'window.fakeGenesys.registered')).toEqual(['extension:chatwire1']);
  expect(await run(page, 'window.siteReady')).toEqual(['extension function', 'function']);
  const steps = await scenario(page, 'callbackSuccess', 'Callback');
  expect(steps.map(([event]) => event)).toEqual(['Callback.opened', 'Callback.started', 'Callback.submitted', 'Callback.completed', 'Callback.closed']);
  await expect.poll(async () => (await genesysPushes(page)).slice(2)).toEqual(steps.map(([event, meta]) => expected(event, meta)));
  // metadata.elapsed → duration_ms on completed.
  expect((await genesysPushes(page)).find((push) => push.chat.action === 'completed')?.chat.duration_ms).toEqual(expect.any(Number));
  // stop() takes chatwire's extension out; the site's stays.
  await run(page, 'chatwire.stop()');
  expect(await run(page, 'Object.keys(window._genesys.widgets.extensions)')).toEqual(['SiteExtension']);
});

test('runtime first, before any configuration: Widgets found after its script ran, through the global bus', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/genesys_widgets.js');
  await expect.poll(() => genesysPushes(page)).toEqual(ready);
  expect(await run(page, 'window.fakeGenesys.registered')).toEqual(['chatwire1']);
});

test('widget first: later WebChat lifecycle is pushed through the global bus (ready came before chatwire and is not replayed)', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.siteReady = []; window._genesys = { widgets: { onReady: function () { siteReady.push(arguments.length); } } }');
  await loadScript(page, '/fixtures/genesys_widgets.js');
  await page.waitForFunction(() => (window as any).fakeGenesys.published.length === 2);
  await loadScript(page, RUNTIME);
  const steps = await scenario(page, 'webChatSuccess', 'WebChat');
  expect(steps.map(([event]) => event)).toEqual([
    'WebChat.opened',
    'WebChat.submitted',
    'WebChat.started',
    'WebChatService.agentConnected',
    'WebChat.minimized',
    'WebChat.unminimized',
    'WebChatService.ended',
    'WebChat.completed',
    'WebChat.closed',
  ]);
  await expect.poll(() => genesysPushes(page)).toEqual(steps.map(([event, meta]) => expected(event, meta)));
  expect(await run(page, 'window.fakeGenesys.registered')).toEqual(['chatwire1']);
  expect(await run(page, 'window.siteReady')).toEqual([1]);
});

test("widget first, plugins announcing ready through republish (unconfirmed): one loaded per plugin through the global bus, none again after stop()/start(); the site's subscriber runs once", async ({
  page,
}) => {
  await page.goto(PAGE);
  await run(
    page,
    `window.siteReady = []; window.fakeGenesysOptions = { republish: true }; window._genesys = { widgets: { extensions: {
    SiteExtension: function ($, CXBus) { CXBus.registerPlugin('Site').subscribe('WebChat.ready', function (e) { siteReady.push(e.event); }); } } } }`,
  );
  await loadScript(page, '/fixtures/genesys_widgets.js');
  await page.waitForFunction(() => (window as any).fakeGenesys.published.length === 2);
  await loadScript(page, RUNTIME);
  await expect.poll(() => genesysPushes(page)).toEqual(ready);
  const opened = await run<Meta>(page, "window.fakeGenesys.step('WebChat', 'opened')");
  await expect.poll(() => genesysPushes(page)).toEqual([...ready, expected('WebChat.opened', opened)]);
  // A new attachment registers a new plugin, which is handed the kept ready events again: pushed before, not again.
  await run(page, 'chatwire.stop(), chatwire.start()');
  expect(await run(page, 'window.fakeGenesys.registered')).toEqual(['Site', 'chatwire1', 'chatwire2'].map((name, i) => (i ? name : 'extension:' + name)));
  const closed = await run<Meta>(page, "window.fakeGenesys.step('WebChat', 'closed')");
  await expect.poll(() => genesysPushes(page)).toEqual([...ready, expected('WebChat.opened', opened), expected('WebChat.closed', closed)]);
  expect(await run(page, 'window.siteReady')).toEqual(['WebChat.ready']);
});

test('configuration and chatwire first, ready republished (unconfirmed): the extension hears ready once; stop()/start() through the global bus is handed it again and pushes nothing', async ({
  page,
}) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeGenesysOptions = { republish: true }; window._genesys = { widgets: {} }');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/genesys_widgets.js');
  await expect.poll(() => genesysPushes(page)).toEqual(ready);
  await run(page, 'chatwire.stop(), chatwire.start()');
  expect(await run(page, 'window.fakeGenesys.registered')).toEqual(['extension:chatwire1', 'chatwire2']);
  const opened = await run<Meta>(page, "window.fakeGenesys.step('Callback', 'opened')");
  await expect.poll(() => genesysPushes(page)).toEqual([...ready, expected('Callback.opened', opened)]);
});

test('cancelled and failed interactions: cancelled, rejected → error, submitted with errors → error', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/genesys_widgets.js');
  await expect.poll(() => genesysPushes(page)).toEqual(ready);
  const cancelled = await scenario(page, 'callbackCancelled', 'Callback');
  const failed = await scenario(page, 'callbackFailed', 'Callback');
  const rejected = await scenario(page, 'webChatRejected', 'WebChat');
  const all = [...cancelled, ...failed, ...rejected];
  await expect.poll(async () => (await genesysPushes(page)).slice(2)).toEqual(all.map(([event, meta]) => expected(event, meta)));
  const events = (await genesysPushes(page)).map((push) => `${push.chat.vendor_event}→${push.chat.action}`);
  expect(events).toContain('Callback.submitted→error');
  expect(events).toContain('WebChat.rejected→error');
  expect(events).toContain('Callback.cancelled→cancelled');
});

test('every mapping row of CONTRACT §7 through the bus', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/genesys_widgets.js');
  await expect.poll(() => genesysPushes(page)).toEqual(ready);
  // The ready rows were pushed above; published again on the same bus, they load no widget again (once per widget object).
  const rows = Object.keys(ACTION).filter((event) => ACTION[event] != 'loaded');
  for (const event of Object.keys(ACTION)) {
    const meta = { proactive: false, errors: false, form: false, opened: 1, started: 2, elapsed: 1234 };
    await page.evaluate(([e, m]) => (window as any).fakeGenesys.publish(e, m), [event, meta] as const);
    if (rows.includes(event)) await expect.poll(async () => (await genesysPushes(page)).at(-1)).toEqual(expected(event, meta));
  }
  // Transcript messages are not mapped (CONTRACT §7 leaves messageAdded out).
  await page.evaluate(() => (window as any).fakeGenesys.publish('WebChat.messageAdded', { data: { from: { type: 'Agent', name: 'Sam' }, text: 'hi' } }));
  expect((await genesysPushes(page)).length).toBe(ready.length + rows.length);
  expect((await genesysPushes(page)).filter((push) => push.chat.action == 'loaded')).toEqual(ready);
});

test('the form block is personal data: redacted by default, hashed or included on request', async ({ page }) => {
  const hex = (text: string) => createHash('sha256').update(text).digest('hex');
  // Fragments that cannot occur by chance in a timestamp or a hex hash (a bare '415' can).
  const sensitive = ['Jane', 'Doe', 'Jane.Doe@Example.com', 'jane.doe@example.com', '(415)', '555-0100', 'order 4471', 'Where is my order'];
  const submittedPush = async (pii: string) => {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/genesys_widgets.js');
    await expect.poll(async () => (await genesysPushes(page)).length).toBe(2);
    await run(page, 'window.fakeGenesys.callbackSuccess(), window.fakeGenesys.webChatSuccess()');
    await expect.poll(async () => (await genesysPushes(page)).length).toBe(16);
    return (await genesysPushes(page)).filter((push) => push.chat.action === 'form_submitted');
  };

  const redacted = await submittedPush('redact');
  expect(redacted.map((push) => [push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256])).toEqual([
    [null, null, null, null],
    [null, null, null, null],
  ]);
  const text = await dataLayerText(page);
  for (const secret of sensitive) expect(text).not.toContain(secret);

  const hashed = await submittedPush('hash');
  expect(hashed.map((push) => [push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256])).toEqual([
    [null, null, hex('jane.doe@example.com'), hex('+14155550100')],
    [null, null, hex('jane.doe@example.com'), hex('+14155550100')],
  ]);
  for (const secret of sensitive) expect(await dataLayerText(page)).not.toContain(secret);

  const included = await submittedPush('include');
  expect(included.map((push) => [push.chat.email, push.chat.phone])).toEqual([
    ['Jane.Doe@Example.com', '+1 (415) 555-0100'],
    ['Jane.Doe@Example.com', '+1 (415) 555-0100'],
  ]);
  // Names, subjects and messages are never sent, whatever the mode.
  for (const secret of ['"Jane"', 'Doe"', 'order 4471', 'Where is my order']) expect(await dataLayerText(page)).not.toContain(secret);
});
