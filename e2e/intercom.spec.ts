import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// Intercom's documented callbacks → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'intercom', action, vendor_event, channel: 'messaging', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.intercom';
const intercomPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'intercom');

/** A visitor's whole session: open, an agent reply, the email, close. */
const session = (page: Page) => run(page, `(() => { const f = ${fake}; f.events.forEach(([, click]) => click()); })()`);

const SESSION = [
  expected('onShow', 'opened'),
  expected('onUnreadCountChange', 'message_received', { label: '1' }),
  expected('onUserEmailSupplied', 'lead', { lead_type: 'email' }),
  expected('onHide', 'closed'),
];

/** The three load orders (COMMON): chatwire first; the snippet stub, chatwire, the widget; the widget booted, chatwire later. */
const ORDERS: Record<string, (page: Page) => Promise<void>> = {
  'chatwire first, through the snippet stub': async (page) => {
    await loadScript(page, RUNTIME);
    await run(page, 'window.fakeIntercomOptions = { ...window.fakeIntercomOptions, manual: true }');
    await loadScript(page, '/fixtures/intercom.js');
    // chatwire subscribed through the stub: its calls wait in the queue.
    await expect.poll(() => run(page, 'window.Intercom.q.length')).toBe(5);
    await run(page, `${fake}.load()`);
  },
  'snippet stub first, chatwire, then the widget': async (page) => {
    await run(page, 'window.fakeIntercomOptions = { ...window.fakeIntercomOptions, manual: true }');
    await loadScript(page, '/fixtures/intercom.js');
    // The install snippet's stub: a function with the queue `q` and `c`, which queues into it; nothing queued yet.
    expect(await run(page, '[Object.keys(Intercom).sort(), Intercom.q]')).toEqual([['c', 'q'], []]);
    await loadScript(page, RUNTIME);
    await expect.poll(() => run(page, 'window.Intercom.q.length')).toBe(5);
    await run(page, `${fake}.load()`);
  },
  'Messenger booted, chatwire later (as GTM loads it)': async (page) => {
    await loadScript(page, '/fixtures/intercom.js');
    expect(await run(page, 'window.Intercom.booted')).toBe(true);
    await loadScript(page, RUNTIME);
  },
};

for (const [order, setup] of Object.entries(ORDERS)) {
  test(`${order}: ready pushed once, each event once; the unread count reported on registration is no message`, async ({ page }) => {
    const attachLines = attachLog(page, 'intercom');
    await page.goto(PAGE);
    await run(page, 'window.chatwireConfig = { debug: true }');
    await setup(page);
    await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded')]);
    await session(page);
    await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION]);
    // One callback per name: the real function was taken over, not subscribed to again
    // (a booted Messenger runs a `ready` callback at once instead of keeping it).
    expect(new Set(await run(page, `Object.values(${fake}.callbacks).map((list) => list.length)`))).toEqual(new Set([1]));
    // Attached once (through the stub where chatwire came first), and nothing failed on it.
    expect(attachLines()).toEqual(['[chatwire] intercom attached']);
  });
}

test('a count already unread when chatwire subscribes is the baseline; stop()/start() reports it again without a message', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/intercom.js');
  await run(page, `${fake}.emit('onUnreadCountChange', 3)`);
  await run(page, `${fake}.events[1][1]()`); // the fixture's count is now 1, reported to nobody yet
  await loadScript(page, RUNTIME);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded')]);
  await run(page, 'chatwire.stop(); chatwire.start()');
  await run(page, `${fake}.emit('onUnreadCountChange', 2)`);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), expected('onUnreadCountChange', 'message_received', { label: '2' })]);
});

test('an unread count that rose while chatwire was stopped is no message at start(): reported on registering again, it is a baseline', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/intercom.js');
  const reply = `${fake}.events[1][1]()`; // an agent reply: the fixture's count goes up by one
  const received = (label: string) => expected('onUnreadCountChange', 'message_received', { label });
  await run(page, reply);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), received('1')]);
  await run(page, 'chatwire.stop()');
  // A reply chatwire does not hear: the count becomes 2.
  await run(page, reply);
  await run(page, 'chatwire.start()');
  // Subscribed again (the fake reports 2 to the new callback at once), then one more reply: 3 is a rise.
  await expect.poll(() => run(page, `${fake}.callbacks.onUnreadCountChange.length`)).toBe(2);
  await run(page, reply);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), received('1'), received('3')]);
});

test('the unread count falling to 0 (the visitor read the replies) is no message', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/intercom.js');
  await run(page, `${fake}.emit('onUnreadCountChange', 2); ${fake}.emit('onUnreadCountChange', 0); ${fake}.emit('onUnreadCountChange', 'x')`);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), expected('onUnreadCountChange', 'message_received', { label: '2' })]);
});

test("the site's own callbacks keep running, and the visitor's email never reaches the dataLayer", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; window.fakeIntercomOptions = { manual: true }`);
  await loadScript(page, '/fixtures/intercom.js');
  await run(page, `Intercom('onShow', () => siteCalls.push('show')); Intercom('boot', { app_id: 'abc12345', email: 'jane.doe@example.com', name: 'Jane Doe' })`);
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await session(page);
  await expect.poll(async () => (await intercomPushes(page)).length).toBe(5);
  expect(await run(page, 'window.siteCalls')).toEqual(['show']);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe', 'Jane Doe']) expect(text).not.toContain(secret);
});

test('unknown commands and malformed callback arguments are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/intercom.js');
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, {}, [], { toString: 1 }, '__proto__']) { f.emit('onShow', raw); f.emit('onUnreadCountChange', raw); }
    f.emit('onSomethingNew', 1); })()`,
  );
  await expect
    .poll(async () => (await intercomPushes(page)).map((push) => push.event))
    .toEqual(['chat_loaded', 'chat_opened', 'chat_opened', 'chat_opened', 'chat_opened', 'chat_opened']);
});

// Intercom's single-page-app guide has sites call `Intercom('shutdown')` at logout and `Intercom('boot')` again
// (intercom.com/help/en/articles/170). Whether callbacks survive a shutdown is undocumented; the fake does either
// (`shutdown: 'keeps' | 'clears'`). The site registers its own onShow once, as the docs show it.
/** The second session: the same, the unread count going on from 1 to 2. */
const LATER = SESSION.map((push, i) => (i == 1 ? expected('onUnreadCountChange', 'message_received', { label: '2' }) : push));
/** The site's onShow calls after a session, a logout and login, and a second session: kept callbacks run again. */
const SITE_SHOWS = { keeps: 2, clears: 1 };

for (const reading of ['keeps', 'clears'] as const) {
  for (const [order, setup] of Object.entries(ORDERS)) {
    test(`${order}; a logout and login (shutdown, boot), the Messenger ${reading} callbacks: each event of the new session once, no second loaded`, async ({ page }) => {
      await page.goto(PAGE);
      await run(page, `window.siteShows = 0; window.fakeIntercomOptions = { shutdown: '${reading}' }`);
      await setup(page);
      await run(page, `Intercom('onShow', () => siteShows++)`);
      await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded')]);
      await session(page);
      await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION]);
      await run(page, `Intercom('shutdown'); Intercom('boot', { app_id: 'abc12345', user_id: 'u-1' })`);
      await session(page);
      await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION, ...LATER]);
      // The site's callback ran as Intercom decides, chatwire or not: once, and again after the login where it was kept.
      expect(await run(page, 'window.siteShows')).toBe(SITE_SHOWS[reading]);
      // Still the Messenger's own state, read through chatwire's Proxy.
      expect(await run(page, '[typeof Intercom, Intercom.booted, Array.isArray(Intercom.q)]')).toEqual(['function', true, false]);
    });
  }
}

test('a second boot without a shutdown (the visitor logs in), then two more logouts: each event once, callbacks bounded', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/intercom.js');
  await loadScript(page, RUNTIME);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded')]);
  await run(page, `Intercom('boot', { app_id: 'abc12345', user_id: 'u-1' })`);
  await session(page);
  for (let i = 0; i < 2; i++) await run(page, `Intercom('shutdown'); Intercom('boot', { app_id: 'abc12345' })`);
  await session(page);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION, ...LATER]);
  // The Messenger keeps callbacks here: chatwire's per name, one per boot it saw plus the first (none of `ready`:
  // registered once booted, it runs at once and is not kept).
  expect(await run(page, `${fake}.callbacks.onShow.length`)).toBe(4);
});

test('stopped, chatwire adds no callbacks at a boot; started again, each event once and no second loaded', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.fakeIntercomOptions = { shutdown: 'clears' }`);
  await loadScript(page, '/fixtures/intercom.js');
  await loadScript(page, RUNTIME);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded')]);
  await run(page, 'chatwire.stop()');
  await run(page, `Intercom('shutdown'); Intercom('boot', { app_id: 'abc12345' })`);
  expect(await run(page, `${fake}.callbacks`)).toEqual({});
  await session(page);
  await run(page, 'chatwire.start()');
  await session(page);
  // The fake's unread count went 1 (unheard) → 2: the second reply is a rise from the baseline chatwire registered on.
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), ...LATER]);
});

test("a window.Intercom that cannot be replaced: chatwire reports as before, and the site's calls still work", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/intercom.js');
  await run(page, `Object.defineProperty(window, 'Intercom', { value: window.Intercom, writable: false, configurable: false })`);
  const original = await page.evaluateHandle('window.Intercom');
  await loadScript(page, RUNTIME);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded')]);
  expect(await page.evaluate((ic) => ic === (window as unknown as { Intercom: unknown }).Intercom, original)).toBe(true);
  // The Messenger keeps callbacks (the fake's default): a login still reports each event once.
  await run(page, `Intercom('shutdown'); Intercom('boot', { app_id: 'abc12345' })`);
  await session(page);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION]);
});

test("through chatwire's Proxy, the site's boot gets the Messenger's answer and its exceptions; a throw when chatwire subscribes again stays chatwire's", async ({ page }) => {
  await page.goto(PAGE);
  // A hand-made Messenger: `ready` at once (booted), `boot` answers 'booted' with its `this` (or throws when told to),
  // and onShow registrations throw once asked to.
  await run(
    page,
    `window.Intercom = function (command, fn) {
      if (command === 'ready') return fn();
      if (command === 'onShow' && window.refuse) throw new Error('refused');
      if (command === 'boot' && window.fail) throw new Error('boot failed');
      if (command === 'boot') return ['booted', this && this.site];
    }; window.messenger = window.Intercom`,
  );
  await loadScript(page, RUNTIME);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded')]);
  // chatwire's Proxy stands in the Messenger's place: what the site calls below goes through it.
  expect(await run(page, `window.Intercom !== window.messenger`)).toBe(true);
  expect(await run(page, `window.refuse = true; Intercom.call({ site: 1 }, 'boot', { app_id: 'abc12345' })`)).toEqual(['booted', 1]);
  expect(await run(page, `window.refuse = false; Intercom('boot', { app_id: 'abc12345' })`)).toEqual(['booted', undefined]);
  // The Messenger's own exception is the site's, as without chatwire; chatwire does not subscribe again after it.
  expect(await run(page, `window.fail = true; (() => { try { Intercom('boot') } catch (error) { return error.message } })()`)).toBe('boot failed');
  expect(await intercomPushes(page)).toEqual([expected('ready', 'loaded')]);
});

test("a show the page queued in the snippet's stub before chatwire: chatwire's calls go ahead of it, so loaded, then opened", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.siteShows = 0; window.fakeIntercomOptions = { manual: true }');
  await loadScript(page, '/fixtures/intercom.js');
  // The site's snippet boots and opens the Messenger at once (as react-live-chat-loader does on a tap), its own onShow first.
  await run(page, `Intercom('onShow', () => siteShows++); Intercom('boot', { app_id: 'abc12345' }); Intercom('show')`);
  await loadScript(page, RUNTIME);
  await expect.poll(() => run(page, 'window.Intercom.q.length')).toBe(8);
  // chatwire's five at the front; the site's three keep their order behind them.
  expect(await run(page, 'Intercom.q.slice(5).map((args) => args[0])')).toEqual(['onShow', 'boot', 'show']);
  await run(page, `${fake}.load()`);
  await expect.poll(() => intercomPushes(page)).toEqual([expected('ready', 'loaded'), expected('onShow', 'opened')]);
  expect(await run(page, 'window.siteShows')).toBe(1);
});
