import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// Channel Talk's callbacks → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'channelio', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.channelio';
/** This vendor's pushes, without the core's derived ones (`chatwire:…`). */
const chPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'channelio' && !String(push.chat.vendor_event).startsWith('chatwire:'));

/** The site's own callbacks: each records its name and arguments in `siteCalls`. */
const SITE = `window.siteCalls = [];
  window.site = (name) => function () { siteCalls.push([name, ...arguments]); };
  ChannelIO('onShowMessenger', site('show'));
  ChannelIO('onChatCreated', site('created'));
  ChannelIO('onFollowUpChanged', site('followup'));
  ChannelIO('onBadgeChanged', site('badge'));
  ChannelIO('boot', { pluginKey: 'k-1' }, site('boot'));`;

/** A session through the SDK's own commands: open, a new chat, the visitor's follow-up details, an unread badge, close. */
const session = (page: Page) =>
  run(
    page,
    `ChannelIO('showMessenger'); ChannelIO('openChat');
    ${fake}.emit('onFollowUpChanged', { name: 'Jane Doe', email: 'jane.doe@example.com', mobileNumber: null });
    ${fake}.emit('onFollowUpChanged', { name: 'Jane Doe', email: 'jane.doe@example.com', mobileNumber: '+821012345678' });
    ${fake}.emit('onBadgeChanged', 2, 1);
    ChannelIO('hideMessenger');`,
  );
const SESSION = [
  expected('onShowMessenger', 'opened'),
  expected('onChatCreated', 'started'),
  expected('onFollowUpChanged', 'lead', { lead_type: 'email' }),
  expected('onFollowUpChanged', 'lead', { lead_type: 'phone' }),
  expected('onHideMessenger', 'closed'),
];
/** What the site's callbacks saw: each once, with the SDK's own arguments (boot's user included). */
const SITE_CALLS = [
  ['show'],
  ['created'],
  ['followup', { name: 'Jane Doe', email: 'jane.doe@example.com', mobileNumber: null }],
  ['followup', { name: 'Jane Doe', email: 'jane.doe@example.com', mobileNumber: '+821012345678' }],
  ['badge', 2, 1],
];

for (const slots of ['single', 'multi']) {
  test.describe(`${slots}-slot callbacks`, () => {
    for (const order of ['runtime, snippet, widget', 'snippet, runtime, widget']) {
      test(`${order}: each event pushed once; the site's callbacks run once with their arguments`, async ({ page }) => {
        await page.goto(PAGE);
        await run(page, `window.fakeChannelIOOptions = { manual: true, slots: '${slots}' }`);
        if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
        await loadScript(page, '/fixtures/channelio.js');
        // The documented stub: a function, its queue and its `c`.
        expect(await run(page, `[typeof ChannelIO, Object.keys(ChannelIO).sort(), Array.isArray(ChannelIO.q)]`)).toEqual(['function', ['c', 'q'], true]);
        await run(page, SITE);
        if (!order.startsWith('runtime')) await loadScript(page, RUNTIME);
        // The queue: chatwire's four registrations first, then the site's four and its boot.
        await expect.poll(() => run(page, 'ChannelIO.q.length')).toBe(9);
        expect(await run(page, 'Array.from(ChannelIO.q, (call) => call[0])')).toEqual([
          'onShowMessenger',
          'onHideMessenger',
          'onChatCreated',
          'onFollowUpChanged',
          'onShowMessenger',
          'onChatCreated',
          'onFollowUpChanged',
          'onBadgeChanged',
          'boot',
        ]);
        await run(page, `${fake}.load()`);
        await expect.poll(() => run(page, `${fake}.booted()`)).toBe(true);
        await session(page);
        await expect.poll(() => chPushes(page)).toEqual(SESSION);
        // The derived `loaded` once the plugin took the stub over (no documented ready callback chatwire could share).
        await expect
          .poll(async () => (await pushes(page)).filter((push) => push.chat.vendor === 'channelio' && push.chat.action === 'loaded').map((push) => push.chat.vendor_event))
          .toEqual(['chatwire:attached']);
        const calls = await run<unknown[][]>(page, 'window.siteCalls');
        expect(calls[0][0]).toBe('boot');
        expect(calls[0][1]).toBeNull();
        expect(calls.slice(1)).toEqual(SITE_CALLS);
        // What the SDK holds: single slots keep the site's (wrapped) callback where it registered one; multi slots
        // chatwire's and the site's (badge: the site's own, chatwire has none there).
        const both = slots === 'single' ? 1 : 2;
        expect(await run(page, `Object.entries(${fake}.callbacks).map(([name, list]) => name + ':' + list.length).sort()`)).toEqual([
          'onBadgeChanged:1',
          `onChatCreated:${both}`,
          `onFollowUpChanged:${both}`,
          'onHideMessenger:1',
          `onShowMessenger:${both}`,
        ]);
      });
    }

    test("registrations after the plugin took over follow the SDK's own rule; clearCallbacks keeps chatwire's", async ({ page }) => {
      await page.goto(PAGE);
      await run(page, `window.fakeChannelIOOptions = { manual: true, slots: '${slots}' }`);
      await loadScript(page, RUNTIME);
      await loadScript(page, '/fixtures/channelio.js');
      await expect.poll(() => run(page, 'ChannelIO.q.length')).toBe(4);
      await run(page, `${fake}.load(); ${SITE}`);
      // The site registers onShowMessenger again (a re-mounted component): what runs is what the SDK keeps, as without chatwire.
      await run(page, `ChannelIO('onShowMessenger', site('show2')); ChannelIO('showMessenger')`);
      await expect.poll(() => chPushes(page)).toEqual([expected('onShowMessenger', 'opened')]);
      const shown = slots === 'single' ? [['show2']] : [['show'], ['show2']];
      expect(await run(page, 'window.siteCalls.filter(([name]) => name !== "boot")')).toEqual(shown);
      // clearCallbacks: the site's callbacks are gone; chatwire's come back.
      await run(page, `ChannelIO('clearCallbacks'); ChannelIO('hideMessenger'); ChannelIO('showMessenger')`);
      await expect.poll(() => chPushes(page)).toEqual([expected('onShowMessenger', 'opened'), expected('onHideMessenger', 'closed'), expected('onShowMessenger', 'opened')]);
      expect(await run(page, 'window.siteCalls.filter(([name]) => name !== "boot")')).toEqual(shown);
    });
  });
}

test('messenger booted before chatwire (the GTM order): left alone, the site untouched, only loaded pushed', async ({ page }) => {
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await page.goto(PAGE);
  await run(page, `window.fakeChannelIOOptions = { manual: true }`);
  await loadScript(page, '/fixtures/channelio.js');
  await run(page, `${fake}.load(); ${SITE}`);
  await expect.poll(() => run(page, `${fake}.booted()`)).toBe(true);
  await run(page, 'window.chatwireConfig = { debug: true }');
  await loadScript(page, RUNTIME);
  await expect.poll(() => logs.some((text) => text.startsWith('[chatwire] channelio left alone: loaded first'))).toBe(true);
  await expect.poll(() => pushes(page)).toEqual([expected('chatwire:attached', 'loaded')]);
  await session(page);
  expect((await run<unknown[][]>(page, 'window.siteCalls')).slice(1)).toEqual(SITE_CALLS);
  expect(await pushes(page)).toEqual([expected('chatwire:attached', 'loaded')]);
  // chatwire left the stub's `c` as the plugin set it.
  expect(await run(page, `Object.getOwnPropertyDescriptor(ChannelIO, 'c').writable`)).toBe(true);
});

test('no email, phone or name by default; hash and include modes; odd arguments ignored without page errors; stop() silences', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/channelio.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await run(page, SITE);
  await session(page);
  await expect.poll(() => chPushes(page)).toEqual(SESSION);
  const text = await dataLayerText(page);
  for (const secret of ['jane', 'Jane', '821012345678', 'example.com']) expect(text).not.toContain(secret);
  // Malformed follow-up profiles and stray arguments: no lead, no throw, the site still called.
  await run(
    page,
    `${fake}.emit('onFollowUpChanged', null); ${fake}.emit('onFollowUpChanged', 'jane@example.com');
    ${fake}.emit('onFollowUpChanged', { email: { toString() { throw new Error('x'); } }, mobileNumber: 42 });
    ${fake}.emit('onFollowUpChanged', { email: '' }); ${fake}.emit('onShowMessenger', { a: 1 }, 'b')`,
  );
  await expect.poll(() => chPushes(page)).toEqual([...SESSION, expected('onShowMessenger', 'opened')]);
  expect(await run(page, 'window.siteCalls.length')).toBe(1 + SITE_CALLS.length + 5);
  // Non-command calls through the stub do not throw into the page.
  await run(page, `ChannelIO(); ChannelIO(null); ChannelIO('onShowMessenger'); ChannelIO.c(undefined)`);
  await run(page, 'chatwire.stop()');
  await session(page);
  await run(page, `${fake}.emit('onFollowUpChanged', { email: 'john@example.org' })`);
  expect(await chPushes(page)).toHaveLength(SESSION.length + 1);
  // A restart takes the same stub on again: one push per event, no second registration.
  await run(page, 'chatwire.start({ pii: "include" })');
  await run(page, `${fake}.emit('onFollowUpChanged', { email: 'new.address@example.net' }); ChannelIO('showMessenger')`);
  await expect
    .poll(async () => (await chPushes(page)).slice(SESSION.length + 1))
    .toEqual([expected('onFollowUpChanged', 'lead', { lead_type: 'email', email: 'new.address@example.net' }), expected('onShowMessenger', 'opened')]);
});

test('hash mode: the follow-up email and phone only as SHA-256', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, `window.chatwireConfig = { pii: 'hash' }`);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/dist/chatwire.hash.min.js');
  await loadScript(page, '/fixtures/channelio.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await run(page, `${fake}.emit('onFollowUpChanged', { name: 'Jane', email: ' Jane.Doe@Example.com ', mobileNumber: '+82 10-1234-5678' })`);
  await expect
    .poll(() => chPushes(page))
    .toEqual([
      expected('onFollowUpChanged', 'lead', { lead_type: 'email', email_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }),
      expected('onFollowUpChanged', 'lead', { lead_type: 'phone', phone_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    ]);
  expect(await dataLayerText(page)).not.toMatch(/jane|1234/i);
});

test("the site's callbacks get the SDK's very arguments and `this`, and their results and exceptions reach the SDK", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/channelio.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  const result = await run(
    page,
    `const profile = { email: 'a@example.com' }, self = { sdk: true }, seen = [];
    ChannelIO('onFollowUpChanged', function (p) { seen.push(this === self, p === profile, arguments.length); return 'kept'; });
    ChannelIO('onShowMessenger', function () { throw new Error('site bug'); });
    const returned = ${fake}.callbacks.onFollowUpChanged[0].call(self, profile, 'extra');
    let thrown = null;
    try { ${fake}.emit('onShowMessenger'); } catch (error) { thrown = error.message; }
    [seen, returned, thrown]`,
  );
  expect(result).toEqual([[true, true, 2], 'kept', 'site bug']);
  // The site's exception did not stop the push (chatwire reports before calling it).
  await expect.poll(() => chPushes(page)).toEqual([expected('onFollowUpChanged', 'lead', { lead_type: 'email' }), expected('onShowMessenger', 'opened')]);
});

test('a frozen stub: not attached, nothing thrown into the page, its queue intact and in order', async ({ page }) => {
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await page.goto(PAGE);
  await run(page, `window.fakeChannelIOOptions = { manual: true }`);
  await loadScript(page, '/fixtures/channelio.js');
  await run(page, `window.notFn = { x: 1 }; ChannelIO('onShowMessenger', notFn); ChannelIO('boot', { pluginKey: 'k' }); Object.freeze(ChannelIO)`);
  await run(page, 'window.chatwireConfig = { debug: true }');
  await loadScript(page, RUNTIME);
  await expect.poll(() => logs.some((text) => text.startsWith('[chatwire] channelio') && /TypeError|not attached/.test(text))).toBe(true);
  expect(await run(page, `[ChannelIO.q.length, ChannelIO.q[0][1] === notFn, ChannelIO.q[1][0]]`)).toEqual([2, true, 'boot']);
  expect(await pushes(page)).toEqual([]);
});
