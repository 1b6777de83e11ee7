import { readFileSync } from 'node:fs';
import { type Frame, type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from '../helpers';
import { frameAt } from './official';

// Freshworks' own Freshchat widget script, from its npm package freshchat-widget 1.0.6 (js/widget.js, "Widget API For
// Freshchat" by Freshworks Inc), answered at the address Freshchat's snippet loads it from. Its README calls the
// package deprecated in favour of the script at wchat.freshchat.com: the shipped script may have moved on, so this
// pins chatwire against Freshworks' code of the same API (fcWidget.init / on / isLoaded), not against today's CDN.
// Only the messenger app the script opens in its iframe (`<host>/widget/?token=…`) is faked: a blank page from which
// a test posts what the app posts to the widget, `{ action, … }` (the script's message handler: `frame_loaded`
// publishes widget:loaded, `resize_frame` widget:opened or widget:closed, `message_sent` message:sent, …).

const HOST = 'https://wchat.freshchat.com';
const WIDGET = readFileSync(new URL('../../node_modules/freshchat-widget/js/widget.js', import.meta.url), 'utf8');
/** Where the app says its push frame lives (`frame_loaded`'s `pushDomain`): a blank page too. */
const PUSH = 'https://push.example.test/';

/**
 * Freshchat's documented snippet (support article "Get started with Freshchat"), written out: it adds widget.js once
 * (by id) and, in its onload, calls fcWidget.init({ token, host }); here with the site's own listeners, an `onLoad`
 * in the init settings and an `on('widget:opened')`. The snippet runs it on the window's load event, which the test
 * page has passed, so it runs at once.
 */
const SNIPPET = `window.siteCalls = [];
function initFreshChat() {
  window.fcWidget.init({ token: 'WEB_CHAT_TOKEN', host: '${HOST}', onLoad: function () { siteCalls.push('onLoad'); } });
  window.fcWidget.on('widget:opened', function () { siteCalls.push('opened'); });
}
function initialize(i, t) {
  var e;
  i.getElementById(t) ? initFreshChat() : ((e = i.createElement('script')).id = t, e.async = !0, e.src = '${HOST}/js/widget.js', e.onload = initFreshChat, i.head.appendChild(e));
}
initialize(document, 'Freshchat-js-sdk');`;

const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'freshchat', action, vendor_event, channel: 'messaging' }), timestamp: expect.any(Number) },
  });
const fcPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'freshchat');
const LOADED = expected('widget:loaded', 'loaded');
const OPENED = expected('widget:opened', 'opened');
const SESSION = [
  OPENED,
  // Freshchat has no start event: the core derives it before the first message (docs/events.md).
  expected('chatwire:first_message', 'started'),
  expected('message:sent', 'message_sent'),
  expected('message:received', 'message_received'),
  expected('widget:closed', 'closed'),
];

/**
 * Answers widget.js with Freshworks' own (once `held` resolves, when given: a script still downloading), its
 * stylesheet with an empty one, and the app's and push frame's pages with blank ones.
 */
async function serve(page: Page, held?: Promise<unknown>): Promise<void> {
  await page.route(`${HOST}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/js/widget.js') {
      await held;
      return route.fulfill({ contentType: 'application/javascript', body: WIDGET });
    }
    if (path.startsWith('/css/')) return route.fulfill({ contentType: 'text/css', body: '' });
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Freshchat</title>' });
  });
  await page.route(`${PUSH}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>push</title>' }));
}

/** The messenger app in the widget's iframe, once init() has opened it. */
const app = (page: Page): Promise<Frame> => frameAt(page, `${HOST}/widget/`);

/** The app posts `messages` to the widget, in order. */
const post = async (page: Page, messages: Record<string, unknown>[]) => (await app(page)).evaluate((list) => list.forEach((message) => parent.postMessage(message, '*')), messages);

/** The app starts: initialized (the widget sends it its settings), then loaded (the widget publishes widget:loaded). */
const appLoads = async (page: Page) => {
  await post(page, [{ action: 'frame_initialized' }, { action: 'frame_loaded', pushDomain: PUSH }]);
  await expect.poll(() => run(page, 'window.fcWidget.isLoaded()')).toBe(true);
};

/**
 * A visit as the app reports it: the visitor opens the messenger, writes (with their email), an agent answers (its
 * unread count and the visitor's user record come too, neither an action), the visitor closes the messenger.
 */
const converse = (page: Page) =>
  post(page, [
    { action: 'resize_frame', isOpen: true },
    { action: 'user_created', success: true, status: 200, data: { restoreId: 'restore-secret-1' } },
    { action: 'message_sent', success: true, data: { message: { messageParts: [{ text: { content: 'I am jane.doe@example.com' } }] } } },
    { action: 'message_received', success: true, data: { message: { messageParts: [{ text: { content: 'Call +1 415 555 0100' } }] } } },
    { action: 'unread_count_notify', data: { count: 1 } },
    { action: 'resize_frame', isOpen: false },
  ]);

for (const order of [
  'chatwire, then the snippet and widget.js',
  'the snippet (widget.js still downloading), then chatwire, then widget.js',
  'the snippet, widget.js and the app loaded, then chatwire (GTM)',
]) {
  test(`Freshworks' own widget.js; ${order}: each event pushed once, loaded once; the site's listeners run once`, async ({ page }) => {
    let release = (): void => undefined;
    const between = order.includes('still downloading');
    await serve(page, between ? new Promise<void>((resolve) => (release = resolve)) : undefined);
    await page.goto(PAGE);
    const gtm = order.endsWith('(GTM)');
    if (!gtm && !between) await loadScript(page, RUNTIME);
    await page.addScriptTag({ content: SNIPPET });
    if (between) {
      // The snippet added widget.js, which has not arrived: no fcWidget yet when chatwire starts.
      expect(await run(page, "[!!document.getElementById('Freshchat-js-sdk'), typeof window.fcWidget]")).toEqual([true, 'undefined']);
      await loadScript(page, RUNTIME);
      release();
    }
    await appLoads(page);
    if (gtm) await loadScript(page, RUNTIME);
    await expect.poll(() => fcPushes(page)).toEqual([LOADED]);
    await converse(page);
    await expect.poll(() => fcPushes(page)).toEqual([LOADED, ...SESSION]);
    expect(await run(page, 'window.siteCalls')).toEqual(['onLoad', 'opened']);
    const text = await dataLayerText(page);
    for (const secret of ['jane.doe', '415 555', 'restore-secret']) expect(text).not.toContain(secret);
  });
}

test("Freshworks' own widget.js: stop() silences chatwire and leaves the site's listener; start() again pushes each event once", async ({ page }) => {
  await serve(page);
  await page.goto(PAGE);
  await page.addScriptTag({ content: SNIPPET });
  await appLoads(page);
  await loadScript(page, RUNTIME);
  await expect.poll(() => fcPushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.stop()');
  await post(page, [{ action: 'resize_frame', isOpen: true }]);
  await expect.poll(() => run(page, 'window.siteCalls')).toEqual(['onLoad', 'opened']);
  // chatwire subscribes again on start(): the widget keeps the silenced listener beside the new one (its off() removes
  // by function name, so chatwire never calls it), and only the new one pushes.
  await run(page, 'chatwire.start()');
  await post(page, [{ action: 'resize_frame', isOpen: true }]);
  await expect.poll(() => run(page, 'window.siteCalls')).toEqual(['onLoad', 'opened', 'opened']);
  await expect.poll(() => fcPushes(page)).toEqual([LOADED, OPENED]);
});

test("Freshworks' own widget.js: destroy() and a new init() (a logout, then a login): chatwire subscribes again and pushes each event once", async ({ page }) => {
  await serve(page);
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await page.addScriptTag({ content: SNIPPET });
  await appLoads(page);
  await converse(page);
  await expect.poll(() => fcPushes(page)).toEqual([LOADED, ...SESSION]);
  // destroy() asks the app to tear down; its answer makes the widget remove its iframe, drop every listener (the
  // site's too) and then call the widget:destroyed ones.
  await run(page, 'fcWidget.destroy()');
  await post(page, [{ action: 'push_subscribe_destroy_response' }]);
  await expect.poll(() => run(page, "document.getElementById('fc_frame') === null")).toBe(true);
  // The site initializes the widget again, its listeners with it, as its snippet does; the app loads in a new iframe.
  await run(page, 'initFreshChat()');
  await appLoads(page);
  await converse(page);
  // loaded is once per fcWidget object (docs/events.md), started once per page (Freshchat reports no end).
  await expect.poll(() => fcPushes(page)).toEqual([LOADED, ...SESSION, ...SESSION.filter((push) => push !== SESSION[1])]);
  expect(await run(page, 'window.siteCalls')).toEqual(['onLoad', 'opened', 'onLoad', 'opened']);
});
