import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, pushes, run, test } from '../helpers';
import { calls, openOfficial, pushed } from './official';

// front-chat-sdk (Front's own package), its real code; only chat-assets.frontapp.com/v1/chat.bundle.js is
// answered, by fixtures/frontchat.js (with its own `init` off: the package's code calls init).
const CDN = 'https://chat-assets.frontapp.com/v1/chat.bundle.js';
const fake = 'window.chatwireFakes.frontchat';
const open = async (page: Page) => {
  await openOfficial(page, 'frontchat', CDN, 'fixtures/frontchat.js');
  await run(page, 'window.fakeFrontChatOptions = { init: false }');
};
const initialized = (page: Page) => expect.poll(() => run(page, `!!window.chatwireFakes?.frontchat?.state.initialized`)).toBe(true);

/** The site boots through the package, inits with its own onInitCompleted and registers its own unread handler. */
const BOOT = `official.boot().then((frontChat) => {
  frontChat('onUnreadChange', site('onUnreadChange'));
  frontChat('init', { chatId: 'c-1', onInitCompleted: site('onInitCompleted') });
})`;
/** Two replies while closed (unread 1, 2), the visitor opens (read: 0) and closes, one more reply (1). */
const converse = (page: Page) => run(page, `const f = ${fake}; f.reply(); f.reply(); FrontChat('show'); FrontChat('hide'); f.reply()`);
const EVENTS = ['onUnreadChange → message_received', 'onUnreadChange → message_received', 'onUnreadChange → message_received'];
const LABELS = ['1', '2', '1'];
/** The site's handler: the immediate report (0), then 1, 2, 0, 1; onInitCompleted once. */
const ONCE = { onUnreadChange: 5, onInitCompleted: 1 };
/** Front's pushes, each checked against the schema (pushes()). */
const frontPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'frontchat');
const labels = async (page: Page) => (await frontPushes(page)).filter((push) => push.chat.action === 'message_received').map((push) => push.chat.label);
/** The conversation ({@link converse}) with chatwire listening: each rise pushed once, its count the label. */
const conversed = async (page: Page) => {
  await converse(page);
  await expect.poll(() => pushed(page, 'frontchat')).toEqual(EVENTS);
  expect(await labels(page)).toEqual(LABELS);
};
const loadedOnce = (page: Page) => expect.poll(async () => (await frontPushes(page)).filter((push) => push.chat.action === 'loaded').length).toBe(1);

test('chatwire first, then boot() and init: each rise pushed once, the site handler and onInitCompleted once each', async ({ page }) => {
  await open(page);
  await loadScript(page, RUNTIME);
  await run(page, BOOT);
  await initialized(page);
  await conversed(page);
  expect(await calls(page)).toEqual(ONCE);
  await loadedOnce(page);
});

test('control, without chatwire: the site handler and onInitCompleted run as often as with it', async ({ page }) => {
  await open(page);
  await run(page, BOOT);
  await initialized(page);
  await converse(page);
  await expect.poll(() => calls(page)).toEqual(ONCE);
  expect(await run(page, `${fake}.handlers.length`)).toBe(1);
});

test('boot() resolved (the script ran), chatwire, then init: each rise pushed once, every callback once', async ({ page }) => {
  await open(page);
  await run(page, `official.boot().then((frontChat) => { window.frontChat = frontChat; })`);
  await expect.poll(() => run(page, 'typeof window.frontChat')).toBe('function');
  await loadScript(page, RUNTIME);
  await expect.poll(() => run(page, `${fake}.handlers.length`)).toBe(1);
  await run(page, `frontChat('onUnreadChange', site('onUnreadChange')); frontChat('init', { chatId: 'c-1', onInitCompleted: site('onInitCompleted') })`);
  await initialized(page);
  await conversed(page);
  expect(await calls(page)).toEqual(ONCE);
  await loadedOnce(page);
});

test('initialized through the package with a reply unread, then chatwire (the GTM order): the unread reply is the baseline', async ({ page }) => {
  await open(page);
  await run(page, BOOT);
  await initialized(page);
  await run(page, `${fake}.reply()`);
  await loadScript(page, RUNTIME);
  await loadedOnce(page);
  // Read, closed, one reply: the only rise chatwire heard.
  await run(page, `FrontChat('show'); FrontChat('hide'); ${fake}.reply()`);
  await expect.poll(() => pushed(page, 'frontchat')).toEqual(['onUnreadChange → message_received']);
  expect(await labels(page)).toEqual(['1']);
  expect(await calls(page)).toEqual({ onUnreadChange: 4, onInitCompleted: 1 });
});

test('initialize(chatId), the helper that boots and inits, then chatwire: one handler, each rise once', async ({ page }) => {
  await open(page);
  await run(page, `official.initialize('c-1')`);
  await initialized(page);
  await loadScript(page, RUNTIME);
  await conversed(page);
  expect(await run(page, `${fake}.handlers.length`)).toBe(1);
});

for (const order of ['chatwire first', 'chatwire after the widget initialized']) {
  test(`React useFrontChat(chatId), ${order}: each rise pushed once, the component re-renders as initialized`, async ({ page }) => {
    await open(page);
    if (order === 'chatwire first') await loadScript(page, RUNTIME);
    // The hook boots in an effect, then inits with its own onInitCompleted, which sets isInitialized.
    await run(
      page,
      `const { React, createRoot, useFrontChat } = official;
      const App = () => { const { isInitialized } = useFrontChat('c-1'); window.renders = (window.renders || []).concat(isInitialized); return null; };
      createRoot(document.getElementById('root')).render(React.createElement(App));`,
    );
    // React renders the root asynchronously: no render yet reads as none.
    await expect.poll(() => run(page, '(window.renders || []).at(-1)')).toBe(true);
    if (order !== 'chatwire first') await loadScript(page, RUNTIME);
    await loadedOnce(page);
    await expect.poll(() => run(page, `${fake}.handlers.length`)).toBe(1);
    await conversed(page);
  });
}
