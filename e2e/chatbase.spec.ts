import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, attachLog, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Chatbase's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'chatbase', action, vendor_event, channel: 'chat' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.chatbase';
const chatbasePushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'chatbase');

/** No ready event: the core derives `loaded` once embed.min.js replaced the queue, and `started` before the first message. */
const LOADED = expected('chatwire:attached', 'loaded');
/** The demo's session: the visitor asks, the agent answers; then the agent calls an action (no action of chatwire's). */
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click()); ${fake}.tool()`);
const SESSION = [expected('chatwire:first_message', 'started'), expected('user-message', 'message_sent'), expected('assistant-message', 'message_received')];

/** Adds a script element: chatwire checks for widgets at once. */
const CHECK = "document.head.appendChild(document.createElement('script'))";
/** What the site queues before the script (the docs' widget control), and its own listener, added once loaded as the docs ask. */
const QUEUED = "chatbase.setInitialMessages(['Hi!']); chatbase('open')";
/** What chatwire's debug log says at each check while `window.chatbase` is the embed code's queue. */
const WAITING = 'not attached: the embed script has not loaded';
const SITE = "window.siteCalls = []; chatbase.addEventListener('user-message', (event) => siteCalls.push(event.type))";

for (const shape of ['proxy', 'object']) {
  for (const order of ['runtime, embed code, script', 'embed code, runtime, script', 'embed code, script, runtime']) {
    test(`${shape} widget, ${order}: loaded once, each message once, the site's queue and listener untouched`, async ({ page }) => {
      await page.goto(PAGE);
      await run(page, `window.fakeChatbaseOptions = { manual: true, shape: '${shape}' }; window.chatwireConfig = { debug: true }`);
      const logs = attachLog(page, 'chatbase');
      if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
      await loadScript(page, '/fixtures/chatbase.js');
      await run(page, QUEUED);
      if (order == 'embed code, runtime, script') await loadScript(page, RUNTIME);
      // While the queue is there, chatwire's checks ask it for its state and take that call back out of it.
      if (!order.endsWith('runtime')) {
        await expect.poll(() => logs().filter((line) => line.includes(WAITING)).length).toBeGreaterThan(1);
      }
      expect(await run(page, 'chatbase.q.map((call) => call[0])')).toEqual(['setInitialMessages', 'open']);
      await run(page, `${fake}.load(); ${SITE}`);
      // The GTM order: the widget was loaded before chatwire came.
      if (order.endsWith('runtime')) await loadScript(page, RUNTIME);
      await expect.poll(() => chatbasePushes(page)).toEqual([LOADED]);
      expect(await run(page, `${fake}.queued`)).toEqual(['setInitialMessages', 'open']);
      await session(page);
      await expect.poll(() => chatbasePushes(page)).toEqual([LOADED, ...SESSION]);
      expect(await run(page, 'window.siteCalls')).toEqual(['user-message']);
      expect(await run(page, `${fake}.listeners['user-message'].length`)).toBe(2);
    });
  }
}

test('message text is never read: no part of what the visitor or the agent wrote, nor an action’s arguments, reaches the dataLayer', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chatbase.js');
  await expect.poll(() => chatbasePushes(page)).toEqual([LOADED]);
  await session(page);
  await expect.poll(() => chatbasePushes(page)).toEqual([LOADED, ...SESSION]);
  const text = await dataLayerText(page);
  for (const secret of ['Berlin', 'jane.doe', 'example.com', '415', 'schedule-meeting', 'call-1']) expect(text).not.toContain(secret);
});

test("stop() removes chatwire's listeners, start() adds them again: nothing pushed twice, no second loaded or started", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chatbase.js');
  await expect.poll(() => chatbasePushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `Object.values(${fake}.listeners).flat().length`)).toBe(0);
  await session(page);
  await run(page, 'chatwire.start()');
  await session(page);
  await expect.poll(() => chatbasePushes(page)).toEqual([LOADED, ...SESSION]);
});

test("a queue that never loads, or another library's chatbase, is left alone: nothing pushed, nothing thrown, debug says why", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeChatbaseOptions = { manual: true }; window.chatwireConfig = { debug: true }');
  const logs = attachLog(page, 'chatbase');
  await loadScript(page, '/fixtures/chatbase.js');
  await loadScript(page, RUNTIME);
  await expect.poll(() => logs().some((line) => line.includes(WAITING))).toBe(true);
  // The queue the embed code made, still without a call: chatwire's question was taken back out.
  expect(await run(page, 'chatbase.q')).toEqual([]);
  // Another library's global under the name: a function that throws, an object without the queue or the state.
  const failures = () => logs().filter((line) => line.includes('not chatbase')).length;
  await run(page, `window.chatbase = function () { throw new Error('not chatbase'); }; ${CHECK}`);
  await expect.poll(failures).toBe(1);
  await run(page, `window.chatbase = { getState() { throw new Error('not chatbase'); } }; ${CHECK}`);
  await expect.poll(() => logs().filter((line) => line.includes('TypeError')).length).toBeGreaterThan(0);
  expect(await chatbasePushes(page)).toEqual([]);
  // A widget shaped otherwise (a function answering every call with the state) is taken once it says it is loaded.
  await run(page, `window.chatbase = Object.assign(() => 'initialized', { addEventListener() {}, removeEventListener() {} }); ${CHECK}`);
  await expect.poll(() => chatbasePushes(page)).toEqual([LOADED]);
});

test('odd payloads are pushed as the event they name, with nothing read from them', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/chatbase.js');
  await expect.poll(() => chatbasePushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const l = ${fake}.listeners['assistant-message']; for (const raw of [null, 'Jane', 42, [], { data: { content: {} } }]) l.forEach((fn) => fn(raw)); })()`,
  );
  await expect.poll(async () => (await chatbasePushes(page)).map((push) => push.event)).toEqual(['chat_loaded', ...Array(5).fill('chat_message_received')]);
});
