import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Crisp's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'crisp', action, vendor_event, channel: 'chat', session_id: SESSION_ID, ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.crisp';
const SESSION_ID = 'session_7d2c1f0e-5a4b-4c3d-9e8f-0a1b2c3d4e5f';
const crispPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'crisp');

/** A visitor's whole conversation through the demo buttons: open, write, a reply, email, phone, close. */
const conversation = (page: Page) => run(page, `${fake}.events.forEach(([, click]) => click())`);

const LOADED = expected('session:loaded', 'loaded');
const CONVERSATION = [
  expected('chat:opened', 'opened'),
  expected('chat:initiated', 'started'),
  expected('message:sent', 'message_sent'),
  // The operator's nickname (Crisp's message `user.nickname`); the visitor's own name is never read.
  expected('message:received', 'message_received', { agent_name: 'Alex from Support' }),
  expected('user:email:changed', 'lead', { lead_type: 'email' }),
  expected('user:phone:changed', 'lead', { lead_type: 'phone' }),
  expected('chat:closed', 'closed'),
];
/** What the site's handlers saw in one conversation: each once, with Crisp's arguments and `this`. */
const SITE_CALLS = [
  ['chat:opened', 0, true],
  ['chat:initiated', 0, true],
  ['message:sent', 1, true],
  ['message:received', 1, true],
  ['user:email:changed', 1, true],
  ['user:phone:changed', 1, true],
  ['chat:closed', 0, true],
];
const NAMES = SITE_CALLS.map(([name]) => name as string);

/**
 * Opens a page whose fake chatbox keeps `handlers` per event, with `site(name)`
 * making a site handler that records its calls, and `register(names)` doing
 * what crisp-sdk-web's `Crisp.chat.onChatOpened(fn)` etc. do: an `off`, then an `on`.
 */
async function open(page: Page, handlers: string, manual = true): Promise<void> {
  await page.goto(PAGE);
  await run(
    page,
    `window.siteCalls = []; window.fakeCrispOptions = { manual: ${manual}, handlers: '${handlers}' };
    window.site = (name) => function () { siteCalls.push([name, arguments.length, this === window.$crisp]); };
    window.register = (names) => names.forEach((name) => { window.$crisp.push(['off', name]); window.$crisp.push(['on', name, site(name)]); })`,
  );
}

/** chatwire has taken the snippet's array on (its push is wrapped). */
const attached = (page: Page) => expect.poll(() => run(page, `Array.isArray(window.$crisp) && window.$crisp.push !== Array.prototype.push`)).toBe(true);

for (const handlers of ['one', 'many']) {
  test.describe(`Crisp keeping ${handlers} handler(s) per event`, () => {
    test('chatwire first: the site registers on the snippet, each event pushed once, each site handler called once', async ({ page }) => {
      await open(page, handlers);
      await loadScript(page, RUNTIME);
      await loadScript(page, '/fixtures/crisp.js');
      await attached(page);
      await run(page, `register(${JSON.stringify(NAMES)}); $crisp.push(['do', 'chat:show'])`);
      // The site's on/off went to chatwire's slots: chatwire's eight handlers wait in the queue, and the `do`.
      expect(await run(page, 'window.$crisp.map((c) => c[0]).join()')).toBe('on,on,on,on,on,on,on,on,do');
      await run(page, `${fake}.load()`);
      await conversation(page);
      await expect.poll(() => crispPushes(page)).toEqual([LOADED, ...CONVERSATION]);
      expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS);
    });

    test('snippet first with queued site handlers, then chatwire, then the chatbox script', async ({ page }) => {
      await open(page, handlers);
      await loadScript(page, '/fixtures/crisp.js');
      await run(page, `register(${JSON.stringify(NAMES)}); $crisp.push(['on', 'session:loaded', site('session:loaded')])`);
      await loadScript(page, RUNTIME);
      await attached(page);
      await run(page, `${fake}.load()`);
      await conversation(page);
      await expect.poll(() => crispPushes(page)).toEqual([LOADED, ...CONVERSATION]);
      expect(await run(page, 'window.siteCalls')).toEqual([['session:loaded', 1, true], ...SITE_CALLS]);
      // One handler per event in Crisp, chatwire's: nothing registered twice.
      expect(await run(page, `Object.values(${fake}.handlers).map((list) => list.length)`)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    });

    test('chatbox fully loaded, then chatwire: left alone (it could drop site handlers it never saw), only loaded reported, the site chat untouched', async ({ page }) => {
      const logs: string[] = [];
      page.on('console', (message) => logs.push(message.text()));
      await open(page, handlers, false);
      await loadScript(page, '/fixtures/crisp.js');
      await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
      await run(page, `register(${JSON.stringify(NAMES)})`);
      await run(page, `window.chatwireConfig = { debug: true }`);
      await loadScript(page, RUNTIME);
      await expect.poll(() => logs.some((text) => text.startsWith('[chatwire] crisp left alone: loaded first'))).toBe(true);
      // chatwire found the chatbox (the GTM order's one report), and registered nothing with it.
      await expect.poll(() => crispPushes(page)).toEqual([expected('chatwire:attached', 'loaded')]);
      expect(await run(page, `window.$crisp.push === ${fake}.push`)).toBe(true);
      await conversation(page);
      expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS);
      await run(page, 'chatwire.stop(); chatwire.start()');
      await conversation(page);
      expect(await crispPushes(page)).toEqual([expected('chatwire:attached', 'loaded')]);
    });

    test("cached script: the chatbox replaces the array before chatwire's next check, the site's off/on go straight to it", async ({ page }) => {
      await open(page, handlers);
      await loadScript(page, RUNTIME);
      await loadScript(page, '/fixtures/crisp.js');
      await attached(page);
      // One task: l.js runs, then the site (crisp-sdk-web) registers on the chatbox; no detection check in between.
      await run(page, `${fake}.load(); register(${JSON.stringify(NAMES)}); window.wrapped = window.$crisp.push !== ${fake}.push`);
      expect(await run(page, 'window.wrapped')).toBe(true);
      await conversation(page);
      await expect.poll(() => crispPushes(page)).toEqual([LOADED, ...CONVERSATION]);
      expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS);
    });

    test('a React re-render registers the same handler again after an off, and an unmount turns it off', async ({ page }) => {
      await open(page, handlers);
      await loadScript(page, '/fixtures/crisp.js');
      // First render, before chatwire: Crisp.chat.onChatOpened(fn) into the snippet's array.
      await run(page, `window.onOpened = site('chat:opened'); $crisp.push(['off', 'chat:opened'], ['on', 'chat:opened', onOpened])`);
      await loadScript(page, RUNTIME);
      await attached(page);
      await run(page, `${fake}.load()`);
      // Re-render: the effect's cleanup (off) and the effect again (off, on), on the loaded chatbox.
      await run(
        page,
        `$crisp.push(['off', 'chat:opened']); $crisp.push(['off', 'chat:opened']); $crisp.push(['on', 'chat:opened', onOpened]);
        $crisp.push(['do', 'chat:open'], ['do', 'chat:close'])`,
      );
      expect(await run(page, 'window.siteCalls')).toEqual([['chat:opened', 0, true]]);
      // Unmount: off. The site's handler stops; chatwire still reports.
      await run(page, `$crisp.push(['off', 'chat:opened']); $crisp.push(['do', 'chat:open'])`);
      await expect.poll(async () => (await crispPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_opened', 'chat_closed', 'chat_opened']);
      expect(await run(page, 'window.siteCalls')).toEqual([['chat:opened', 0, true]]);
    });
  });
}

test('the snippet runs again before the chatbox loads (carried twice): chatwire takes the new array on, each event pushed once, each site handler once', async ({ page }) => {
  await open(page, 'one');
  await loadScript(page, '/fixtures/crisp.js');
  await loadScript(page, RUNTIME);
  await attached(page);
  // The second run assigns a fresh array: the first one, chatwire's handlers in it, is gone.
  await run(page, `window.$crisp = []; register(${JSON.stringify(NAMES)})`);
  await attached(page);
  await run(page, `${fake}.load()`);
  await conversation(page);
  await expect.poll(() => crispPushes(page)).toEqual([LOADED, ...CONVERSATION]);
  expect(await run(page, 'window.siteCalls')).toEqual(SITE_CALLS);
});

test('an `on` for an event chatwire does not map goes to Crisp unchanged, in order', async ({ page }) => {
  await open(page, 'one');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  await attached(page);
  await run(page, `$crisp.push(['on', 'website:availability:changed', function (available) { siteCalls.push(['available', available]); }])`);
  expect(await run(page, 'window.$crisp[window.$crisp.length - 1][1]')).toBe('website:availability:changed');
  await run(page, `${fake}.load(); ${fake}.emit('website:availability:changed', true)`);
  expect(await run(page, 'window.siteCalls')).toEqual([['available', true]]);
});

test('SPA re-mount: the removed chatbox is silent, the new one reports (no shared state between them)', async ({ page }) => {
  await open(page, 'one', false);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  await expect.poll(() => crispPushes(page)).toEqual([LOADED]);
  await run(page, `window.oldCrisp = ${fake}; delete window.$crisp`);
  await loadScript(page, '/fixtures/crisp.js');
  await expect.poll(() => run(page, `${fake} !== window.oldCrisp && ${fake}.loaded`)).toBe(true);
  await expect.poll(() => crispPushes(page)).toEqual([LOADED, LOADED]);
  await run(page, `oldCrisp.emit('chat:opened'); oldCrisp.emit('message:received', oldCrisp.message('operator', 'hi'))`);
  await run(page, `$crisp.push(['do', 'chat:open'])`);
  await expect.poll(() => crispPushes(page)).toEqual([LOADED, LOADED, expected('chat:opened', 'opened')]);
  // Re-mounted again, by assigning a new snippet array over the loaded chatbox (no delete).
  await run(page, `window.secondCrisp = ${fake}; window.fakeCrispOptions = { manual: true }; window.$crisp = []`);
  await loadScript(page, '/fixtures/crisp.js');
  await attached(page);
  await run(page, `${fake}.load(); secondCrisp.emit('chat:closed'); oldCrisp.emit('chat:closed'); $crisp.push(['do', 'chat:open'])`);
  await expect.poll(() => crispPushes(page)).toEqual([LOADED, LOADED, expected('chat:opened', 'opened'), LOADED, expected('chat:opened', 'opened')]);
});

test("stop() silences chatwire, start() takes the same chatbox on again; the site's handlers run once throughout", async ({ page }) => {
  await open(page, 'one');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  await attached(page);
  await run(page, `register(['chat:opened']); ${fake}.load()`);
  await run(page, 'window.chatwire.stop()');
  // The accessor is gone; the push filter stays, so that what the site does while stopped stays in sight.
  expect(await run(page, `'value' in Object.getOwnPropertyDescriptor(window, '$crisp')`)).toBe(true);
  await run(page, `$crisp.push(['do', 'chat:open'], ['do', 'chat:close'])`);
  // While stopped the site replaces its handler: the new one runs from now on, the old one no more.
  await run(page, `register(['chat:opened'].map(String)); siteCalls.push('re-registered')`);
  await run(page, 'window.chatwire.start()');
  await run(page, `$crisp.push(['do', 'chat:open'], ['do', 'chat:close'])`);
  await expect.poll(async () => (await crispPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_opened', 'chat_closed']);
  expect(await run(page, 'window.siteCalls')).toEqual([['chat:opened', 0, true], 're-registered', ['chat:opened', 0, true]]);
  expect(await run(page, `${fake}.handlers['chat:opened'].length`)).toBe(1);
});

test('privacy: email and phone redacted by default, hashed on request; message text and names never', async ({ page }) => {
  const hex = (text: string) => createHash('sha256').update(text).digest('hex');
  const leads = async (pii: string) => {
    await open(page, 'one');
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/crisp.js');
    await attached(page);
    await run(page, `${fake}.load()`);
    await conversation(page);
    await run(page, `${fake}.emit('user:nickname:changed', 'Jane Doe'); ${fake}.emit('message:compose:sent', { type: 'start', excerpt: 'Jane Doe here' })`);
    await expect.poll(async () => (await crispPushes(page)).length).toBe(8);
    const text = await dataLayerText(page);
    for (const secret of ['Jane Doe', 'jane.doe@', '+1 415 555', '415 555 0100', 'how can I help']) expect(text, pii).not.toContain(secret);
    return (await crispPushes(page)).filter((push) => push.chat.action === 'lead').map((push) => push.chat);
  };
  const [email, phone] = await leads('redact');
  expect([email.lead_type, email.email, email.email_sha256]).toEqual(['email', null, null]);
  expect([phone.lead_type, phone.phone, phone.phone_sha256]).toEqual(['phone', null, null]);
  const [hashedEmail, hashedPhone] = await leads('hash');
  expect([hashedEmail.email, hashedEmail.email_sha256, hashedEmail.phone_sha256]).toEqual([null, hex('jane.doe@example.com'), null]);
  expect([hashedPhone.phone, hashedPhone.phone_sha256, hashedPhone.email_sha256]).toEqual([null, hex('+14155550100'), null]);
});

test('malformed commands and payloads, unmapped events: ignored without errors', async ({ page }) => {
  await open(page, 'one');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  await attached(page);
  await run(page, `${fake}.load()`);
  await run(
    page,
    `(() => { const f = ${fake};
    $crisp.push('junk', null, [], ['on'], ['on', null, 1], ['off', {}], ['off', 7], ['on', 'chat:opened', 'not a function']);
    for (const raw of [null, {}, [], { toString: 1 }, '__proto__']) {
      f.emit('session:loaded', raw); f.emit('user:email:changed', raw); f.emit('message:received', raw);
    }
    f.emit('message:received', { from: 'operator', user: { nickname: { toString: 1 } } });
    f.emit('message:received', { from: 'user', user: { nickname: 'Jane Doe' } });
    f.emit('helpdesk:queried', { results: [] }); f.emit('website:availability:changed', false); f.emit('message:compose:received', {});
    $crisp.push(['do', 'chat:open']); })()`,
  );
  // session:loaded again on the same chatbox loads no widget again (once per widget object): only its first is pushed.
  const raw = [
    ['chat_lead', SESSION_ID, null],
    ['chat_message_received', SESSION_ID, null],
  ];
  await expect
    .poll(async () => (await crispPushes(page)).map((push) => [push.event, push.chat.session_id, push.chat.agent_name]))
    .toEqual([
      ['chat_loaded', SESSION_ID, null],
      ...raw,
      ...raw,
      ...raw,
      ...raw,
      ...raw,
      ['chat_message_received', SESSION_ID, null],
      ['chat_message_received', SESSION_ID, null],
      ['chat_opened', SESSION_ID, null],
    ]);
});

test('hostile chatboxes: a frozen chatbox, a push that cannot be replaced: no throw into the page, queue kept, nothing registered or pushed', async ({ page }) => {
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await open(page, 'one');
  await run(page, 'window.chatwireConfig = { debug: true }');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  await attached(page);
  // The chatbox's own assignment must go through whatever its object is.
  await run(page, `window.$crisp = Object.freeze({ push() { window.frozenPushed = true; }, get() { return null; } }); window.$crisp.push(['do', 'chat:open'])`);
  expect(await run(page, 'window.frozenPushed')).toBe(true);
  // Left alone, and no `loaded` for it: chatwire subscribed through this page's array, which the chatbox took over.
  await expect.poll(() => logs.some((text) => text.startsWith('[chatwire] crisp left alone: loaded first'))).toBe(true);
  // A snippet array whose push is read-only: its queued commands stay, in order.
  await run(
    page,
    `delete window.$crisp; const queue = [['on', 'chat:opened', site('chat:opened')], ['do', 'chat:show']];
    Object.defineProperty(queue, 'push', { value: Array.prototype.push, writable: false }); window.$crisp = queue`,
  );
  // start() on a running runtime is a detection check: it tries this array, fails to wrap it, and says so.
  const before = logs.length;
  await run(page, 'window.chatwire.start({ debug: true })');
  await expect.poll(() => logs.slice(before).includes('[chatwire] crisp not attached: $crisp.push cannot be wrapped')).toBe(true);
  expect(await run(page, 'window.$crisp.map((c) => c[1]).join()')).toBe('chat:opened,chat:show');
  expect(await crispPushes(page)).toEqual([]);
});

test('documented limit, several-handlers reading only: two `on`s for one event without an `off` keep the latest, as one handler per event would', async ({ page }) => {
  await open(page, 'many');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  await attached(page);
  await run(page, `${fake}.load(); $crisp.push(['on', 'chat:opened', site('first')], ['on', 'chat:opened', site('second')], ['do', 'chat:open'])`);
  expect(await run(page, 'window.siteCalls.map(([name]) => name)')).toEqual(['second']);
  await expect.poll(async () => (await crispPushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_opened']);
});

test('session:loaded before the chatbox is window.$crisp (a chatbox draining the queue first): its argument is the session id', async ({ page }) => {
  await open(page, 'one');
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/crisp.js');
  await attached(page);
  // What a chatbox that runs the queued handlers before assigning window.$crisp would call.
  await run(page, `window.$crisp.find((command) => command[1] === 'session:loaded')[2]('session_early')`);
  await expect.poll(() => crispPushes(page)).toEqual([expected('session:loaded', 'loaded', { session_id: 'session_early' })]);
});
