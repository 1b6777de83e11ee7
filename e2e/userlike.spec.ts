import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Userlike's documented tracking events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'userlike', action, vendor_event, channel: 'chat' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.userlike';
const userlikePushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'userlike');
const messengerLoaded = (page: Page) => page.waitForFunction(() => (window as any).chatwireFakes?.userlike?.loaded === true);
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);

const SHOWN = expected('button_displayed', 'shown');
const SESSION = [
  expected('chat_requested', 'agent_requested'),
  expected('chat_window_maximized', 'opened'),
  expected('pre_survey_show', 'form_started'),
  expected('pre_survey_submit', 'form_submitted'),
  expected('chat_started', 'started'),
  expected('message_operator_terminating', 'message_sent'),
  expected('message_client_terminating', 'message_received'),
  expected('feedback_rating_show', 'survey_started'),
  expected('rating_submit', 'rating_submitted'),
  expected('feedback_submit', 'survey_submitted'),
  expected('post_survey_show', 'survey_started'),
  expected('post_survey_submit', 'survey_submitted'),
  expected('error_message', 'error'),
  expected('chat_window_minimized', 'minimized'),
];
const SESSION_NAMES = [
  'chat_requested', 'chat_window_maximized', 'pre_survey_show', 'pre_survey_submit', 'chat_started', 'message_operator_terminating',
  'message_client_terminating', 'feedback_rating_show', 'rating_submit', 'feedback_submit', 'post_survey_show', 'post_survey_submit',
  'error_message', 'chat_window_minimized',
];
/** The site's own function records exactly what it receives. */
const siteCall = (name: string) => [name, 'a1b2c3d4e5f6', 9001, 3, true];
const RECORD = `siteCalls.push([name, g.widget_key, s.conversation_id, arguments.length, this === window])`;

test('runtime first: the site assigns its function afterwards, as the docs do; both run once per event', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `window.siteCalls = []; userlikeTrackingEvent = function (name, g, s) { ${RECORD}; }`);
  await loadScript(page, '/fixtures/userlike.js');
  await messengerLoaded(page);
  await session(page);
  await run(page, `${fake}.track('disclaimer_ok'); ${fake}.track('chat_connected')`);
  await expect.poll(() => userlikePushes(page)).toEqual([SHOWN, ...SESSION]);
  expect(await run(page, 'window.siteCalls')).toEqual(['button_displayed', ...SESSION_NAMES, 'disclaimer_ok', 'chat_connected'].map(siteCall));
});

test('widget first: a function declared in a page script is wrapped; events after chatwire came are pushed', async ({ page }) => {
  await page.goto(PAGE);
  await page.addScriptTag({ content: `window.siteCalls = []; function userlikeTrackingEvent(name, g, s) { ${RECORD}; }` });
  expect(await run(page, "Object.getOwnPropertyDescriptor(window, 'userlikeTrackingEvent').configurable")).toBe(false);
  await loadScript(page, '/fixtures/userlike.js');
  await messengerLoaded(page);
  await loadScript(page, RUNTIME);
  await session(page);
  // Userlike replays nothing: button_displayed happened before chatwire.
  await expect.poll(() => userlikePushes(page)).toEqual(SESSION);
  expect(await run(page, 'window.siteCalls')).toEqual(['button_displayed', ...SESSION_NAMES].map(siteCall));
  await run(page, 'window.chatwire.stop()');
  expect(await run(page, 'String(window.userlikeTrackingEvent)')).toContain('siteCalls.push');
  await run(page, `${fake}.track('chat_started')`);
  expect(await run(page, 'window.siteCalls.length')).toBe(SESSION_NAMES.length + 2);
  expect((await userlikePushes(page)).length).toBe(SESSION.length);
});

test("without a site function chatwire still listens, and the contexts' personal data never reaches the dataLayer", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/userlike.js');
  await messengerLoaded(page);
  await session(page);
  await expect.poll(async () => (await userlikePushes(page)).length).toBe(SESSION.length + 1);
  const text = await dataLayerText(page);
  for (const secret of ['Jane Doe', 'jane.doe@', 'a1b2c3d4e5f6', '9001']) expect(text).not.toContain(secret);
});

test('malformed event names and contexts are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/userlike.js');
  await messengerLoaded(page);
  await run(page, `(() => { const f = ${fake};
    for (const name of [null, 123, {}, [], '__proto__', 'constructor', 'toString', 'hasOwnProperty', '']) f.emit(name, null, null);
    f.emit(); f.emit('chat_started', { $cycle: 1 }, 'x'); f.emit('chat_window_maximized', null); })()`);
  await expect.poll(async () => (await userlikePushes(page)).map((push) => push.event)).toEqual(['chat_shown', 'chat_started', 'chat_opened']);
});
