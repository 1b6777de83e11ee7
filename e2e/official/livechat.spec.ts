import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { LIVECHAT_ACTIONS, actions, expectOnce, openOfficial } from './official';

// @livechat/widget-core (LiveChat's npm core, used by widget-react/vue/angular), its real code;
// only cdn.livechatinc.com/tracking.js is answered, by fixtures/livechat.js.
const CDN = 'https://cdn.livechatinc.com/tracking.js';
const HANDLERS = [
  'onReady',
  'onVisibilityChanged',
  'onNewEvent',
  'onCustomerStatusChanged',
  'onFormSubmitted',
  'onRatingSubmitted',
  'onGreetingDisplayed',
  'onRichMessageButtonClicked',
];
/** createWidget with a site callback for every handler the package offers. */
const create = (page: Page) => run(page, `window.widget = official.createWidget({ license: '12345678', ${HANDLERS.map((name) => `${name}: site('${name}')`).join(', ')} })`);
/** Every button of the fake's demo panel: the widget's own events. */
const clickAll = (page: Page) => run(page, `window.chatwireFakes.livechat.events.forEach(([, click]) => click())`);
const loaded = (page: Page) => expect.poll(() => run(page, 'window.chatwireFakes?.livechat?.loaded === true')).toBe(true);

const ACTIONS = LIVECHAT_ACTIONS;
const CALLS = {
  onReady: 1,
  onGreetingDisplayed: 1,
  onVisibilityChanged: 2,
  onNewEvent: 2,
  onCustomerStatusChanged: 2,
  onRichMessageButtonClicked: 1,
  onRatingSubmitted: 1,
  onFormSubmitted: 1,
};

test('chatwire first, then createWidget().init()', async ({ page }) => {
  await openOfficial(page, 'livechat', CDN, 'fixtures/livechat.js');
  await loadScript(page, RUNTIME);
  await create(page);
  await run(page, 'widget.init()');
  await loaded(page);
  await clickAll(page);
  await expectOnce(page, 'livechat', ACTIONS, CALLS);
});

test('createWidget() (the stub and its queue) first, then chatwire, then init() loads tracking.js', async ({ page }) => {
  await openOfficial(page, 'livechat', CDN, 'fixtures/livechat.js');
  await create(page);
  await loadScript(page, RUNTIME);
  await run(page, 'widget.init()');
  await loaded(page);
  await clickAll(page);
  await expectOnce(page, 'livechat', ACTIONS, CALLS);
});

test('widget fully loaded, then chatwire', async ({ page }) => {
  await openOfficial(page, 'livechat', CDN, 'fixtures/livechat.js');
  await create(page);
  await run(page, 'widget.init()');
  await loaded(page);
  await loadScript(page, RUNTIME);
  await expect.poll(() => actions(page, 'livechat')).toEqual(['loaded']);
  await clickAll(page);
  await expectOnce(page, 'livechat', ACTIONS, CALLS);
});
