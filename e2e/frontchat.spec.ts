import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, attachLog, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Front Chat's documented handler → action, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'frontchat', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.frontchat';
const frontPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'frontchat');
const LOADED = expected('chatwire:attached', 'loaded');
const received = (count: number) => expected('onUnreadChange', 'message_received', { label: String(count) });
const initialized = (page: Page) => expect.poll(() => run(page, `${fake}.state.initialized`)).toBe(true);

/**
 * A visitor's session: a reply while closed (unread 1), open (read: 0), a reply seen in the open panel (stays 0),
 * close, another reply while closed (1 again).
 */
const session = (page: Page) => run(page, `const f = ${fake}; f.reply(); FrontChat('show'); f.reply(); FrontChat('hide'); f.reply()`);
const SESSION = [received(1), received(1)];

/** Load orders: there is no stub, so "chatwire between" means between the widget script and the site's `init`. */
const ORDERS: Record<string, (page: Page) => Promise<void>> = {
  'chatwire first, then the widget script and init': async (page) => {
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/frontchat.js');
  },
  'the widget script, chatwire, then the site calls init': async (page) => {
    await run(page, 'window.fakeFrontChatOptions = { init: false }');
    await loadScript(page, '/fixtures/frontchat.js');
    await loadScript(page, RUNTIME);
    await expect.poll(() => run(page, `${fake}.handlers.length`)).toBe(1);
    await run(page, `FrontChat('init', { chatId: 'c-1' })`);
  },
  'widget initialized, chatwire later (as GTM loads it)': async (page) => {
    await loadScript(page, '/fixtures/frontchat.js');
    await initialized(page);
    await loadScript(page, RUNTIME);
  },
};

for (const [order, setup] of Object.entries(ORDERS)) {
  test(`${order}: loaded once, a received message per rise of the unread count, nothing for a fall`, async ({ page }) => {
    const attachLines = attachLog(page, 'frontchat');
    await page.goto(PAGE);
    await run(page, 'window.chatwireConfig = { debug: true }');
    await setup(page);
    await initialized(page);
    await expect.poll(() => frontPushes(page)).toEqual([LOADED]);
    await session(page);
    await expect.poll(() => frontPushes(page)).toEqual([LOADED, ...SESSION]);
    // One handler, registered once; attached once, and nothing failed on it.
    expect(await run(page, `${fake}.handlers.length`)).toBe(1);
    expect(attachLines()).toEqual(['[chatwire] frontchat attached']);
  });
}

test('a count already unread when chatwire comes is the baseline; stop() unbinds, start() takes the count again without a message', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/frontchat.js');
  await initialized(page);
  await run(page, `${fake}.reply(); ${fake}.reply()`);
  await loadScript(page, RUNTIME);
  await expect.poll(() => frontPushes(page)).toEqual([LOADED]);
  await run(page, `${fake}.reply()`);
  await expect.poll(() => frontPushes(page)).toEqual([LOADED, received(3)]);
  // stop() calls the unbind function the SDK returned.
  await run(page, 'chatwire.stop()');
  expect(await run(page, `${fake}.handlers.length`)).toBe(0);
  await run(page, `${fake}.reply()`);
  await run(page, 'chatwire.start()');
  await expect.poll(() => run(page, `${fake}.handlers.length`)).toBe(1);
  // The count reported on registering again (4) is a baseline, not a message; the next rise is.
  await run(page, `${fake}.reply()`);
  await expect.poll(() => frontPushes(page)).toEqual([LOADED, received(3), received(5)]);
});

test("the site's own handler and onInitCompleted run once with their original arguments; its identity never reaches the dataLayer", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; window.fakeFrontChatOptions = { init: false }`);
  await loadScript(page, '/fixtures/frontchat.js');
  await run(
    page,
    `window.siteUnbind = FrontChat('onUnreadChange', (count) => siteCalls.push(count));
    FrontChat('init', { chatId: 'c-1', email: 'jane.doe@example.com', name: 'Jane Doe', userHash: 'h', onInitCompleted: (...args) => siteCalls.push(['init', args.length]) })`,
  );
  await loadScript(page, RUNTIME);
  await initialized(page);
  await run(page, `FrontChat('identity', { email: 'jane.doe@example.com', name: 'Jane Doe', userHash: 'h' })`);
  await session(page);
  await expect.poll(() => frontPushes(page)).toEqual([LOADED, ...SESSION]);
  expect(await run(page, 'window.siteCalls')).toEqual([{ unread_count: 0 }, ['init', 0], { unread_count: 1 }, { unread_count: 0 }, { unread_count: 1 }]);
  // The site's unbind still removes only its own handler.
  await run(page, 'siteUnbind()');
  expect(await run(page, `${fake}.handlers.length`)).toBe(1);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe', 'Jane Doe']) expect(text).not.toContain(secret);
});

test('malformed counts and payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/frontchat.js');
  await initialized(page);
  await run(
    page,
    `(() => { const [handler] = ${fake}.handlers;
    const hostile = { get unread_count() { throw new Error('getter'); } };
    for (const raw of [null, undefined, 7, 'x', {}, [], { unread_count: '9' }, { unread_count: -1 }, { unread_count: NaN }, { unread_count: {} }, hostile]) handler(raw);
    handler({ unread_count: 2 }); })()`,
  );
  await expect.poll(() => frontPushes(page)).toEqual([LOADED, received(2)]);
});
