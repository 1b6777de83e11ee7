import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// Drift's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'drift', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.drift';
const driftPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'drift');
const emit = (page: Page, name: string, payload: unknown) => run(page, `${fake}.emit(${JSON.stringify(name)}, ${JSON.stringify(payload)})`);

const agent = { id: 101, name: 'Sam Support' };
/** [event, payload, action, fields]: every mapped Drift event. */
const ROWS: [string, unknown, string, Record<string, unknown>][] = [
  ['chatOpen', undefined, 'opened', {}],
  ['chatClose', undefined, 'closed', {}],
  ['welcomeMessage:open', { data: { widgetVisible: true } }, 'shown', {}],
  ['welcomeMessage:close', {}, 'hidden', {}],
  ['awayMessage:open', {}, 'shown', {}],
  ['awayMessage:close', {}, 'hidden', {}],
  ['campaign:open', { campaignId: 321, data: { widgetVisible: true, isOnline: true } }, 'shown', { widget_id: '321' }],
  ['campaign:dismiss', { campaignId: 321 }, 'hidden', { widget_id: '321' }],
  ['campaign:click', { campaignId: 321 }, 'opened', { widget_id: '321' }],
  ['campaign:submit', { campaignId: 321 }, 'form_submitted', { widget_id: '321' }],
  ['sliderMessage:close', { botMessage: true, campaignId: 322 }, 'hidden', { widget_id: '322' }],
  ['conversation:playbookFired', { conversationId: 9, playbookId: 55, campaignId: 323 }, 'shown', { conversation_id: '9', widget_id: '323' }],
  // A playbook without a campaign: the playbook (bot flow) is the widget.
  ['conversation:playbookFired', { conversationId: 10, playbookId: 56 }, 'shown', { conversation_id: '10', widget_id: '56' }],
  ['conversation:playbookClicked', { conversationId: 9, campaignId: 323 }, 'opened', { conversation_id: '9', widget_id: '323' }],
  ['conversation:playbookDismissed', { conversationId: 9, campaignId: 323 }, 'hidden', { conversation_id: '9', widget_id: '323' }],
  ['startConversation', { conversationId: 4711, inboxId: 7 }, 'started', { conversation_id: '4711' }],
  ['message:sent', { conversationId: 4711 }, 'message_sent', { conversation_id: '4711' }],
  ['message', { conversationId: 4711, teamMember: agent }, 'message_received', { conversation_id: '4711', agent_id: '101', agent_name: 'Sam Support' }],
  ['conversation:buttonClicked', { conversationId: 4711, buttonBody: 'Book a demo' }, 'question_answered', { conversation_id: '4711', label: 'Book a demo' }],
  ['emailCapture', { data: { email: 'jane.doe@example.com', conversationId: 4711 } }, 'lead', { conversation_id: '4711', lead_type: 'email' }],
  ['emailCapture', { email: 'jane.doe@example.com', conversationId: 4711 }, 'lead', { conversation_id: '4711', lead_type: 'email' }],
  ['phoneCapture', { phone: '+1 415 555 0100', conversationId: 4711 }, 'lead', { conversation_id: '4711', lead_type: 'phone' }],
  [
    'scheduling:meetingBooked',
    { conversationId: 4711, teamMember: agent, meeting: { time: 1, duration: 30, timeZone: 'UTC' } },
    'meeting_booked',
    { conversation_id: '4711', agent_id: '101', agent_name: 'Sam Support' },
  ],
];

async function everyRow(page: Page): Promise<void> {
  for (const [name, payload] of ROWS) await emit(page, name, payload);
}
const EVERY_ROW = ROWS.map(([name, , action, fields]) => expected(name, action, fields));

/** The snippet's own properties (its array holds the queued calls): the documented method stubs and helpers. */
const SNIPPET_KEYS = ['SNIPPET_VERSION', 'config', 'debug', 'factory', 'hide', 'identify', 'invoked', 'load', 'methods', 'off', 'on', 'page', 'ping', 'reset', 'show', 'track'];

for (const order of ['runtime first, then the snippet array', 'snippet array first, then chatwire']) {
  // Drift does not document whether its script replaces the snippet's array or adds its API to it: both are tested.
  for (const extend of [false, true]) {
    test(`${order}, then the widget (${extend ? 'adding its API to' : 'replacing'} the array): subscriptions replayed by the widget, each event pushed once`, async ({ page }) => {
      const attachLines = attachLog(page, 'drift');
      await page.goto(PAGE);
      await run(page, `window.fakeDriftOptions = { manual: true, extend: ${extend} }; window.chatwireConfig = { debug: true }`);
      if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
      await loadScript(page, '/fixtures/drift.js');
      expect(await run(page, 'Array.isArray(drift) && drift === driftt && Object.keys(drift).filter((key) => isNaN(key)).sort()')).toEqual(SNIPPET_KEYS);
      if (!order.startsWith('runtime')) await loadScript(page, RUNTIME);
      // chatwire subscribed through the stub: its ['on', name, fn] calls wait in the array.
      await expect.poll(() => run(page, `window.drift.filter((call) => call[0] === 'on').length`)).toBeGreaterThan(10);
      await run(page, `${fake}.load()`);
      expect(await run(page, 'Array.isArray(drift)')).toBe(extend);
      await everyRow(page);
      await expect.poll(() => driftPushes(page)).toEqual([expected('ready', 'loaded'), ...EVERY_ROW]);
      // One listener per name: the real API was taken over, not subscribed to again; nothing failed on the stub.
      expect(await run(page, `Object.values(${fake}.listeners).every((list) => list.length === 1)`)).toBe(true);
      expect(attachLines()).toEqual(['[chatwire] drift attached']);
    });
  }
}

test('events skipped by definition push nothing: first interaction (startConversation is the start), meeting request, GDPR consent', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/drift.js');
  await loadScript(page, RUNTIME);
  await expect.poll(() => driftPushes(page)).toEqual([expected('ready', 'loaded')]);
  await emit(page, 'conversation:firstInteraction', { conversationId: 4711, playbookId: 55 });
  await emit(page, 'scheduling:requestMeeting', { teamMember: agent });
  await emit(page, 'gdprClicked', { accepted: true });
  await emit(page, 'chatClose', {});
  await expect.poll(async () => (await driftPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_closed']);
});

test('widget loaded first, chatwire later (as GTM loads it): a ready widget is reported loaded once, and later events are pushed', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/drift.js');
  expect(await run(page, `${fake}.isReady()`)).toBe(true);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => driftPushes(page)).toEqual([expected('ready', 'loaded'), ...EVERY_ROW]);
  // chatwire did not wait for a ready that already happened.
  expect(await run(page, `(${fake}.listeners.ready || []).length`)).toBe(0);
});

test("the site's own listeners keep running, and stop() removes chatwire's with drift.off", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []; window.fakeDriftOptions = { manual: true }`);
  await loadScript(page, '/fixtures/drift.js');
  await run(page, `drift.on('chatOpen', function () { siteCalls.push('open'); }); drift.on('startConversation', function (e) { siteCalls.push(e.conversationId); })`);
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load()`);
  await emit(page, 'chatOpen', undefined);
  await emit(page, 'startConversation', { conversationId: 12 });
  await expect.poll(async () => (await driftPushes(page)).length).toBe(3);
  expect(await run(page, 'window.siteCalls')).toEqual(['open', 12]);
  await run(page, 'chatwire.stop()');
  expect(await run(page, `${fake}.listeners.chatOpen.length`)).toBe(1);
  await emit(page, 'chatOpen', undefined);
  expect(await run(page, 'window.siteCalls')).toEqual(['open', 12, 'open']);
  expect((await driftPushes(page)).length).toBe(3);
});

test('no email or phone in the dataLayer by default; hashes with pii: hash', async ({ page }) => {
  const sha = (value: string) => createHash('sha256').update(value).digest('hex');
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/drift.js');
  await run(page, `drift.identify('u-1', { email: 'jane.doe@example.com', name: 'Jane Doe' })`);
  await emit(page, 'emailCapture', { data: { email: ' Jane.Doe@Example.com ' } });
  await emit(page, 'phoneCapture', { phone: '+1 415 555 0100' });
  await emit(page, 'message:sent', { conversationId: 1, body: 'Jane Doe here, call +1 415 555 0100' });
  await expect.poll(async () => (await driftPushes(page)).length).toBe(4);
  const text = await dataLayerText(page);
  for (const secret of ['jane.doe@', 'Jane.Doe@', 'Jane Doe', '+1 415 555']) expect(text).not.toContain(secret);

  await run(page, `chatwire.start({ pii: 'hash' })`);
  await emit(page, 'emailCapture', { email: ' Jane.Doe@Example.com ' });
  await emit(page, 'phoneCapture', { phone: '+1 (415) 555-0100' });
  await expect
    .poll(async () => (await driftPushes(page)).slice(4).map((push) => [push.chat.email_sha256, push.chat.phone_sha256]))
    .toEqual([
      [sha('jane.doe@example.com'), null],
      [null, sha('+14155550100')],
    ]);
  for (const secret of ['jane.doe@', 'Jane.Doe@', '+1 415 555', '(415) 555']) expect(await dataLayerText(page)).not.toContain(secret);
});

test('unknown events and malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/drift.js');
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, 'x', 42, [], { conversationId: {} }, { teamMember: 'Sam' }, { data: null }]) f.emit('startConversation', raw);
    f.emit('conversation:selected', { conversationId: 1 }); f.emit('gdprClicked', { accepted: true }); f.emit('toString', {}); })()`,
  );
  await expect
    .poll(async () => (await driftPushes(page)).map((push) => [push.event, push.chat.conversation_id, push.chat.agent_name]))
    .toEqual([['chat_loaded', null, null], ...Array(7).fill(['chat_started', null, null])]);
});
