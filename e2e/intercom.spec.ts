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
    await run(page, 'window.fakeIntercomOptions = { manual: true }');
    await loadScript(page, '/fixtures/intercom.js');
    // chatwire subscribed through the stub: its calls wait in the queue.
    await expect.poll(() => run(page, 'window.Intercom.q.length')).toBe(5);
    await run(page, `${fake}.load()`);
  },
  'snippet stub first, chatwire, then the widget': async (page) => {
    await run(page, 'window.fakeIntercomOptions = { manual: true }');
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
