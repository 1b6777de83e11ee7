import { readFileSync } from 'node:fs';
import { type Frame, type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from '../helpers';
import { frameAt } from './official';

// Rocket.Chat's own widget script, from its npm package @rocket.chat/livechat 1.13.3
// (build/rocketchat-livechat.min.js: the script a Rocket.Chat server serves at <url>/rocketchat-livechat.min.js),
// answered at that address. Only the Livechat app it puts in its iframe (at RocketChat.url, a page of the server)
// is faked: a blank page from which a test posts what the app posts to the widget, `{ src: 'rocketchat', fn,
// args }` (its source: the widget calls `api[fn](...args)`), e.g. `callback('chat-started')` when the visitor's
// first message starts the chat.

const SERVER = 'https://chat.example.test/livechat';
const WIDGET = readFileSync(new URL('../../node_modules/@rocket.chat/livechat/build/rocketchat-livechat.min.js', import.meta.url), 'utf8');

/** The installation snippet a Rocket.Chat server gives (its Livechat installation page), written out. */
const SNIPPET = `(function (w, d, s, u) {
  w.RocketChat = function (c) { w.RocketChat._.push(c); };
  w.RocketChat._ = [];
  w.RocketChat.url = u;
  var h = d.getElementsByTagName(s)[0], j = d.createElement(s);
  j.async = true;
  j.src = '${SERVER}/rocketchat-livechat.min.js?_=201903270000';
  h.parentNode.insertBefore(j, h);
})(window, document, 'script', '${SERVER}');`;

/** The site's own callbacks, registered as the docs write them. */
const SITE = `window.siteCalls = []; RocketChat(function () {
  this.onChatStarted(function () { siteCalls.push('started'); });
  this.onAssignAgent(function (agent) { siteCalls.push('agent ' + agent.username); });
});`;

const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'rocketchat', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });
const rcPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'rocketchat');
const LOADED = expected('chatwire:attached', 'loaded');
const SESSION = [
  expected('onChatMaximized', 'opened'),
  expected('onChatStarted', 'started'),
  expected('onAssignAgent', 'agent_joined', { agent_id: 'alex.agent', agent_name: 'Alex Agent' }),
  expected('onOfflineFormSubmit', 'lead', { lead_type: 'email' }),
  expected('onChatEnded', 'ended'),
  expected('onChatMinimized', 'closed'),
];

/** Answers the widget script with Rocket.Chat's own, and the Livechat app's page with a blank one. */
async function serve(page: Page): Promise<void> {
  await page.route(`${SERVER}**`, (route) =>
    route.request().url().startsWith(`${SERVER}/rocketchat-livechat.min.js`)
      ? route.fulfill({ contentType: 'application/javascript', body: WIDGET })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Livechat</title>' }),
  );
}

/** The Livechat app in the widget's iframe, once the widget script has created it. */
const app = (page: Page): Promise<Frame> => frameAt(page, SERVER);

/** What the app tells the widget during a chat: the visitor opens it, writes, an agent comes, the chat ends, the visitor closes it. */
async function converse(page: Page): Promise<void> {
  const frame = await app(page);
  await frame.evaluate(() => {
    const post = (fn: string, ...args: unknown[]) => parent.postMessage({ src: 'rocketchat', fn, args }, '*');
    post('openWidget');
    post('callback', 'chat-started');
    post('callback', 'assign-agent', { name: 'Alex Agent', username: 'alex.agent', status: 'online' });
    post('callback', 'offline-form-submit', { name: 'Jane Doe', email: 'jane.doe@example.com', message: 'Call me' });
    post('callback', 'chat-ended');
    post('minimizeWindow');
  });
}

for (const order of ['chatwire, then the snippet and the widget', 'the snippet and the widget, then chatwire (GTM)']) {
  test(`Rocket.Chat's own widget script; ${order}: each event pushed once, loaded once; the site's callbacks run once`, async ({ page }) => {
    await serve(page);
    await page.goto(PAGE);
    const gtm = order.endsWith('(GTM)');
    if (!gtm) await loadScript(page, RUNTIME);
    await page.addScriptTag({ content: `${SNIPPET}\n${SITE}` });
    // The widget script ran: RocketChat is its function now, carrying the widget API.
    await expect.poll(() => run(page, 'typeof window.RocketChat.livechat')).toBe('object');
    if (gtm) await loadScript(page, RUNTIME);
    await expect.poll(() => rcPushes(page)).toEqual([LOADED]);
    await converse(page);
    await expect.poll(() => rcPushes(page)).toEqual([LOADED, ...SESSION]);
    expect(await run(page, 'window.siteCalls')).toEqual(['started', 'agent alex.agent']);
    expect(await dataLayerText(page)).not.toContain('jane.doe');
  });
}

test("Rocket.Chat's own widget script: the app hiding and showing the widget is pushed once each", async ({ page }) => {
  await serve(page);
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await page.addScriptTag({ content: SNIPPET });
  await expect.poll(() => rcPushes(page)).toEqual([LOADED]);
  // In this build the site's hideWidget() / showWidget() only ask the app, which answers with these.
  await (
    await app(page)
  ).evaluate(() => {
    for (const fn of ['hideWidget', 'showWidget']) parent.postMessage({ src: 'rocketchat', fn, args: [] }, '*');
  });
  await expect.poll(() => rcPushes(page)).toEqual([LOADED, expected('onWidgetHidden', 'hidden'), expected('onWidgetShown', 'shown')]);
});
