import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// HelpCrunch's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'helpcrunch', action, vendor_event, channel: 'chat' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.helpcrunch';
/** This vendor's pushes, without the core's derived ones (`chatwire:…`). */
const hcPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'helpcrunch' && !String(push.chat.vendor_event).startsWith('chatwire:'));

/** The demo's session through the widget's own commands: open, the visitor's message, the agent's, close. */
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);
const SESSION = [
  expected('onChatOpen', 'opened'),
  expected('onCustomerMessage', 'message_sent'),
  expected('onAgentMessage', 'message_received'),
  expected('onChatClose', 'closed'),
];
const LOADED = expected('onReady', 'loaded');

// The third order: a page carrying the widget code twice. Its second run assigns a fresh stub, whose queue lost the
// first one's (chatwire's subscriptions included): chatwire subscribes again through the new stub.
for (const order of ['runtime, snippet, widget', 'snippet, runtime, widget', 'snippet, runtime, snippet again, widget']) {
  test(`${order}: subscriptions queued in HelpCrunch.q are carried over, each event pushed once; the site's callback runs once`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, 'window.fakeHelpCrunchOptions = { manual: true }');
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/helpcrunch.js');
    // The documented widget code's stub: one function and its queue, nothing else.
    expect(await run(page, `[typeof HelpCrunch, Object.keys(HelpCrunch), Array.isArray(HelpCrunch.q)]`)).toEqual(['function', ['q'], true]);
    if (order.includes('again')) {
      await loadScript(page, RUNTIME);
      await expect.poll(() => run(page, 'window.HelpCrunch.q.length')).toBe(5);
      await run(page, `${fake}.snippet()`);
    }
    await run(page, `window.siteCalls = []; HelpCrunch('onChatOpen', function () { siteCalls.push('open'); })`);
    if (order == 'snippet, runtime, widget') await loadScript(page, RUNTIME);
    // The site's callback and chatwire's five wait in the queue.
    await expect.poll(() => run(page, 'window.HelpCrunch.q.length')).toBe(6);
    await run(page, `${fake}.load()`);
    await session(page);
    await expect.poll(() => hcPushes(page)).toEqual([LOADED, ...SESSION]);
    expect(await run(page, 'window.siteCalls')).toEqual(['open']);
    // One chatwire callback per event: the widget took the queue over, chatwire did not subscribe again.
    expect(await run(page, `${fake}.callbacks.onChatClose.length`)).toBe(1);
  });
}

test('widget loaded before chatwire: no loaded (onReady has passed), later events pushed; stop() silences chatwire', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/helpcrunch.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await loadScript(page, RUNTIME);
  await session(page);
  await expect.poll(() => hcPushes(page)).toEqual(SESSION);
  await run(page, 'chatwire.stop()');
  await session(page);
  expect(await hcPushes(page)).toEqual(SESSION);
});

test('message texts never reach the dataLayer; odd callback arguments are ignored', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/helpcrunch.js');
  await expect.poll(() => hcPushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, 'Jane Doe, +1 415 555 0100', 42, [], { text: {} }]) f.emit('onAgentMessage', raw);
    f.emit('onNewUnreadChat', { unreadChats: 2 }); f.emit('onSomethingElse'); })()`,
  );
  await expect.poll(async () => (await hcPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', ...Array(5).fill('chat_message_received')]);
  await session(page);
  await expect.poll(async () => (await hcPushes(page)).length).toBe(10);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane', '+1 415']) expect(text).not.toContain(secret);
});
