import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Userlike's documented tracking events → actions, written out independently of the adapter's table.
// The ids come from the contexts (keys public listeners read; the fake's values).
const IDS = { widget_id: '4242', visitor_id: 'c-0f1e2d', agent_id: '12', conversation_id: '9001', session_id: 's-77' };
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = IDS) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'userlike', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.userlike';
const userlikePushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'userlike');
const messengerLoaded = (page: Page) => page.waitForFunction(() => (window as any).chatwireFakes?.userlike?.loaded === true);
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);

const SHOWN = expected('button_displayed', 'shown');
const SESSION = [
  expected('chat_window_maximized', 'opened'),
  // chat_requested (the system opened a new conversation: no agent asked for) pushes nothing.
  expected('pre_survey_show', 'form_started'),
  expected('pre_survey_submit', 'form_submitted'),
  expected('group_select_show', 'question_shown', { ...IDS, label: 'group_select' }),
  expected('group_select_submit', 'question_answered', { ...IDS, label: 'group_select' }),
  // chat_connected (a server connection) and chat_started (also on continuing) push nothing.
  expected('contact_first_message', 'started'),
  expected('message_operator_terminating', 'message_sent'),
  expected('message_client_terminating', 'message_received'),
  expected('feedback_rating_show', 'survey_started'),
  expected('rating_submit', 'rating_submitted'),
  expected('feedback_submit', 'survey_submitted'),
  expected('post_survey_show', 'survey_started'),
  expected('post_survey_submit', 'survey_submitted'),
  expected('error_message', 'error'),
  expected('chat_window_minimized', 'closed'),
];
const SESSION_NAMES = [
  'chat_window_maximized',
  'chat_requested',
  'pre_survey_show',
  'pre_survey_submit',
  'group_select_show',
  'group_select_submit',
  'chat_connected',
  'chat_started',
  'contact_first_message',
  'message_operator_terminating',
  'message_client_terminating',
  'feedback_rating_show',
  'rating_submit',
  'feedback_submit',
  'post_survey_show',
  'post_survey_submit',
  'error_message',
  'chat_window_minimized',
];
/** The site's own function records exactly what it receives. */
const siteCall = (name: string) => [name, 'a1b2c3d4e5f6', 9001, 3, true];
const RECORD = `siteCalls.push([name, g.widget_key, s.chat_id, arguments.length, this === window])`;
/** Whether chatwire's wrapper holds the slot again (the site's function source is not what `window` shows). */
const wrapped = (page: Page) => page.waitForFunction(() => !String((window as any).userlikeTrackingEvent).includes('siteCalls.push'));

test('runtime first: the site assigns its function afterwards, as the docs do; both run once per event', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `window.siteCalls = []; userlikeTrackingEvent = function (name, g, s) { ${RECORD}; }`);
  await loadScript(page, '/fixtures/userlike.js');
  await messengerLoaded(page);
  await session(page);
  await run(page, `${fake}.track('disclaimer_ok'); ${fake}.track('proactive_timer'); ${fake}.track('chat_window_minimzed')`);
  // Older messengers spell the minimize event `chat_window_minimzed`.
  await expect.poll(() => userlikePushes(page)).toEqual([SHOWN, ...SESSION, expected('chat_window_minimzed', 'closed')]);
  expect(await run(page, 'window.siteCalls')).toEqual(['button_displayed', ...SESSION_NAMES, 'disclaimer_ok', 'proactive_timer', 'chat_window_minimzed'].map(siteCall));
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
  for (const secret of ['Jane Doe', 'jane.doe@', 'a1b2c3d4e5f6']) expect(text).not.toContain(secret);
});

test('malformed event names and contexts are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/userlike.js');
  await messengerLoaded(page);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const name of [null, 123, {}, [], '__proto__', 'constructor', 'toString', 'hasOwnProperty', '']) f.emit(name, null, null);
    f.emit(); f.emit('contact_first_message', { widget_id: { $cycle: 1 } }, 'x'); f.emit('chat_window_maximized', null); })()`,
  );
  await expect.poll(async () => (await userlikePushes(page)).map((push) => push.event)).toEqual(['chat_shown', 'chat_started', 'chat_opened']);
});

test("a function the site declares in a page script AFTER chatwire attached (issue 10.5): chatwire keeps listening, the site's runs once", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/userlike.js');
  await messengerLoaded(page);
  // The declaration replaces chatwire's wrapper with a non-configurable property of its own.
  await page.addScriptTag({ content: `window.siteCalls = []; function userlikeTrackingEvent(name, g, s) { ${RECORD}; }` });
  expect(await run(page, "Object.getOwnPropertyDescriptor(window, 'userlikeTrackingEvent').configurable")).toBe(false);
  // chatwire re-checks its slot on the next script load or its short timer tail, and wraps the site's function.
  await wrapped(page);
  await session(page);
  await expect.poll(() => userlikePushes(page)).toEqual([SHOWN, ...SESSION]);
  expect(await run(page, 'window.siteCalls')).toEqual(SESSION_NAMES.map(siteCall));

  // The site then assigns another function to its declared global: wrapped again; a site function
  // calling the previous one it read does not make chatwire push twice.
  await run(
    page,
    `(() => { const previous = window.userlikeTrackingEvent;
    window.userlikeTrackingEvent = function (name, g, s) { siteCalls.push(['second', name]); return previous.apply(this, arguments); }; })()`,
  );
  await loadScript(page, '/fixtures/harness.js');
  await wrapped(page);
  await run(page, `siteCalls.length = 0; ${fake}.track('chat_window_maximized')`);
  expect(await run(page, 'window.siteCalls')).toEqual([['second', 'chat_window_maximized'], siteCall('chat_window_maximized')]);
  await expect.poll(async () => (await userlikePushes(page)).length).toBe(SESSION.length + 2);
  expect((await userlikePushes(page)).at(-1)).toEqual(expected('chat_window_maximized', 'opened'));
});
