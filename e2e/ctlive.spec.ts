import { type Page } from '@playwright/test';
import { FOREIGN_ORIGIN, PAGE, RUNTIME, chat, expect, foreignFrame, loadScript, pushes, run, test, type Push } from './helpers';

// CONTRACT §7, ctlive — written out independently of the adapter's table.
const ACTION: Record<string, string> = {
  Loaded: 'loaded',
  WidgetShown: 'shown',
  WidgetHidden: 'hidden',
  WidgetClicked: 'opened',
  ChatStarted: 'started',
  ChatOnline: 'agent_joined',
  ChatFinished: 'ended',
  DatacollectionStarted: 'form_started',
  DatacollectionSubmitted: 'form_submitted',
  SurveyStarted: 'survey_started',
  SurveySubmitted: 'survey_submitted',
};
const CHANNEL: Record<string, string> = { Chat: 'chat', CallbackNow: 'callback', CallbackLater: 'callback', ClickToCall: 'call' };

interface Message {
  type: string;
  object: Record<string, any>;
}

const expected = ({ type, object }: Message): Push => ({
  event: `chat_${ACTION[type]}`,
  chat: chat({
    vendor: 'ctlive',
    action: ACTION[type],
    vendor_event: type,
    channel: CHANNEL[object.type] ?? null,
    widget_id: object.widgetID ?? null,
    visitor_id: object.userID ?? null,
    conversation_id: object.chatID ?? null,
    label: object.type ?? null,
    timestamp: expect.any(Number),
  }),
});

const sent = (page: Page): Promise<Message[]> => run(page, 'window.fakeCTLive.sent');

/** Drives every event type the library posts. */
const everything = (page: Page) =>
  run(
    page,
    `(() => { const c = window.fakeCTLive;
    c.click('w-77'); c.click('w-78'); c.startChat(); c.online(); c.survey(false); c.survey(true); c.finish();
    c.dataCollection(false); c.dataCollection(true); c.hide('w-77'); })()`,
  );

test('load order 1, runtime first: every event type, with channel and label from the widget type', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ctlive.js');
  await everything(page);
  const all = await sent(page);
  expect(new Set(all.map((m) => m.type))).toEqual(new Set(Object.keys(ACTION)));
  await expect.poll(() => pushes(page)).toEqual(all.map(expected));
  const clicks = (await pushes(page)).filter((push) => push.chat.action === 'opened');
  expect(clicks.map((push) => [push.chat.channel, push.chat.label])).toEqual([
    ['chat', 'Chat'],
    ['callback', 'CallbackLater'],
  ]);
});

test('every widget type gives its channel (Chat, CallbackNow, CallbackLater, ClickToCall)', async ({ page }) => {
  await page.goto(PAGE);
  await run(
    page,
    `window.fakeCTLiveOptions = { widgets: [
    { elementID: 'a', widgetID: 'w-1', type: 'Chat' }, { elementID: 'b', widgetID: 'w-2', type: 'CallbackNow' },
    { elementID: 'c', widgetID: 'w-3', type: 'CallbackLater' }, { elementID: 'd', widgetID: 'w-4', type: 'ClickToCall' }] }`,
  );
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ctlive.js');
  await run(page, "['w-1', 'w-2', 'w-3', 'w-4'].forEach((id) => window.fakeCTLive.click(id))");
  await expect
    .poll(async () => (await pushes(page)).filter((push) => push.chat.action === 'opened').map((push) => push.chat.channel))
    .toEqual(['chat', 'callback', 'callback', 'call']);
});

test('load order 3, library fully loaded, runtime later (GTM): what it posted before chatwire is gone, everything after is pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/ctlive.js');
  await loadScript(page, RUNTIME);
  const before = (await sent(page)).length;
  await everything(page);
  const after = (await sent(page)).slice(before);
  await expect.poll(() => pushes(page)).toEqual(after.map(expected));
});

test('load order 2, library script tag first, runtime, then the library arrives: everything from Loaded on is pushed', async ({ page }) => {
  // CTLive has no stub or queue: the nearest to order 2 is its script element added before chatwire, arriving after it.
  await page.goto(PAGE);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/fixtures/ctlive.js', async (route) => {
    await held;
    await route.continue();
  });
  const library = loadScript(page, '/fixtures/ctlive.js');
  await loadScript(page, RUNTIME);
  release();
  await library;
  await everything(page);
  const all = await sent(page);
  expect(all[0].type).toBe('Loaded');
  await expect.poll(() => pushes(page)).toEqual(all.map(expected));
});

test('messages posted as JSON strings count the same', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeCTLiveOptions = { asString: true }');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ctlive.js');
  await everything(page);
  const all = await sent(page);
  await expect.poll(() => pushes(page)).toEqual(all.map(expected));
});

test('malformed and foreign postMessages are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await page.evaluate(() => {
    const junk: unknown[] = [
      'hello',
      '{not json',
      '42',
      'null',
      '[]',
      42,
      null,
      undefined,
      [],
      {},
      true,
      { name: 'OtherLib', type: 'Loaded', object: { widgetID: 'x' } },
      JSON.stringify({ name: 'OtherLib', type: 'Loaded' }),
      { name: 'CTLiveEvent', type: 'NotAnEvent', object: {} },
      { name: 'CTLiveEvent', type: '__proto__', object: {} },
      { name: 'CTLiveEvent', type: 'toString', object: {} },
      { name: 'CTLiveEvent', type: 'WidgetClicked', object: { type: 'constructor', widgetID: { x: 1 } } },
      { name: 'CTLiveEvent', type: 'Loaded' },
    ];
    junk.forEach((data) => window.postMessage(data, '*'));
    window.postMessage({ name: 'CTLiveEvent', type: 'ChatFinished', object: { chatID: 'last' } }, '*');
  });
  // The last, valid message marks the end of the queue.
  await expect.poll(async () => (await pushes(page)).at(-1)?.chat.conversation_id).toBe('last');
  expect((await pushes(page)).map((push) => [push.chat.vendor_event, push.chat.channel, push.chat.label, push.chat.widget_id])).toEqual([
    ['WidgetClicked', null, 'constructor', null],
    ['Loaded', null, null, null],
    ['ChatFinished', null, null, null],
  ]);
});

test.describe('origin policy', () => {
  // The page is served as 127.0.0.1; the frame as localhost: another origin (same server, E2E_PORT).
  const frame = (page: Page) => foreignFrame(page, '/fixtures/ctlive-frame.html', () => !!(window as any).fakeCTLive);

  test('messages from a foreign origin are refused by default', async ({ page }) => {
    await page.goto(PAGE);
    await loadScript(page, RUNTIME);
    const child = await frame(page);
    await child.evaluate(() => (window as any).fakeCTLive.click('w-77'));
    // A same-origin message afterwards proves the foreign ones were handled (and refused), not merely slow.
    await page.evaluate(() => window.postMessage({ name: 'CTLiveEvent', type: 'ChatStarted', object: { chatID: 'own' } }, '*'));
    await expect.poll(async () => (await pushes(page)).map((push) => push.chat.conversation_id)).toEqual(['own']);
  });

  test('an origin listed in allowedOrigins is accepted', async ({ page }) => {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { allowedOrigins: ['${FOREIGN_ORIGIN}'] }`);
    await loadScript(page, RUNTIME);
    const child = await frame(page);
    await child.evaluate(() => (window as any).fakeCTLive.click('w-77'));
    const messages: Message[] = await child.evaluate(() => (window as any).fakeCTLive.sent);
    await expect.poll(() => pushes(page)).toEqual(messages.map(expected));
    expect(messages.map((m) => m.type)).toEqual(['Loaded', 'WidgetShown', 'WidgetShown', 'WidgetClicked']);
  });

  // CONTRACT §3: allowedOrigins are "extra origins"; the page's own origin is always accepted. An entry is an exact
  // origin: near misses of the frame's origin (a prefix, no port, another case, a trailing slash, a wildcard) let nothing in.
  test("with allowedOrigins set, the page's own origin is still accepted, and only an exact origin lets a frame in", async ({ page }) => {
    const nearMisses = [FOREIGN_ORIGIN.slice(0, -1), FOREIGN_ORIGIN.replace(/:\d+$/, ''), FOREIGN_ORIGIN.toUpperCase(), `${FOREIGN_ORIGIN}/`, '*', 'null'];
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { allowedOrigins: ${JSON.stringify(nearMisses)} }`);
    await loadScript(page, RUNTIME);
    const child = await frame(page);
    await child.evaluate(() => (window as any).fakeCTLive.click('w-77'));
    await page.evaluate(() => window.postMessage({ name: 'CTLiveEvent', type: 'ChatStarted', object: { chatID: 'own' } }, '*'));
    await expect.poll(async () => (await pushes(page)).map((push) => push.chat.conversation_id)).toEqual(['own']);
  });
});

test('whatever else a message object carries never reaches the dataLayer', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/ctlive.js');
  // Data collection and survey payloads are undocumented: a build may well include the answers.
  await run(
    page,
    `window.fakeCTLive.post('DatacollectionSubmitted', { widgetID: 'w-77', userID: 'u-5',
    name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+1 415 555 0100', fields: { comment: 'my card ends 4242' } })`,
  );
  await run(page, `window.fakeCTLive.post('SurveySubmitted', { widgetID: 'w-77', userID: 'u-5', answers: ['Jane was great'] })`);
  await expect
    .poll(async () => (await pushes(page)).map((push) => push.event))
    .toEqual(['chat_loaded', 'chat_shown', 'chat_shown', 'chat_form_submitted', 'chat_survey_submitted']);
  const text = JSON.stringify(await pushes(page));
  for (const secret of ['Jane', 'jane.doe', '+1 415', '415 555', 'ends 4242']) expect(text).not.toContain(secret);
});
