import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { LOADER_BUTTON, actions, expectOnce, loaderDone, openOfficial, pastTimerTail, renderLoader } from './official';

// react-live-chat-loader 2.11.0 with provider 'intercom' (its real code, dist module/providers/intercom.js): hovering its
// fake button runs Intercom's snippet (the `Intercom.q` stub), adds widget.intercom.io/widget/<app_id> and queues
// Intercom('boot', { app_id }); clicking queues Intercom('show'). Only that script is answered, by fixtures/intercom.js.
const CDN = 'https://widget.intercom.io/widget/abc12345';
const CALLBACKS = ['onShow', 'onHide', 'onUnreadCountChange'];
/** The site registers its Intercom callbacks in the loader's beforeInit, once the snippet's stub is there. */
const SETUP = `${JSON.stringify(CALLBACKS)}.forEach((name) => Intercom(name, site(name)))`;
const render = (page: Page) => renderLoader(page, 'intercom', 'Intercom', 'abc12345', SETUP);
const loaded = (page: Page) => expect.poll(() => run(page, 'window.chatwireFakes?.intercom?.loaded === true')).toBe(true);
/** The agent's reply (the Messenger's unread count), then the visitor closes the Messenger. */
const converse = (page: Page) => run(page, `const f = window.chatwireFakes.intercom; f.events[1][1](); f.events[3][1]()`);

const ACTIONS = ['loaded', 'opened', 'message_received', 'closed'];
// onUnreadCountChange: the registration call with the current count (fixtures/intercom.js), then the reply.
const CALLS = { beforeInit: 1, onShow: 1, onUnreadCountChange: 2, onHide: 1, onReady: 1 };

test('chatwire at page load, then the visitor clicks the loader: opened once, then each event once', async ({ page }) => {
  await openOfficial(page, 'loader', CDN, 'fixtures/intercom.js');
  await loadScript(page, RUNTIME);
  await render(page);
  await page.click(LOADER_BUTTON);
  await loaded(page);
  await loaderDone(page);
  await converse(page);
  await expectOnce(page, 'intercom', ACTIONS, CALLS);
});

test("the visitor clicks after chatwire's timer tail: attached at the script's load, each event once", async ({ page }) => {
  await page.clock.install();
  await openOfficial(page, 'loader', CDN, 'fixtures/intercom.js');
  await pastTimerTail(page, RUNTIME);
  await render(page);
  await page.click(LOADER_BUTTON);
  await loaded(page);
  await loaderDone(page);
  await converse(page);
  await expectOnce(page, 'intercom', ACTIONS, CALLS);
});

test('the loader opened the Messenger first, then chatwire (GTM): later events once', async ({ page }) => {
  await openOfficial(page, 'loader', CDN, 'fixtures/intercom.js');
  await render(page);
  await page.click(LOADER_BUTTON);
  await loaded(page);
  await loaderDone(page);
  await loadScript(page, RUNTIME);
  await expect.poll(() => actions(page, 'intercom')).toEqual(['loaded']);
  await converse(page);
  await expectOnce(page, 'intercom', ['loaded', 'message_received', 'closed'], CALLS);
});
