import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, expect, loadScript, pushes, test, smartAgentContact } from './helpers';

// Issue 14: the core (dist/chatwire.core.min.js), one plugin file per vendor
// (dist/vendors/<id>.min.js) and the hash plugin (dist/chatwire.hash.min.js),
// in every order a tag manager may load them.
const CORE = '/dist/chatwire.core.min.js';
const HASH = '/dist/chatwire.hash.min.js';
const plugin = (id: string): string => `/dist/vendors/${id}.min.js`;

const setConfig = (page: Page, config: object): Promise<void> => page.evaluate((value) => void ((window as any).chatwireConfig = value), config);
const registered = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).chatwire.vendors.slice());
const events = async (page: Page, vendor: string): Promise<string[]> => (await pushes(page)).filter((push) => push.chat.vendor === vendor).map((push) => push.event);
const SMARTAGENT = ['chat_loaded', 'chat_shown', 'chat_started', 'chat_agent_requested', 'chat_agent_joined', 'chat_ended'];

test('plugin before core: the queued adapter is registered when the core starts', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, plugin('smartagent'));
  // Queued like a vendor snippet's calls until a runtime is there.
  expect(await page.evaluate(() => (window as any).chatwirePlugins.length)).toBe(1);
  await loadScript(page, CORE);
  expect(await registered(page)).toEqual(['smartagent']);
  await loadScript(page, '/fixtures/smartagent.js');
  await smartAgentContact(page);
  await expect.poll(() => events(page, 'smartagent')).toEqual(SMARTAGENT);
});

test('core before plugin: the running core picks the adapter up, widget already loaded (the GTM order)', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, CORE);
  expect(await registered(page)).toEqual([]);
  expect(await pushes(page)).toEqual([]);
  await loadScript(page, plugin('smartagent'));
  expect(await registered(page)).toEqual(['smartagent']);
  await smartAgentContact(page);
  await expect.poll(() => events(page, 'smartagent')).toEqual(SMARTAGENT);
});

test('plugin long after start: taken on without a restart or a script load, config.vendors naming it from the start', async ({ page }) => {
  await page.clock.install();
  await page.goto(PAGE);
  // config.vendors and config.events name ids and actions no adapter of the core knows yet.
  await setConfig(page, { vendors: ['smartagent'], events: ['started', 'ended'] });
  await loadScript(page, CORE);
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, plugin('crisp'));
  await loadScript(page, '/fixtures/crisp.js');
  // Past the whole re-check tail: the core has gone quiet.
  await page.clock.runFor(60_000);
  await smartAgentContact(page);
  expect(await pushes(page)).toEqual([]);
  // Inline, so no script `load` event: only the plugin queue tells the core.
  await page.addScriptTag({ content: readFileSync(new URL('../dist/vendors/smartagent.min.js', import.meta.url), 'utf8') });
  expect(await registered(page)).toEqual(['crisp', 'smartagent']);
  await smartAgentContact(page);
  // The replayed history: both contacts, only the configured actions; Crisp is registered but not configured.
  await expect.poll(() => pushes(page).then((all) => all.map((push) => push.event))).toEqual(['chat_started', 'chat_ended', 'chat_started', 'chat_ended']);
  expect(await events(page, 'crisp')).toEqual([]);
});

for (const events of [undefined, ['loaded', 'started', 'message_sent']]) {
  test(`the core with one plugin whose vendor has no ready or start event of its own (Smartsupp), config.events ${events ? 'naming' : 'left to'} the derived actions: loaded and started are pushed`, async ({
    page,
  }) => {
    await page.goto(PAGE);
    // What the GTM template writes in "Only these" mode: the ticked actions, derived ones included.
    if (events) await setConfig(page, { vendors: ['smartsupp'], events });
    await loadScript(page, CORE);
    await loadScript(page, plugin('smartsupp'));
    await loadScript(page, '/fixtures/smartsupp.js');
    await page.waitForFunction(() => (window as any).chatwireFakes?.smartsupp?.loaded === true);
    await page.evaluate(() => (window as any).chatwireFakes.smartsupp.events.forEach(([, click]: [string, () => void]) => click()));
    const sent = ['chat_loaded chatwire:attached', 'chat_started chatwire:first_message', 'chat_message_sent message_sent'];
    await expect
      .poll(async () => (await pushes(page)).map((push) => `${push.event} ${push.chat.vendor_event}`))
      .toEqual(events ? sent : [...sent, 'chat_message_received message_received', 'chat_closed messenger_close']);
  });
}

test('two plugins, a repeated plugin and the all-vendor file on one page: each adapter once, every event once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, plugin('crisp'));
  await loadScript(page, CORE);
  await loadScript(page, plugin('smartagent'));
  await loadScript(page, plugin('smartagent'));
  await loadScript(page, RUNTIME);
  // The all-vendor copy hands its adapters to the running core, which keeps the first of each id.
  const ids = await registered(page);
  expect(ids.slice(0, 2)).toEqual(['crisp', 'smartagent']);
  const all = readdirSync(new URL('../runtime/vendors/', import.meta.url)).filter((name) => name.endsWith('.ts')).length;
  expect(ids.length).toBe(all);
  expect(new Set(ids).size).toBe(all);
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, '/fixtures/crisp.js');
  await smartAgentContact(page);
  await page.evaluate(() => (window as any).chatwireFakes.crisp.emit('chat:opened'));
  await expect.poll(() => events(page, 'smartagent')).toEqual(SMARTAGENT);
  await expect.poll(() => events(page, 'crisp')).toContain('chat_opened');
  expect((await events(page, 'crisp')).filter((name) => name === 'chat_opened')).toHaveLength(1);
});

test('malformed plugins and a foreign chatwirePlugins value are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  // Functions stand for plugin files' adapters (called with the core's helpers): one throws, one returns no adapter.
  await page.evaluate(() => {
    (window as any).chatwirePlugins = [
      null,
      42,
      'intercom',
      { id: 'x' },
      { sha256: 'no' },
      () => {
        throw new Error('plugin');
      },
      () => 'intercom',
    ];
  });
  await setConfig(page, { debug: true });
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await loadScript(page, CORE);
  expect(await registered(page)).toEqual([]);
  // null fails on its first property read, the others on their shape: each logged, none thrown.
  expect(logs.filter((text) => /\[chatwire\] (ignored )?plugin/.test(text))).toHaveLength(7);
  await page.evaluate(() => (window as any).chatwirePlugins.push(undefined, { id: 'y', attach: 1, events: {} }));
  await loadScript(page, plugin('smartagent'));
  await loadScript(page, '/fixtures/smartagent.js');
  await expect.poll(() => events(page, 'smartagent')).toEqual(['chat_loaded', 'chat_shown']);
});

test('every plugin file loads before the core without an error and registers when the core starts', async ({ page }) => {
  const ids = readdirSync(new URL('../dist/vendors/', import.meta.url))
    .filter((name) => name.endsWith('.min.js'))
    .map((name) => name.slice(0, -'.min.js'.length));
  await page.goto(PAGE);
  // Before the core: the shared helpers are not there yet, so an adapter that used one at load would throw here.
  for (const id of ids) await loadScript(page, plugin(id));
  await loadScript(page, CORE);
  expect(await registered(page)).toEqual(ids);
});

test('loading and starting throws nothing, not even an exception caught inside: on an empty page, every classic script', async ({ page }) => {
  // A thrown error makes V8 collect the script's source positions for its stack: an adapter that probed a
  // missing global by letting it throw tripled the all-vendor file's start time (npm run bench).
  const ids = readdirSync(new URL('../dist/vendors/', import.meta.url))
    .filter((name) => name.endsWith('.min.js'))
    .map((name) => name.slice(0, -'.min.js'.length));
  await page.goto(PAGE);
  const cdp = await page.context().newCDPSession(page);
  const thrown: string[] = [];
  cdp.on('Debugger.paused', (event) => {
    thrown.push(String(event.data && (event.data as { description?: string }).description));
    void cdp.send('Debugger.resume');
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setPauseOnExceptions', { state: 'all' });
  for (const src of [...ids.map(plugin), HASH, CORE, RUNTIME]) await loadScript(page, src);
  expect(await registered(page)).toEqual(ids);
  await page.evaluate(() => (window as any).chatwire.start({ debug: false }));
  await cdp.send('Debugger.setPauseOnExceptions', { state: 'none' });
  expect(thrown).toEqual([]);
});

test('a plugin file on a page whose chatwirePlugins is no queue, or throws, does nothing and throws nothing', async ({ page }) => {
  const hostile: Record<string, () => unknown> = {
    number: () => ((window as any).chatwirePlugins = 42),
    'throwing getter': () =>
      Object.defineProperty(window, 'chatwirePlugins', {
        configurable: true,
        get() {
          throw new Error('no');
        },
      }),
    'read-only': () => Object.defineProperty(window, 'chatwirePlugins', { configurable: true, value: Object.freeze([]) }),
  };
  for (const [name, install] of Object.entries(hostile)) {
    await page.goto(PAGE);
    await page.evaluate(install);
    // An adapter that takes the core's helpers, one that takes none, and the hash plugin: the errors test fixture fails on any thrown.
    for (const file of [plugin('crisp'), plugin('qualified'), HASH]) expect(await loadScript(page, file), name).toBeTruthy();
    await page.addScriptTag({ content: readFileSync(new URL('../dist/vendors/crisp.min.js', import.meta.url), 'utf8') });
  }
});

test('hash mode: hashes only with the hash plugin, before or after the core; without it no hash and debug says why', async ({ page }) => {
  const hex = (text: string) => createHash('sha256').update(text).digest('hex');
  const leads = async (order: string[]) => {
    await page.goto(PAGE);
    await setConfig(page, { pii: 'hash', debug: true });
    for (const src of order) await loadScript(page, src);
    await loadScript(page, '/fixtures/crisp.js');
    await page.evaluate(() => {
      const crisp = (window as any).chatwireFakes.crisp;
      crisp.emit('user:email:changed', ' Jane.Doe@Example.com ');
      crisp.emit('user:phone:changed', '+1 415 555 0100');
    });
    await expect.poll(async () => (await pushes(page)).filter((push) => push.chat.action === 'lead').length).toBe(2);
    return (await pushes(page)).filter((push) => push.chat.action === 'lead').map((push) => [push.chat.email_sha256, push.chat.phone_sha256]);
  };
  const hashed = [
    [hex('jane.doe@example.com'), null],
    [null, hex('+14155550100')],
  ];
  expect(await leads([HASH, CORE, plugin('crisp')])).toEqual(hashed);
  expect(await leads([CORE, plugin('crisp'), HASH])).toEqual(hashed);
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  expect(await leads([CORE, plugin('crisp')])).toEqual([
    [null, null],
    [null, null],
  ]);
  expect(logs.some((text) => text.includes('no hash plugin'))).toBe(true);
  // The all-vendor file carries the hash function itself.
  expect(await leads([RUNTIME])).toEqual(hashed);
});

test('a page that keeps loading images: no re-check timers after the tail, and a later script is still seen', async ({ page }) => {
  await page.clock.install();
  await page.goto(PAGE);
  // Every timer callback the page runs, with its (fake) time: the wakeup probe.
  await page.evaluate(() => {
    const w = window as any;
    w.wakeups = [];
    const original = w.setTimeout;
    w.setTimeout = function (fn: () => void, delay?: number) {
      return original.call(
        w,
        () => {
          w.wakeups.push(Date.now());
          fn();
        },
        delay,
      );
    };
  });
  const started = await page.evaluate(() => Date.now());
  await loadScript(page, CORE);
  await loadScript(page, plugin('smartagent'));
  // An image every 300 ms for 15 s of page time (a carousel, lazy loading, a tracking pixel).
  for (let i = 0; i < 50; i++) {
    await page.evaluate(
      (n) =>
        new Promise((resolve) => {
          const image = new Image();
          image.onload = resolve;
          image.src = `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" width="${n + 1}" height="1"/>`;
          document.body.appendChild(image);
        }),
      i,
    );
    await page.clock.runFor(300);
  }
  const wakeups: number[] = await page.evaluate(() => (window as any).wakeups);
  expect(wakeups.length).toBeGreaterThan(0);
  expect(wakeups.filter((time) => time - started > 10_000)).toEqual([]);
  // Script loads still trigger detection.
  await loadScript(page, '/fixtures/smartagent.js');
  await expect.poll(() => events(page, 'smartagent')).toEqual(['chat_loaded', 'chat_shown']);
});

test("an adapter's own route ships in its plugin: Genesys Widgets' extension, beside the site's own, removed on stop", async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => {
    const w = window as any;
    w.siteReady = [];
    w.siteOnReady = (bus: any) => w.siteReady.push(typeof bus.registerPlugin);
    w._genesys = { widgets: { main: { theme: 'light' }, onReady: w.siteOnReady } };
  });
  await loadScript(page, CORE);
  await loadScript(page, plugin('genesys_widgets'));
  await expect.poll(() => page.evaluate(() => typeof (window as any)._genesys.widgets.extensions?.chatwire)).toBe('function');
  await loadScript(page, '/fixtures/genesys_widgets.js');
  // Both plugins' ready events, published during initialisation: seen through chatwire's extension.
  await expect.poll(() => events(page, 'genesys_widgets')).toEqual(['chat_loaded', 'chat_loaded']);
  expect(await page.evaluate(() => (window as any).siteReady)).toEqual(['function']);
  await page.evaluate(() => (window as any).chatwire.stop());
  expect(await page.evaluate(() => 'chatwire' in (window as any)._genesys.widgets.extensions)).toBe(false);
});
