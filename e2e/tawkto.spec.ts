import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// Tawk.to's documented window events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'tawkto', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.tawkto';
const tawkPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'tawkto');

/** A visitor's whole session: every demo button in order. */
const session = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);

const SESSION = [
  expected('tawkChatMaximized', 'opened'),
  expected('tawkChatStarted', 'started', { conversation_id: 'chat-1' }),
  expected('tawkChatMessageVisitor', 'message_sent'),
  expected('tawkAgentJoinChat', 'agent_joined', { agent_id: 'agent-42', agent_name: 'Sam Support' }),
  expected('tawkChatMessageAgent', 'message_received'),
  expected('tawkChatSatisfaction', 'rating_submitted', { label: '1' }),
  expected('tawkChatEnded', 'ended'),
  expected('tawkChatMinimized', 'closed'),
  expected('tawkPrechatSubmit', 'form_submitted'),
  expected('tawkOfflineSubmit', 'lead', { lead_type: 'email' }),
  expected('tawkChatHidden', 'hidden'),
];

const SECRETS = ['jane.doe@', 'Jane Doe', 'Jane.Doe', '+1 415 555', 'how can I help', 'Call me'];

for (const order of ['runtime first, between the embed code and the widget', 'embed code first (Tawk_API = {}), chatwire, then the widget']) {
  // Tawk.to does not document whether the widget fills the embed code's Tawk_API in or replaces it: both are tested.
  for (const replace of [false, true]) {
    test(`${order} (${replace ? 'replacing' : 'filling in'} Tawk_API): tawkLoad and every later event pushed once`, async ({ page }) => {
      const attachLines = attachLog(page, 'tawkto');
      await page.goto(PAGE);
      await run(page, `window.fakeTawktoOptions = { manual: true, replace: ${replace} }; window.chatwireConfig = { debug: true }`);
      if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
      await loadScript(page, '/fixtures/tawkto.js');
      // The embed code's empty Tawk_API is there; the widget is not loaded yet: nothing to report.
      expect(await run(page, 'Object.keys(window.Tawk_API)')).toEqual([]);
      if (!order.startsWith('runtime')) await loadScript(page, RUNTIME);
      await expect.poll(() => attachLines().includes('[chatwire] tawkto attached')).toBe(true);
      await run(page, `${fake}.load()`);
      await session(page);
      // A detection pass once the widget is in place (start() runs one): the same widget, no second loaded.
      await run(page, 'window.chatwire.start({ debug: true })');
      await expect.poll(() => tawkPushes(page)).toEqual([expected('tawkLoad', 'loaded'), ...SESSION]);
      expect(attachLines()).toEqual(['[chatwire] tawkto attached']);
    });
  }
}

test('events skipped by definition push nothing: agent leaving, system messages, file uploads, status changes', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/tawkto.js');
  await loadScript(page, RUNTIME);
  await run(
    page,
    `(() => { const f = ${fake};
    f.emit('tawkAgentLeaveChat', { name: 'Sam Support', id: 'agent-42' });
    f.emit('tawkChatMessageSystem', 'Sam Support has left the chat');
    f.emit('tawkFileUpload', 'https://tawk.link/file/jane-doe-passport.pdf');
    f.emit('tawkStatusChange', 'away');
    f.emit('tawkChatMinimized');
  })()`,
  );
  await expect.poll(async () => (await tawkPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_closed']);
});

test('widget loaded first, chatwire later (as GTM loads it): a runtime arriving after tawkLoad reports loaded from Tawk_API.onLoaded, once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/tawkto.js');
  expect(await run(page, 'window.Tawk_API.onLoaded')).toBe(true);
  await loadScript(page, RUNTIME);
  await session(page);
  await expect.poll(() => tawkPushes(page)).toEqual([expected('tawkLoad', 'loaded'), ...SESSION]);
  // A second start() changes the configuration only: no second loaded.
  await run(page, 'window.chatwire.start({})');
  await run(page, `${fake}.emit('tawkChatMaximized')`);
  await expect.poll(async () => (await tawkPushes(page)).map((push) => push.event).filter((event) => event === 'chat_loaded')).toEqual(['chat_loaded']);
});

test("the site's single-slot Tawk_API callbacks stay its own and keep running once with their arguments", async ({ page }) => {
  await page.goto(PAGE);
  await run(
    page,
    `window.siteCalls = []; window.Tawk_API = { onChatStarted: (data) => siteCalls.push(['started', data]), onLoad: () => siteCalls.push(['load']) };
    window.siteStarted = Tawk_API.onChatStarted; window.fakeTawktoOptions = { manual: true }`,
  );
  await loadScript(page, '/fixtures/tawkto.js');
  await loadScript(page, RUNTIME);
  await run(page, `${fake}.load(); ${fake}.visitorSays('hello')`);
  await expect.poll(async () => (await tawkPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_started', 'chat_message_sent']);
  expect(await run(page, 'window.siteCalls')).toEqual([['load'], ['started', { chatId: 'chat-1' }]]);
  // chatwire never touched the property: still the site's plain function.
  expect(await run(page, "Object.getOwnPropertyDescriptor(Tawk_API, 'onChatStarted').value === window.siteStarted")).toBe(true);
});

test('no personal data by default; pii hash gives the SHA-256 of the offline form email, include the email', async ({ page }) => {
  const email = 'jane.doe@example.com';
  const sha = createHash('sha256').update(email).digest('hex');
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/tawkto.js');
    await session(page);
    await expect.poll(async () => (await tawkPushes(page)).length).toBe(SESSION.length + 1);
    const lead = (await tawkPushes(page)).find((push) => push.chat.action === 'lead');
    expect(lead?.chat, pii).toMatchObject({
      lead_type: 'email',
      email: pii === 'include' ? 'Jane.Doe@Example.com' : null,
      email_sha256: pii === 'hash' ? sha : null,
      phone: null,
      phone_sha256: null,
    });
    const text = await dataLayerText(page);
    for (const secret of SECRETS) {
      if (pii === 'include' && secret === 'Jane.Doe') continue;
      expect(text, `${pii}: ${secret}`).not.toContain(secret);
    }
  }
});

test('stop() removes the window listeners', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/tawkto.js');
  await expect.poll(async () => (await tawkPushes(page)).length).toBe(1);
  await run(page, `window.chatwire.stop(); Tawk_API.maximize()`);
  await run(page, `window.chatwire.start(); Tawk_API.minimize()`);
  await expect.poll(async () => (await tawkPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_closed']);
});

test('malformed details and unknown events are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/tawkto.js');
  await run(
    page,
    `(() => { const f = ${fake};
    const cyclic = {}; cyclic.self = cyclic;
    const throwing = Object.defineProperty({}, 'id', { get() { throw new Error('boom'); } });
    for (const raw of [null, 'x'.repeat(5000), cyclic, throwing, [], { chatId: { nested: 1 } }]) { f.emit('tawkChatStarted', raw); f.emit('tawkAgentJoinChat', raw); }
    f.emit('tawkSomethingNew', 1); f.emit('tawkStatusChange', 'away'); f.emit('tawkChatMessageSystem', 'x'); })()`,
  );
  await expect
    .poll(async () => (await tawkPushes(page)).map((push) => `${push.event}:${push.chat.conversation_id}:${push.chat.agent_id}`))
    .toEqual(['chat_loaded:null:null', ...Array(6).fill(['chat_started:null:null', 'chat_agent_joined:null:null']).flat()]);
});
