import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// RingCentral Engage Messaging's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'ringcentral_engage', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.ringcentral_engage';
const rcPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'ringcentral_engage');

/** `started`, heard, or read from `_chatq` being the manager's when chatwire comes later. */
const LOADED = expected('started', 'loaded');
const BUTTON = expected('button_shown', 'shown', { widget_id: '55a7d1986d6178585b000002', widget_name: 'Default floating button - dark', widget_type: 'button' });
/** The demo's session: open, the visitor's first message (which engages the chat), the agent's, close. */
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);
const SESSION = [
  expected('chat_shown', 'opened'),
  expected('chat_engaged', 'started'),
  expected('message_sent', 'message_sent'),
  expected('message_received', 'message_received'),
  expected('chat_closed', 'closed'),
];

/** The site's own code, as the docs write it: a top-level `var _chatq` (a global chatwire cannot redefine) and a handler. */
const siteCode = (page: Page) =>
  page.addScriptTag({
    content: `var _chatq = _chatq || []; window.siteCalls = [];
      _chatq.push(['_onEvent', 'chat_engaged', function (data) { siteCalls.push(data.event); }]);`,
  });

for (const keep of [false, true]) {
  const reading = keep ? 'the manager keeps the array and replaces its push' : 'the manager replaces _chatq';
  for (const order of ['runtime, site code, chat', 'site code, runtime, chat', 'site code, chat, runtime']) {
    test(`${reading}; ${order}: each event pushed once, the site's handler runs once`, async ({ page }) => {
      await page.goto(PAGE);
      await run(page, `window.fakeRingCentralOptions = { manual: true, keep: ${keep} }`);
      if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
      await siteCode(page);
      if (order.startsWith('site code, runtime')) await loadScript(page, RUNTIME);
      await loadScript(page, '/fixtures/ringcentral_engage.js');
      if (!order.endsWith('runtime')) {
        // chatwire's eight `_onEvent`s wait in the snippet's array beside the site's one.
        await expect.poll(() => run(page, 'window._chatq.length')).toBe(9);
      }
      await run(page, `${fake}.load()`);
      // The GTM order: the chat manager started and showed its button before chatwire came.
      if (order.endsWith('runtime')) await loadScript(page, RUNTIME);
      await session(page);
      // The button was shown before chatwire in the GTM order.
      await expect.poll(() => rcPushes(page)).toEqual(order.endsWith('runtime') ? [LOADED, ...SESSION] : [LOADED, BUTTON, ...SESSION]);
      expect(await run(page, 'window.siteCalls')).toEqual(['chat_engaged']);
      // One chatwire handler per event: the manager took the queue over, chatwire did not subscribe again.
      expect(await run(page, `${fake}.handlers.chat_closed.length`)).toBe(1);
      expect(await run(page, `${fake}.handlers.chat_engaged.length`)).toBe(2);
    });
  }
}

test('no _chatq on the page (the minimal integration): chatwire attaches once the manager creates it', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeRingCentralOptions = { manual: true }');
  await loadScript(page, '/fixtures/ringcentral_engage.js');
  expect(await run(page, 'typeof window._chatq')).toBe('undefined');
  await run(page, `${fake}.load()`);
  // The manager's `started` and first button came before a check could see the new `_chatq`.
  await expect.poll(() => rcPushes(page)).toEqual([LOADED]);
  await session(page);
  await expect.poll(() => rcPushes(page)).toEqual([LOADED, ...SESSION]);
});

test('a chat reopening itself after a page change is no opening; _pageChange shows the button again', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ringcentral_engage.js');
  await expect.poll(() => rcPushes(page)).toEqual([LOADED]);
  await run(page, `${fake}.open(true)`);
  await run(page, `${fake}.invite(); _chatq.push(['_pageChange'])`);
  await expect
    .poll(() => rcPushes(page))
    .toEqual([LOADED, expected('invitation_shown', 'shown', { widget_id: '55a7d1986d6178585b000003', widget_name: 'Pricing invitation', widget_type: 'invitation' }), BUTTON]);
});

test('stop() silences chatwire and start() takes the same manager on again: nothing pushed twice, no second loaded', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/ringcentral_engage.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await loadScript(page, RUNTIME);
  await expect.poll(() => rcPushes(page)).toEqual([LOADED]);
  await run(page, 'chatwire.stop()');
  await session(page);
  await run(page, 'chatwire.start()');
  await session(page);
  await expect.poll(() => rcPushes(page)).toEqual([LOADED, ...SESSION]);
});

test('malformed event data and unknown events are ignored; no message, identity or trigger text with personal data leaks', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  await run(page, `chatwire.start({ debug: true })`);
  await page.addScriptTag({
    content: `var _chatq = _chatq || [];
      _chatq.push(['_setIdentity', { firstname: 'Jane', lastname: 'Doe', email: 'jane.doe@example.com', uuid: 'u-1' }]);`,
  });
  await loadScript(page, '/fixtures/ringcentral_engage.js');
  await expect.poll(() => rcPushes(page)).toEqual([LOADED, BUTTON]);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [undefined, null, 'Jane Doe, +1 415 555 0100', 42, [], { item_id: {}, item_label: 'Call Jane on +1 415 555 0100 or jane.doe@example.com' }])
      f.emit('button_shown', raw);
    f.emit('chat_shown', { trigger_continuation: true }); f.emit('chat_shown', { trigger_continuation: 'yes' });
    f.emit('trigger_executed', { mode: 'online' }); f.emit('item_shown', {}); })()`,
  );
  await expect.poll(async () => (await rcPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', ...Array(7).fill('chat_shown'), 'chat_opened']);
  const labels = (await rcPushes(page)).map((push) => [push.chat.widget_id, push.chat.widget_name]);
  expect(labels.at(-2)).toEqual([null, 'Call Jane on [redacted] or [redacted]']);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane Doe', '+1 415', 'u-1']) expect(text).not.toContain(secret);
  // Debug names what it skipped: the continuation (item_shown and trigger_executed have no handler of chatwire's).
  expect(lines).toContain('[chatwire] ringcentral_engage chat_shown (continuation)');
  expect(lines.filter((line) => /item_shown|trigger_executed/.test(line))).toEqual([]);
});
