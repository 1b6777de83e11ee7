import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// Zendesk's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'zendesk', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });
const messaging = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) => expected(vendor_event, action, { channel: 'messaging', ...fields });
/** The fake's Messaging conversation, read from each conversation event's `payload.conversation.id` (unconfirmed shape). */
const CONVERSATION = { conversation_id: '6564a1f2c0d3e4b5a6978899' };

const fake = 'window.chatwireFakes.zendesk';
const zendeskPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'zendesk');

/** Every demo button: a classic chat from open to close, then Messaging. */
const session = (page: Page) => run(page, `(() => { const f = ${fake}; f.events.forEach(([, click]) => click()); })()`);

const SESSION = [
  expected('webWidget:open', 'opened'),
  expected('webWidget:chat:start', 'started'),
  expected('Chat Served by Operator', 'agent_joined', { agent_name: 'Sam Support' }),
  expected('webWidget:chat:unreadMessages', 'message_received', { label: '1' }),
  expected('Chat Rating Good', 'rating_submitted', { label: 'good' }),
  expected('webWidget:chat:end', 'ended'),
  expected('Help Center Article Viewed', 'article_opened', { label: 'Resetting your password' }),
  expected('webWidget:close', 'closed'),
  messaging('messenger:open', 'opened'),
  messaging('messenger:conversationStarted', 'started', CONVERSATION),
  messaging('messenger:conversationWithAgentRequested', 'agent_requested', CONVERSATION),
  messaging('messenger:conversationAgentAssigned', 'agent_joined', CONVERSATION),
  messaging('messenger:postbackButtonClicked', 'question_answered'),
  messaging('messenger:proactiveMessageDisplayed', 'shown'),
  messaging('messenger:close', 'closed'),
];
/** Classic's `loaded` where chatwire cannot tell the family: its chat connected. */
const LOADED = expected('webWidget:chat:connected', 'loaded');
/** Classic's `loaded` on a page that shows it runs Classic: chatwire found the widget's `zE` (Zendesk has no widget ready event). */
const LOADED_CLASSIC = expected('chatwire:attached', 'loaded');

/** How many callbacks the widget holds per subscription key. */
const counts = (page: Page) => run<Record<string, number>>(page, `Object.fromEntries(Object.entries(${fake}.listeners).map(([k, v]) => [k, v.length]))`);

/** The three load orders (COMMON): chatwire first; the snippet's queue, chatwire, the widget; the widget loaded, chatwire later. */
const ORDERS: Record<string, (page: Page) => Promise<void>> = {
  'chatwire first, then the snippet and the widget': async (page) => {
    await loadScript(page, RUNTIME);
    await run(page, 'window.fakeZendeskOptions = { manual: true }');
    await loadScript(page, '/fixtures/zendesk.js');
    await loadScript(page, '/fixtures/zendesk-widget.js');
  },
  "snippet's queueing zE first, chatwire, then the widget": async (page) => {
    await run(page, 'window.fakeZendeskOptions = { manual: true }');
    await loadScript(page, '/fixtures/zendesk.js');
    await loadScript(page, RUNTIME);
    // Nothing goes through the queue: it cannot tell which widget will come.
    expect(await run(page, `${fake}.queue.length`)).toBe(0);
    await loadScript(page, '/fixtures/zendesk-widget.js');
  },
};

for (const [order, setup] of Object.entries(ORDERS)) {
  test(`${order}: chatwire subscribes to the real zE at the widget's load, each event pushed once`, async ({ page }) => {
    await page.goto(PAGE);
    await setup(page);
    await expect.poll(() => zendeskPushes(page)).toEqual([LOADED]);
    await session(page);
    await expect.poll(() => zendeskPushes(page)).toEqual([LOADED, ...SESSION]);
    // 6 classic events + userEvent + 8 Messaging events (a page that does not say which widget it runs), once each.
    expect(Object.values(await counts(page))).toEqual(Array(15).fill(1));
  });
}

// Classic's chat:connected "runs whenever chat first connects (or reconnects)" (Zendesk's help article 4408837638938): the
// widget is loaded once. The site's own chat:connected callback still runs at each, once, with its arguments. On a page
// that shows it runs Classic the `loaded` is chatwire's on finding the widget's zE, and no connection pushes another.
for (const [page_, family, loaded] of [
  ['a page that does not say which widget it runs', undefined, LOADED],
  ['a classic page', 'classic', LOADED_CLASSIC],
] as const) {
  test(`${page_}, chat reconnects: loaded once, also across stop() and start(); later events pushed; the site callback runs at each connection`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, `window.siteCalls = []; window.fakeZendeskOptions = { manual: true, family: ${JSON.stringify(family ?? null)} }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/zendesk.js');
    await run(page, `zE('webWidget:on', 'chat:connected', (...args) => siteCalls.push(args.length))`);
    await loadScript(page, '/fixtures/zendesk-widget.js');
    await expect.poll(() => zendeskPushes(page)).toEqual([loaded]);
    await expect.poll(() => run(page, `${fake}.connected`)).toBe(true);
    await run(page, `${fake}.reconnect(); ${fake}.reconnect(); zE('webWidget', 'open')`);
    await expect.poll(() => zendeskPushes(page)).toEqual([loaded, expected('webWidget:open', 'opened')]);
    await run(page, `chatwire.stop(); chatwire.start()`);
    await expect.poll(async () => (await counts(page))['webWidget:chat:connected']).toBe(3);
    await run(page, `${fake}.reconnect(); zE('webWidget', 'close')`);
    await expect.poll(() => zendeskPushes(page)).toEqual([loaded, expected('webWidget:open', 'opened'), expected('webWidget:close', 'closed')]);
    expect(await run(page, 'window.siteCalls')).toEqual([0, 0, 0, 0]);
  });
}

// The GTM order on a classic page: the chat connected before chatwire came, and nothing says chat:connected reaches a
// later registration (docs/vendors/zendesk.md, Limits). chatwire's `loaded` on finding the widget's zE is pushed all the
// same, once; everything after is pushed once, the site's own callbacks run once each.
test('classic, the widget connected first, chatwire later (GTM): loaded on finding zE, later events pushed once, site callbacks once', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, "window.siteCalls = []; window.fakeZendeskOptions = { family: 'classic' }");
  await loadScript(page, '/fixtures/zendesk.js');
  await run(page, `zE('webWidget:on', 'open', () => siteCalls.push('open'))`);
  await expect.poll(() => run(page, `${fake}.connected`)).toBe(true);
  await loadScript(page, RUNTIME);
  await expect.poll(async () => (await counts(page))['webWidget:open']).toBe(2);
  await run(page, `zE('webWidget', 'open')`);
  await expect.poll(() => zendeskPushes(page)).toEqual([LOADED_CLASSIC, expected('webWidget:open', 'opened')]);
  expect(await run(page, 'window.siteCalls')).toEqual(['open']);
});

// snippet.js's shipped code (unconfirmed: Zendesk documents only the script tag) sets zEACLoaded when its configuration
// request answers, before the widget bundle has run: a chatwire arriving in between finds the snippet's queueing zE
// with zEACLoaded set and subscribes through the queue, which the bundle replays; then the real zE replaces it.
test("zEACLoaded before the bundle runs (snippet.js's shipped order), chatwire in between: each event pushed once, nothing logged as an error", async ({ page }) => {
  const attachLines = attachLog(page, 'zendesk');
  await page.goto(PAGE);
  await run(page, "window.fakeZendeskOptions = { manual: true, family: 'classic' }; window.chatwireConfig = { debug: true }");
  await loadScript(page, '/fixtures/zendesk.js');
  await run(page, `${fake}.compose()`);
  await loadScript(page, RUNTIME);
  // The 6 classic events and userEvent, queued in the snippet's zE.
  await expect.poll(() => run(page, `${fake}.queue.length`)).toBe(7);
  await loadScript(page, '/fixtures/zendesk-widget.js');
  await expect.poll(() => zendeskPushes(page)).toEqual([LOADED_CLASSIC]);
  await session(page);
  // The classic part of the session, once each: the subscriptions replayed from the queue belong to the
  // attachment to the snippet's zE, silent once chatwire has attached to the real one.
  await expect.poll(() => zendeskPushes(page)).toEqual([LOADED_CLASSIC, ...SESSION.slice(0, 8)]);
  expect(attachLines().filter((line) => /Error/.test(line))).toEqual([]);
});

for (const family of ['classic', 'messenger']) {
  test(`a page running the ${family} widget gets only that family's subscriptions`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, `window.fakeZendeskOptions = { manual: true, family: '${family}' }`);
    await loadScript(page, '/fixtures/zendesk.js');
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/zendesk-widget.js');
    const prefix = family === 'classic' ? 'webWidget:' : 'messenger:';
    await expect.poll(async () => Object.keys(await counts(page)).length).toBe(family === 'classic' ? 7 : 8);
    expect(Object.keys(await counts(page)).every((key) => key.startsWith(prefix))).toBe(true);
    await session(page);
    // Neither family has a widget ready event: the `loaded` of a page that shows its family is the one chatwire derives
    // on finding the real zE (Classic's chat:connected then pushes nothing).
    const classic = [
      'chatwire:attached',
      'webWidget:open',
      'webWidget:chat:start',
      'Chat Served by Operator',
      'webWidget:chat:unreadMessages',
      'Chat Rating Good',
      'webWidget:chat:end',
      'Help Center Article Viewed',
      'webWidget:close',
    ];
    const messaging = [
      'chatwire:attached',
      'messenger:open',
      'messenger:conversationStarted',
      'messenger:conversationWithAgentRequested',
      'messenger:conversationAgentAssigned',
      'messenger:postbackButtonClicked',
      'messenger:proactiveMessageDisplayed',
      'messenger:close',
    ];
    await expect.poll(async () => (await zendeskPushes(page)).map((push) => push.chat.vendor_event)).toEqual(family === 'classic' ? classic : messaging);
  });
}

/**
 * The four load orders for a page that shows which widget it runs (its bundle's path), the fake set up by `options`:
 * chatwire first; the snippet, chatwire, the widget; zEACLoaded, chatwire, the bundle; the widget loaded, then chatwire (GTM).
 * `queued` is how many subscriptions chatwire makes through the snippet's queue, `key` one of them.
 */
const familyOrders = (options: string, queued: number, key: string): Record<string, (page: Page) => Promise<void>> => {
  const snippet = async (page: Page) => {
    await run(page, `window.fakeZendeskOptions = Object.assign({ manual: true }, ${options})`);
    await loadScript(page, '/fixtures/zendesk.js');
  };
  return {
    'chatwire first': async (page) => {
      await loadScript(page, RUNTIME);
      await snippet(page);
      await loadScript(page, '/fixtures/zendesk-widget.js');
    },
    'the snippet, chatwire, then the widget': async (page) => {
      await snippet(page);
      await loadScript(page, RUNTIME);
      await loadScript(page, '/fixtures/zendesk-widget.js');
    },
    // snippet.js's shipped order (unconfirmed, see above): chatwire attaches to the queue, then to the real zE that replaces
    // it, which the core takes as the same widget (its `loaded` is carried over).
    'zEACLoaded set, chatwire, then the bundle': async (page) => {
      await snippet(page);
      await run(page, `${fake}.compose()`);
      await loadScript(page, RUNTIME);
      await expect.poll(() => run(page, `${fake}.queue.length`)).toBe(queued);
      await loadScript(page, '/fixtures/zendesk-widget.js');
      // chatwire's subscriptions replayed from the queue, then its own on the real zE.
      await expect.poll(async () => (await counts(page))[key]).toBe(2);
    },
    'the widget loaded, then chatwire (GTM)': async (page) => {
      await snippet(page);
      await loadScript(page, '/fixtures/zendesk-widget.js');
      await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
      await loadScript(page, RUNTIME);
    },
  };
};

// Neither widget has a ready event: Messaging none at all, and a classic widget set up without chat (Help Center or the
// contact form only) no chat connection, so no chat:connected. Each `loaded` is chatwire's on finding the real zE.
const WIDGETS = [
  { name: 'Messaging', options: "{ family: 'messenger' }", queued: 8, family: 'messenger', make: messaging },
  { name: 'classic without chat', options: "{ family: 'classic', chat: false }", queued: 7, family: 'webWidget', make: expected },
];

for (const { name, options, queued, family, make } of WIDGETS) {
  for (const [order, setup] of Object.entries(familyOrders(options, queued, `${family}:open`))) {
    test(`${name}, ${order}: loaded is pushed once on finding the real zE, also across stop() and start()`, async ({ page }) => {
      await page.goto(PAGE);
      await setup(page);
      const loaded = make('chatwire:attached', 'loaded');
      await expect.poll(() => zendeskPushes(page)).toEqual([loaded]);
      await run(page, `zE('${family}', 'open')`);
      await expect.poll(() => zendeskPushes(page)).toEqual([loaded, make(`${family}:open`, 'opened')]);
      await run(page, `chatwire.stop(); chatwire.start(); zE('${family}', 'close')`);
      await expect.poll(() => zendeskPushes(page)).toEqual([loaded, make(`${family}:open`, 'opened'), make(`${family}:close`, 'closed')]);
      // The classic widget without chat never connected: this `loaded` cannot have come from chat:connected.
      if (family === 'webWidget') expect(await run(page, `${fake}.connected`)).toBe(false);
    });
  }
}

// Messaging's conversation events (names and payload unconfirmed, docs/vendors/zendesk.md) in every load order, the GTM
// order included: each pushed once with the conversation's id; the site's own callbacks run once each.
const CONVERSATION_EVENTS = [
  ['conversationStarted', 'started', CONVERSATION],
  ['conversationWithAgentRequested', 'agent_requested', CONVERSATION],
  ['conversationAgentAssigned', 'agent_joined', CONVERSATION],
  // The fake's postback carries no payload (its shape is unknown): no conversation id.
  ['postbackButtonClicked', 'question_answered', {}],
] as const;
for (const [order, setup] of Object.entries(familyOrders("{ family: 'messenger' }", 8, 'messenger:open'))) {
  test(`Messaging, ${order}: a conversation's start, agent request and assignment, and a bot button, pushed once each with the conversation's id, site callbacks once`, async ({
    page,
  }) => {
    await page.goto(PAGE);
    await setup(page);
    await expect.poll(() => zendeskPushes(page)).toEqual([messaging('chatwire:attached', 'loaded')]);
    await run(
      page,
      `window.siteCalls = []; for (const name of ${JSON.stringify(CONVERSATION_EVENTS.map(([name]) => name))}) zE('messenger:on', name, (e) => siteCalls.push(e.type))`,
    );
    await run(page, `(() => { const f = ${fake}; f.events.filter(([label]) => /^messenger (conversation|agent|bot)/.test(label)).forEach(([, click]) => click()); })()`);
    await expect
      .poll(() => zendeskPushes(page))
      .toEqual([messaging('chatwire:attached', 'loaded'), ...CONVERSATION_EVENTS.map(([name, action, fields]) => messaging(`messenger:${name}`, action, fields))]);
    expect(await run(page, 'window.siteCalls')).toEqual(CONVERSATION_EVENTS.map(([name]) => name));
  });
}

test('Messaging conversation events with a malformed, hostile or personal payload: pushed without the id, or with it scrubbed; no error', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, "window.fakeZendeskOptions = { family: 'messenger' }");
  await loadScript(page, '/fixtures/zendesk.js');
  await loadScript(page, RUNTIME);
  await expect.poll(async () => (await zendeskPushes(page)).length).toBe(1);
  await run(
    page,
    `(() => { const f = ${fake}; const agent = (e) => f.emit('messenger:conversationAgentAssigned', e);
    agent(null); agent('x'); agent({ payload: null }); agent({ payload: { conversation: 'c1' } });
    agent({ payload: { conversation: { id: { toString: () => 'c2' } } } });
    agent({ get payload() { throw new Error('hostile'); } });
    agent({ payload: { conversation: { get id() { throw new Error('hostile'); } } } });
    agent({ payload: { conversation: { id: 'jane.doe@example.com' } } });
    agent({ payload: { conversation: { id: 'c'.repeat(500) } } });
    // Only the conversation's id is read: a payload's other keys, or a userEvent's, never reach a field.
    agent({ payload: { name: 'Jane Doe', agent: 'Jane Doe', properties: { name: 'Jane Doe' }, conversation: { id: 'c3', name: 'Jane Doe' } }, properties: { name: 'Jane Doe', agent: 'Jane Doe' } });
  })()`,
  );
  const joined = (fields: Record<string, unknown> = {}) => messaging('messenger:conversationAgentAssigned', 'agent_joined', fields);
  await expect
    .poll(() => zendeskPushes(page))
    .toEqual([
      messaging('chatwire:attached', 'loaded'),
      ...Array(7).fill(joined()),
      joined({ conversation_id: '[redacted]' }),
      joined({ conversation_id: 'c'.repeat(100) }),
      joined({ conversation_id: 'c3' }),
    ]);
  expect(await dataLayerText(page)).not.toContain('Jane');
});

test('the other userEvent actions, Messaging unread counts, and counts that fall to 0', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/zendesk.js');
  await expect.poll(() => zendeskPushes(page)).toEqual([LOADED]);
  await run(
    page,
    `(() => { const f = ${fake};
    f.emit('Chat Rating Bad');
    f.emit('Chat Request Form Submitted', { department: 'Sales' });
    f.emit('Chat Request Form Submitted');
    f.emit('Contact Form Shown', { id: 360000123, name: 'Billing question' });
    f.emit('Contact Form Submitted', { name: 'contact-form' });
    f.emit('Answer Bot Article Viewed', { id: 42, name: 'Shipping times' });
    f.emit('Talk Callback Request Submitted');
    f.emit('webWidget:chat:unreadMessages', 0);
    f.emit('messenger:unreadMessages', 2);
    f.emit('messenger:unreadMessages', 0);
    // Views and events that say nothing new: not pushed.
    f.emit('Chat Shown'); f.emit('Help Center Search', { term: 'refund' }); f.emit('webWidget:chat:status', 'online');
  })()`,
  );
  await expect
    .poll(() => zendeskPushes(page))
    .toEqual([
      LOADED,
      expected('Chat Rating Bad', 'rating_submitted', { label: 'bad' }),
      // The department name is not mapped.
      expected('Chat Request Form Submitted', 'form_submitted'),
      expected('Chat Request Form Submitted', 'form_submitted'),
      expected('Contact Form Shown', 'form_started', { label: 'Billing question' }),
      expected('Contact Form Submitted', 'form_submitted', { label: 'contact-form' }),
      expected('Answer Bot Article Viewed', 'article_opened', { label: 'Shipping times' }),
      expected('Talk Callback Request Submitted', 'form_submitted', { channel: 'callback' }),
      expected('messenger:unreadMessages', 'message_received', { channel: 'messaging', label: '2' }),
    ]);
});

test('a classic unread count that rose while chatwire was stopped is no message at start(): reported on registering again, it is a baseline', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/zendesk.js');
  await expect.poll(() => zendeskPushes(page)).toEqual([LOADED]);
  const reply = `${fake}.events.find(([label]) => label.startsWith('agent replies'))[1]()`;
  const received = (label: string) => expected('webWidget:chat:unreadMessages', 'message_received', { label });
  await run(page, reply);
  await expect.poll(() => zendeskPushes(page)).toEqual([LOADED, received('1')]);
  await run(page, 'chatwire.stop()');
  // A reply chatwire does not hear: the count becomes 2.
  await run(page, reply);
  await run(page, 'chatwire.start()');
  // Subscribed again (the widget reported 2 to the new callback at once), then one more reply: 3 is a rise.
  await expect.poll(async () => (await counts(page))['webWidget:chat:unreadMessages']).toBe(2);
  await run(page, reply);
  await expect.poll(() => zendeskPushes(page)).toEqual([LOADED, received('1'), received('3')]);
});

test("stop() removes the Messaging subscriptions through their unsubscribe; the site's own callbacks keep running", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.siteCalls = []`);
  await loadScript(page, '/fixtures/zendesk.js');
  await run(page, `zE('messenger:on', 'open', () => siteCalls.push('open')); zE('webWidget:on', 'userEvent', (e) => siteCalls.push(e.action))`);
  await loadScript(page, RUNTIME);
  await expect.poll(async () => (await counts(page))['messenger:open']).toBe(2);
  await run(page, `zE('messenger', 'open'); ${fake}.emit('Chat Rating Good')`);
  await expect.poll(async () => (await zendeskPushes(page)).length).toBe(2);
  await run(page, 'chatwire.stop()');
  expect((await counts(page))['messenger:open']).toBe(1);
  await run(page, `zE('messenger', 'open'); ${fake}.emit('Chat Rating Good')`);
  expect(await run(page, 'window.siteCalls')).toEqual(['open', 'Chat Rating Good', 'open', 'Chat Rating Good']);
  expect(await zendeskPushes(page)).toHaveLength(2);
});

test('no personal data reaches the dataLayer, in any privacy mode: Zendesk events carry no contact details', async ({ page }) => {
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/zendesk.js');
    await page.waitForFunction(() => (window as any).chatwireFakes.zendesk.connected);
    await run(
      page,
      `(() => { const f = ${fake};
      zE('webWidget', 'prefill', { name: { value: 'Jane Doe' }, email: { value: 'jane.doe@example.com' }, phone: { value: '+1 415 555 0100' } });
      zE('webWidget', 'identify', { name: 'Jane Doe', email: 'jane.doe@example.com' });
      f.emit('Help Center Search', { term: 'jane.doe@example.com' });
      f.emit('Contact Form Submitted', { id: 1, name: 'Call me on +1 415 555 0100', email: 'jane.doe@example.com' });
      f.emit('Chat Served by Operator', { agent: 'Sam Support', visitor: 'Jane Doe' });
      f.emit('webWidget:chat:start', { message: 'Hi, I am Jane Doe' });
    })()`,
    );
    await expect.poll(async () => (await zendeskPushes(page)).length, pii).toBe(4);
    const all = await zendeskPushes(page);
    expect(all.map((push) => [push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256]).flat()).toEqual(Array(16).fill(null));
    expect(all[1].chat.label).toBe('Call me on [redacted]');
    const text = await dataLayerText(page);
    for (const secret of ['jane.doe@', 'Jane Doe', '+1 415 555', '415 555 0100']) expect(text, pii).not.toContain(secret);
  }
});

test('malformed callback arguments are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/zendesk.js');
  await expect.poll(async () => (await zendeskPushes(page)).length).toBe(1);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, {}, [], 'x', { toString: 1 }, '__proto__']) {
      f.emit('webWidget:userEvent', raw);
      f.emit('webWidget:userEvent', { action: raw, properties: raw });
      f.emit('webWidget:chat:unreadMessages', raw);
      f.emit('messenger:unreadMessages', raw);
    }
    f.emit('Chat Served by Operator', { agent: { name: 'x' } });
    f.emit('messenger:open', null);
    f.emit('webWidget:somethingNew', 1);
  })()`,
  );
  await expect.poll(() => zendeskPushes(page)).toEqual([LOADED, expected('Chat Served by Operator', 'agent_joined'), messaging('messenger:open', 'opened')]);
});
