import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { actions, expectOnce, openOfficial } from './official';

// @intercom/messenger-js-sdk (Intercom's npm loader), its real code; only
// widget.intercom.io/widget/<app_id> is answered, by fixtures/intercom.js.
const CDN = 'https://widget.intercom.io/widget/abc12345';
const CALLBACKS = ['onShow', 'onHide', 'onUnreadCountChange', 'onUserEmailSupplied'];
/** Intercom({ app_id }) (the package's loader: its queue stub and the widget script) and a site callback per event. */
const boot = (page: Page) => run(page, `official.Intercom({ app_id: 'abc12345' }); ${JSON.stringify(CALLBACKS)}.forEach((name) => official[name](site(name)))`);
/** The package's show/hide around the fake's buttons for what only the Messenger does (a reply, an email). */
const converse = (page: Page) => run(page, `official.show(); const f = window.chatwireFakes.intercom; f.events[1][1](); f.events[2][1](); official.hide()`);
const loaded = (page: Page) => expect.poll(() => run(page, 'window.chatwireFakes?.intercom?.loaded === true')).toBe(true);
/** chatwire's subscriptions wait in the package's queue (`Intercom.q`). */
const queuedByChatwire = (page: Page) => page.waitForFunction(() => Array.from((window as any).Intercom.q || []).some((args: any) => args[0] === 'ready'));

const ACTIONS = ['loaded', 'opened', 'message_received', 'lead', 'closed'];
// The Messenger hands a new onUnreadCountChange callback the current count when it is registered
// (fixtures/intercom.js; docs/vendors/intercom.md), then each change: the site's callback sees
// that registration call and the reply, exactly as it would without chatwire.
const CALLS = { onShow: 1, onUnreadCountChange: 2, onUserEmailSupplied: 1, onHide: 1 };

test('chatwire first, then Intercom({ app_id }) and the callbacks', async ({ page }) => {
  await openOfficial(page, 'intercom', CDN, 'fixtures/intercom.js');
  await loadScript(page, RUNTIME);
  await boot(page);
  await loaded(page);
  await converse(page);
  await expectOnce(page, 'intercom', ACTIONS, CALLS);
});

test("the package's queue stub first, then chatwire, then the widget script", async ({ page }) => {
  await openOfficial(page, 'intercom', CDN, 'fixtures/intercom.js', () => queuedByChatwire(page));
  await boot(page);
  await loadScript(page, RUNTIME);
  await loaded(page);
  await converse(page);
  await expectOnce(page, 'intercom', ACTIONS, CALLS);
});

/** The Messenger booted, then chatwire (GTM), then a conversation: each event once. `options`: the fake's (page source). */
const messengerFirst = async (page: Page, options = '{}') => {
  await openOfficial(page, 'intercom', CDN, 'fixtures/intercom.js');
  await run(page, `window.fakeIntercomOptions = ${options}`);
  await boot(page);
  await loaded(page);
  await loadScript(page, RUNTIME);
  await expect.poll(() => actions(page, 'intercom')).toEqual(['loaded']);
  await converse(page);
  await expectOnce(page, 'intercom', ACTIONS, CALLS);
};

test('Messenger fully loaded, then chatwire', ({ page }) => messengerFirst(page));

// A logout and login through the package's own shutdown() and boot() (Intercom's single-page-app guide), the Messenger
// loaded before chatwire (GTM). Whether the Messenger keeps callbacks through a shutdown is undocumented: the fake does
// either. chatwire's Proxy of window.Intercom, which the package calls each time, subscribes again after the boot.
const SITE_AFTER_RELOGIN = {
  // Kept: the site's callbacks run again in the second session (the unread callback: 0 at registration, 1, 2).
  keeps: { onShow: 2, onUnreadCountChange: 3, onUserEmailSupplied: 2, onHide: 2 },
  // Cleared with chatwire's: the site registered its own once, so they are silent after the shutdown, chatwire or not.
  clears: CALLS,
};
for (const reading of ['keeps', 'clears'] as const) {
  test(`Messenger fully loaded, then chatwire; the package's shutdown() and boot(), the Messenger ${reading} callbacks: the new session once each`, async ({ page }) => {
    await messengerFirst(page, `{ shutdown: '${reading}' }`);
    await run(page, `official.shutdown(); official.boot({ app_id: 'abc12345', user_id: 'u-1' })`);
    await converse(page);
    await expectOnce(page, 'intercom', [...ACTIONS, ...ACTIONS.slice(1)], SITE_AFTER_RELOGIN[reading]);
  });
}
