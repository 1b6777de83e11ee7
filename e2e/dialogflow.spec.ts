import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Dialogflow Messenger's events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'dialogflow', action, vendor_event, channel: 'chat' }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.dialogflow';
/** Dialogflow pushes, without the core's derived `chatwire:*` events. */
const dfPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'dialogflow' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, name: string, detail?: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${JSON.stringify(detail ?? null)})`);
const loaded = (page: Page) => page.waitForFunction(() => (window as any).chatwireFakes.dialogflow.loaded);

/** [event, detail, action]: every mapped event but the ready signal. */
const ROWS: [string, unknown, string][] = [
  ['df-chat-open-changed', { isOpen: true }, 'opened'],
  ['df-user-input-entered', { input: 'Hi, this is Jane Doe, jane.doe@example.com' }, 'message_sent'],
  ['df-response-received', { data: { messages: [{ type: 'text', text: 'Hello Jane' }] }, raw: {} }, 'message_received'],
  ['df-chip-clicked', { text: 'Opening hours' }, 'question_answered'],
  ['df-button-clicked', { text: 'Book' }, 'question_answered'],
  ['df-list-element-clicked', { title: 'Store A' }, 'question_answered'],
  ['df-messenger-error', { error: { message: 'Request failed for jane.doe@example.com' } }, 'error'],
  ['df-session-ended', null, 'ended'],
  ['df-session-expired', null, 'ended'],
  ['df-chat-open-changed', { isOpen: false }, 'closed'],
];
const everyRow = async (page: Page) => {
  for (const [name, detail] of ROWS) await emit(page, name, detail);
};
const EVERY_ROW = ROWS.map(([name, , action]) => expected(name, action));
const LOADED = expected('df-messenger-loaded', 'loaded');

test('runtime first, then the messenger: loaded and every event pushed once (requests are not)', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/dialogflow.js');
  await loaded(page);
  await everyRow(page);
  await emit(page, 'df-request-sent', { data: { requestBody: {} } });
  await expect.poll(() => dfPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('the messenger script first, then chatwire, then the agent dialog loading', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeDialogflowOptions = { manual: true }');
  await loadScript(page, '/fixtures/dialogflow.js');
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await loaded(page);
  await everyRow(page);
  await expect.poll(() => dfPushes(page)).toEqual([LOADED, ...EVERY_ROW]);
});

test('messenger loaded first, chatwire later: later events pushed once (no loaded: it has passed)', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/dialogflow.js');
  await loaded(page);
  await loadScript(page, RUNTIME);
  await run(page, 'chatwire.start({})');
  await everyRow(page);
  await expect.poll(() => dfPushes(page)).toEqual(EVERY_ROW);
});

test("the site's listeners keep running once; skipped events push nothing; stop() removes chatwire's", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; addEventListener('df-user-input-entered', (e) => siteCalls.push(e.detail.input))`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/dialogflow.js');
  await loaded(page);
  await emit(page, 'df-user-input-entered', { input: 'a' });
  for (const name of ['df-request-sent', 'df-info-card-clicked', 'df-accordion-clicked']) await emit(page, name, {});
  await expect.poll(async () => (await dfPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_message_sent']);
  await run(page, 'chatwire.stop()');
  await emit(page, 'df-user-input-entered', { input: 'b' });
  expect(await run(page, 'window.siteCalls')).toEqual(['a', 'b']);
  expect((await dfPushes(page)).length).toBe(2);
});

test('no personal data: inputs and responses never reach the dataLayer', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, `chatwire.start({ pii: 'include' })`);
  await loadScript(page, '/fixtures/dialogflow.js');
  await loaded(page);
  await everyRow(page);
  await expect.poll(async () => (await dfPushes(page)).length).toBe(ROWS.length + 1);
  for (const secret of ['jane.doe@', 'Jane Doe', 'Hello Jane', 'Store A']) expect(await dataLayerText(page)).not.toContain(secret);
});

test('malformed details are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeDialogflowOptions = { manual: true }');
  await loadScript(page, '/fixtures/dialogflow.js');
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, 'x', {}, { isOpen: 'yes' }, { isOpen: 1 }]) f.emit('df-chat-open-changed', raw);
    window.dispatchEvent(new Event('df-user-input-entered')); f.emit('df-response-received', 7); })()`,
  );
  await expect.poll(async () => (await dfPushes(page)).map((push) => push.event)).toEqual(['chat_message_sent', 'chat_message_received']);
});
