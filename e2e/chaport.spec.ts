import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Chaport's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'chaport', action, vendor_event, channel: 'chat' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.chaport';
const chaportPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'chaport');
const actions = async (page: Page) => (await chaportPushes(page)).map((push) => push.chat.action);
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);
/** How many listeners the widget holds per event (the site's and chatwire's). */
const counts = (page: Page) => run<Record<string, number>>(page, `Object.fromEntries(Object.entries(${fake}.listeners).map(([e, l]) => [e, l.length]))`);

const LOADED = expected('ready', 'loaded');
const OPENED = expected('widget.stateChange', 'opened');
const CLOSED = expected('widget.stateChange', 'closed');
const STARTED = expected('chat.started', 'started');
// The fake's demo session: open; the visitor writes (the chat starts); close, a message preview, back to the
// launcher (no second close); open and close again.
const SESSION = [OPENED, STARTED, CLOSED, OPENED, CLOSED];
// What the site's listeners get for that session: the state changes' arguments, the chat start's none.
const STATES = ['expanded', 'collapsed', 'unreadMessage', 'collapsed', 'expanded', 'collapsed'].map((state) => [{ state }]);

/**
 * The site's own listeners, as the docs' example registers them: on the installation code's stub, right after it
 * (`chaport.on('ready', fn)`), for every event chatwire listens to; each call's arguments are recorded.
 */
const SITE = `window.siteCalls = { ready: [], 'widget.stateChange': [], 'chat.started': [] };
  Object.keys(siteCalls).forEach((e) => window.chaport.on(e, function () { siteCalls[e].push([...arguments]); }));`;

/** The three load orders (COMMON: chatwire first; stub, chatwire, widget; widget ready, chatwire later). */
const ORDERS: Record<string, (page: Page, listeners: string) => Promise<void>> = {
  'chatwire first': async (page, listeners) => {
    await loadScript(page, RUNTIME);
    await run(page, `window.fakeChaportOptions = { manual: true, delay: null, listeners: '${listeners}' }`);
    await loadScript(page, '/fixtures/chaport.js');
    await run(page, SITE);
    // chatwire never subscribes through the stub: the site's listeners alone wait in `_l`.
    expect(await run(page, `Object.values(window.chaport._l).map((l) => l.length)`)).toEqual([1, 1, 1]);
    await run(page, `${fake}.load()`);
    // Attached to the real API (one listener per event) before it is ready: `ready` is heard live.
    await expect.poll(() => run(page, `(${fake}.listeners['chat.started'] || []).length`)).toBe(listeners === 'carry' ? 2 : 1);
    expect(await chaportPushes(page)).toEqual([]);
    await run(page, `${fake}.ready()`);
  },
  'installation code first, chatwire, then insert.js': async (page, listeners) => {
    await run(page, `window.fakeChaportOptions = { manual: true, delay: null, listeners: '${listeners}' }`);
    await loadScript(page, '/fixtures/chaport.js');
    // The documented stub: `_q`, `_l`, `q`, `on`, nothing else.
    expect(await run(page, `Object.keys(window.chaport).sort()`)).toEqual(['_l', '_q', 'on', 'q']);
    await run(page, SITE);
    await loadScript(page, RUNTIME);
    expect(await run(page, `Object.values(window.chaport._l).map((l) => l.length)`)).toEqual([1, 1, 1]);
    await run(page, `${fake}.load()`);
    await expect.poll(() => run(page, `(${fake}.listeners['chat.started'] || []).length`)).toBe(listeners === 'carry' ? 2 : 1);
    await run(page, `${fake}.ready()`);
  },
  'insert.js ready, chatwire later (as GTM loads it)': async (page, listeners) => {
    await run(page, `window.fakeChaportOptions = { manual: true, listeners: '${listeners}' }`);
    await loadScript(page, '/fixtures/chaport.js');
    await run(page, SITE);
    await run(page, `${fake}.load()`);
    await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
    await loadScript(page, RUNTIME);
  },
};

for (const listeners of ['carry', 'drop']) {
  for (const [order, setup] of Object.entries(ORDERS)) {
    test(`${order}, insert.js ${listeners === 'carry' ? 'carrying the stub listeners over' : 'dropping the stub listeners'}: each event pushed once, the site's listeners as Chaport runs them`, async ({
      page,
    }) => {
      await page.goto(PAGE);
      await setup(page, listeners);
      await expect.poll(() => chaportPushes(page)).toEqual([LOADED]);
      await session(page);
      await expect.poll(() => chaportPushes(page)).toEqual([LOADED, ...SESSION]);
      // Once each, with their original arguments, where Chaport carries them over; never where it drops them.
      const site = await run(page, 'window.siteCalls');
      if (listeners === 'carry') expect(site).toEqual({ ready: [[]], 'widget.stateChange': STATES, 'chat.started': [[]] });
      else expect(site).toEqual({ ready: [], 'widget.stateChange': [], 'chat.started': [] });
      // One listener per event is chatwire's, whatever the order (the other one, the site's, carried over).
      const held = listeners === 'carry' ? 2 : 1;
      expect(await counts(page)).toEqual({ ready: held, 'widget.stateChange': held, 'chat.started': held });
    });
  }
}

test("listeners the site adds on the real API run once with their arguments; the site's command queue runs", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.fakeChaportOptions = { manual: true, delay: null }`);
  await loadScript(page, '/fixtures/chaport.js');
  // The command-queue way of calling the API: run by insert.js once the widget is ready.
  await run(page, `window.chaport.q('open')`);
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await expect.poll(() => run(page, `(${fake}.listeners['chat.started'] || []).length`)).toBe(1);
  await run(page, `${fake}.ready()`);
  await expect.poll(() => chaportPushes(page)).toEqual([LOADED, OPENED]);
  await run(page, `window.late = []; window.chaport.on('widget.stateChange', (s) => late.push(s)); window.chaport.on('ready', () => late.push('ready'))`);
  await run(page, `window.chaport.close(); window.chaport.toggle()`);
  await expect.poll(() => chaportPushes(page)).toEqual([LOADED, OPENED, CLOSED, OPENED]);
  expect(await run(page, 'window.late')).toEqual(['ready', { state: 'collapsed' }, { state: 'expanded' }]);
});

test('stop() pushes nothing; start() again pushes each later event once and no second loaded', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/chaport.js');
  await loadScript(page, RUNTIME);
  await expect.poll(() => chaportPushes(page)).toEqual([LOADED]);
  await run(page, `chatwire.stop(); chaport.open(); chaport.close()`);
  await run(page, `chatwire.start()`);
  // No `off` is documented: the stopped callbacks stay registered and silent, the new ones report.
  await expect.poll(async () => (await counts(page))['chat.started']).toBe(2);
  // start() again while running changes nothing.
  await run(page, `chatwire.start(); chatwire.start()`);
  await session(page);
  await expect.poll(() => chaportPushes(page)).toEqual([LOADED, ...SESSION]);
  expect(await counts(page)).toEqual({ ready: 2, 'widget.stateChange': 2, 'chat.started': 2 });
});

test('a site wrapping chaport.open: chatwire listens again (its old callbacks silent), no second loaded, each event once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/chaport.js');
  await loadScript(page, RUNTIME);
  await expect.poll(() => chaportPushes(page)).toEqual([LOADED]);
  // Site code wraps the method (say, to track clicks on its own button); the next detection check sees a new `open`.
  await run(page, `window.opens = 0; const open = chaport.open; chaport.open = function () { opens++; return open.apply(this, arguments); }`);
  await loadScript(page, '/fixtures/harness.js');
  await expect.poll(async () => (await counts(page))['chat.started']).toBe(2);
  await session(page);
  await expect.poll(() => chaportPushes(page)).toEqual([LOADED, ...SESSION]);
  expect(await run(page, 'window.opens')).toBe(3);
});

test('a window open when chatwire attaches closes as closed; repeated and unknown states push nothing', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/chaport.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await run(page, `chaport.open()`);
  await loadScript(page, RUNTIME);
  await expect.poll(() => chaportPushes(page)).toEqual([LOADED]);
  // The state as a string (the other reading of the argument) or `{ state }`; the same state again; a state
  // chatwire does not map (and a launcher after it is no close).
  await run(
    page,
    `(() => { const f = ${fake};
    f.emit('widget.stateChange', 'expanded');
    f.emit('widget.stateChange', 'collapsed');
    f.emit('widget.stateChange', 'collapsed');
    f.emit('widget.stateChange', { state: 'semiExpanded' });
    f.emit('widget.stateChange', { state: 'collapsed' });
    f.emit('widget.stateChange', 'expanded');
    f.emit('widget.stateChange', { state: 'expanded' });
  })()`,
  );
  await expect.poll(() => actions(page)).toEqual(['loaded', 'closed', 'opened']);
});

test('malformed callback arguments and unknown events push nothing and throw nothing', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chaport.js');
  await expect.poll(() => chaportPushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake}; const cycle = {}; cycle.self = cycle;
    for (const bad of [undefined, null, 5, true, [], ['expanded'], {}, { state: null }, { state: { state: 'expanded' } }, { state: 7 }, cycle, 'EXPANDED', 'hidden'])
      f.emit('widget.stateChange', bad);
    f.emit('widget.stateChange', Object.defineProperty({}, 'state', { get() { throw new Error('hostile'); } }));
    f.emit('chat.ended', {});
    f.emit('unreadChange', 3);
    f.emit('__proto__', {});
    f.emit('widget.stateChange.expanded', {});
  })()`,
  );
  // The widget still reports normally afterwards.
  await run(page, `chaport.open(); chaport.close()`);
  await expect.poll(() => chaportPushes(page)).toEqual([LOADED, OPENED, CLOSED]);
});

test('no personal data reaches the dataLayer in any privacy mode', async ({ page }) => {
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/chaport.js');
    await expect.poll(() => chaportPushes(page), pii).toEqual([LOADED]);
    await session(page);
    // Whatever Chaport might pass: the visitor's details and texts in every argument.
    await run(
      page,
      `(() => { const f = ${fake}; const jane = { name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+1 415 555 0100', text: 'call me on +1 415 555 0100' };
      f.emit('chat.started', jane, 'Jane Doe <jane.doe@example.com>');
      f.emit('widget.stateChange', { state: 'expanded', visitor: jane, message: 'jane.doe@example.com' });
      f.emit('widget.stateChange', 'collapsed', jane);
    })()`,
    );
    await expect.poll(async () => (await chaportPushes(page)).length, pii).toBe(9);
    const all = await chaportPushes(page);
    expect(all.map((push) => [push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256, push.chat.label]).flat()).toEqual(Array(45).fill(null));
    const text = await dataLayerText(page);
    for (const secret of ['jane.doe@', 'Jane Doe', '+1 415 555', '415 555 0100']) expect(text, pii).not.toContain(secret);
  }
});
