import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, type Push } from './helpers';

// CONTRACT §7, customerly — [fake control, callback, action, fields], written out independently of the adapter.
const ROWS: [string, string, string, Record<string, unknown>][] = [
  ['openChat()', 'onChatOpened', 'opened', {}],
  ['newConversation()', 'onNewConversation', 'started', {}],
  ['lead()', 'onLeadGenerated', 'lead', { lead_type: 'email' }],
  ['askQuestion()', 'onProfilingQuestionAsked', 'question_shown', { label: 'company_size' }],
  ['answerQuestion()', 'onProfilingQuestionAnswered', 'question_answered', { label: 'company_size' }],
  ['videoAnswered()', 'onRealtimeVideoAnswered', 'video_answered', { channel: 'video' }],
  ['videoRejected()', 'onRealtimeVideoRejected', 'video_rejected', { channel: 'video' }],
  ['openArticle()', 'onHelpCenterArticleOpened', 'article_opened', { label: 'Refund policy' }],
  ['trigger()', 'onTriggerFired', 'shown', { widget_id: '4242' }],
  ['closeChat()', 'onChatClosed', 'closed', {}],
];

const expected = ([, callback, action, fields]: (typeof ROWS)[number]): Push => ({
  event: `chat_${action}`,
  chat: chat({ vendor: 'customerly', action, vendor_event: callback, channel: 'chat', timestamp: expect.any(Number), ...fields }),
});

/** The site's own callbacks, in both styles, recording exactly what they receive. */
const SITE_SETTINGS = `{
  app_id: 'cafe1234',
  callbacks: {
    onLeadGenerated: function (email) { window.siteCalls.push(['settings.onLeadGenerated', email]); },
    onProfilingQuestionAnswered: function (attribute, value) { window.siteCalls.push(['settings.onProfilingQuestionAnswered', attribute, value]); },
  },
}`;
const SITE_PROPERTY = `window.customerly.onChatOpened = function () { window.siteCalls.push(['property.onChatOpened', arguments.length, this === window.customerly]); }`;

/** The launcher's onMessengerInitialized, pushed when chatwire was there before it. */
const LOADED: (typeof ROWS)[number] = ['', 'onMessengerInitialized', 'loaded', {}];

/** Drives every row; `loaded` says whether chatwire was in before the messenger initialized. */
async function everyRow(page: Page, loaded: boolean): Promise<void> {
  for (const row of ROWS) await run(page, `window.fakeCustomerly.${row[0]}`);
  await expect.poll(() => pushes(page)).toEqual((loaded ? [LOADED, ...ROWS] : ROWS).map(expected));
}

const siteCallsAfterRows = [
  ['property.onChatOpened', 0, true],
  ['settings.onLeadGenerated', 'Jane.Doe@Example.com'],
  ['settings.onProfilingQuestionAnswered', 'company_size', 'Jane Doe Consulting, 12 people'],
];

/** Load order 1: the runtime, the snippet, load(), the launcher; `then` runs with the site's property callbacks. */
async function runtimeFirst(page: Page, then = ''): Promise<void> {
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/customerly-snippet.js');
  await run(page, `window.customerly.load(${SITE_SETTINGS})`);
  await page.waitForFunction(() => (window as any).fakeCustomerly);
  await run(page, SITE_PROPERTY + then);
  await everyRow(page, true);
  expect(await run(page, 'window.siteCalls')).toEqual(siteCallsAfterRows);
}

test('load order 1, runtime before the snippet: callbacks added to the settings of load(), loaded pushed', async ({ page }) => {
  await runtimeFirst(page);
});

test('load order 2, snippet and load() first, runtime before the launcher arrived: loaded pushed', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []');
  // Hold the launcher back until the runtime is in.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/fixtures/customerly.js', async (route) => {
    await held;
    await route.continue();
  });
  await loadScript(page, '/fixtures/customerly-snippet.js');
  await run(page, `window.customerly.load(${SITE_SETTINGS}); ${SITE_PROPERTY}`);
  await loadScript(page, RUNTIME);
  release();
  await page.waitForFunction(() => (window as any).fakeCustomerly);
  await everyRow(page, true);
  expect(await run(page, 'window.siteCalls')).toEqual(siteCallsAfterRows);
});

test('load order 3, widget fully loaded, runtime later (GTM): settings and property callbacks chained, each event pushed once, loaded missed', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []');
  await loadScript(page, '/fixtures/customerly-snippet.js');
  await run(page, `window.customerly.load(${SITE_SETTINGS}); ${SITE_PROPERTY}`);
  await page.waitForFunction(() => (window as any).fakeCustomerly);
  await loadScript(page, RUNTIME);
  await everyRow(page, false);
  expect(await run(page, 'window.siteCalls')).toEqual(siteCallsAfterRows);
});

test('a page without queueMicrotask: each event through both slots still pushed once (a timer ends the run), the site callbacks run once', async ({ page }) => {
  await runtimeFirst(page, '; window.queueMicrotask = undefined');
});

test('a site callback assigned after chatwire attached still runs once, and stop() hands the slots back', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.siteCalls = []');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/customerly-snippet.js');
  await run(page, 'window.customerly.load({ app_id: "cafe1234" })');
  await page.waitForFunction(() => (window as any).fakeCustomerly);
  await run(page, `${SITE_PROPERTY}; window.customerly.settings.callbacks.onChatClosed = function () { window.siteCalls.push(['settings.onChatClosed']); }`);
  await run(page, 'window.fakeCustomerly.openChat(), window.fakeCustomerly.closeChat()');
  await expect.poll(async () => (await pushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_opened', 'chat_closed']);
  expect(await run(page, 'window.siteCalls')).toEqual([['property.onChatOpened', 0, true], ['settings.onChatClosed']]);
  await run(page, 'window.chatwire.stop()');
  // The site's own functions are back in their slots, untouched.
  expect(await run(page, "Object.getOwnPropertyDescriptor(window.customerly, 'onChatOpened').value.toString()")).toContain('property.onChatOpened');
  await run(page, 'window.fakeCustomerly.openChat(), window.fakeCustomerly.closeChat()');
  expect(await run(page, 'window.siteCalls.length')).toBe(4);
  expect((await pushes(page)).length).toBe(3);
});

test('privacy: the lead email is redacted by default, hashed or included on request; answers and messages never', async ({ page }) => {
  const hex = (text: string) => createHash('sha256').update(text).digest('hex');
  const leadPush = async (pii: string) => {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/customerly-snippet.js');
    await run(page, 'window.customerly.load({ app_id: "cafe1234" })');
    await page.waitForFunction(() => (window as any).fakeCustomerly);
    await run(
      page,
      'window.fakeCustomerly.newConversation(), window.fakeCustomerly.lead("  Jane.Doe@Example.com "), window.fakeCustomerly.answerQuestion(), window.fakeCustomerly.openArticle()',
    );
    await expect.poll(async () => (await pushes(page)).length).toBe(5);
    const text = await dataLayerText(page);
    for (const secret of ['Jane Doe', '+1 415', '415 555', 'invoice', 'help@example.com', 'Consulting']) expect(text, pii).not.toContain(secret);
    return (await pushes(page))[2].chat;
  };
  const redacted = await leadPush('redact');
  expect([redacted.lead_type, redacted.email, redacted.email_sha256]).toEqual(['email', null, null]);
  expect(await dataLayerText(page)).not.toMatch(/jane/i);
  const hashed = await leadPush('hash');
  expect([hashed.lead_type, hashed.email, hashed.email_sha256, hashed.phone_sha256]).toEqual(['email', null, hex('jane.doe@example.com'), null]);
  expect(await dataLayerText(page)).not.toMatch(/jane/i);
  const included = await leadPush('include');
  expect([included.lead_type, included.email, included.email_sha256]).toEqual(['email', 'Jane.Doe@Example.com', null]);
});
