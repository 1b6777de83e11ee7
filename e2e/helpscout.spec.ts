import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// Help Scout Beacon's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'helpscout', action, vendor_event, channel: 'chat', widget_id: BEACON, ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.helpscout';
/** The page's `Beacon('init', id)`, read back through `Beacon('info').beaconId`. */
const BEACON = 'b2c3d4e5-0000-4000-8000-00000000beac';
const beaconPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'helpscout');
const session = (page: Page) => run(page, `(() => { const f = ${fake}; f.events.forEach(([, click]) => click()); })()`);
const counts = (page: Page) => run<number[]>(page, `Object.values(${fake}.listeners).map((list) => list.length)`);

/** The fake's session, each push with `extra` fields (by default only the Beacon's id). */
const session_ = (extra: Record<string, unknown> = {}) => [
  expected('message-triggered', 'shown', { label: 'msg-5f2a', ...extra }),
  expected('open', 'opened', extra),
  expected('article-viewed', 'article_opened', { label: '5c9a7f0e2c7d3a1b', ...extra }),
  expected('chat-started', 'started', extra),
  expected('email-sent', 'form_submitted', extra),
  expected('message-closed', 'hidden', { label: 'msg-5f2a', ...extra }),
  expected('close', 'closed', extra),
];
const SESSION = session_();

test("runtime first, through the snippet's Beacon.readyQueue: Beacon works the subscriptions off, ready is not missed, each event pushed once", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeHelpScoutOptions = { manual: true }');
  await loadScript(page, '/fixtures/helpscout.js');
  // The page's init and chatwire's 8 subscriptions wait in the queue.
  await expect.poll(() => run(page, 'window.Beacon.readyQueue.length')).toBe(9);
  await run(page, `${fake}.load()`);
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded')]);
  await session(page);
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION]);
  expect(await counts(page)).toEqual(Array(8).fill(1));
});

test('snippet first (its Beacon.readyQueue), then chatwire, then the Beacon script: each event once, with the beaconId', async ({ page }) => {
  const attachLines = attachLog(page, 'helpscout');
  await page.goto(PAGE);
  await run(page, 'window.fakeHelpScoutOptions = { manual: true }; window.chatwireConfig = { debug: true }');
  await loadScript(page, '/fixtures/helpscout.js');
  // The embed snippet's stub: a function with `readyQueue` only, holding the page's init.
  expect(await run(page, '[typeof Beacon, Object.keys(Beacon), Beacon.readyQueue]')).toEqual(['function', ['readyQueue'], [{ method: 'init', options: BEACON }]]);
  await loadScript(page, RUNTIME);
  // chatwire never calls Beacon('info') through the stub: only the page's init and 8 subscriptions are queued.
  expect(await run(page, 'window.Beacon.readyQueue.map((call) => call.method)')).toEqual(['init', ...Array(8).fill('on')]);
  await run(page, `${fake}.load()`);
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded')]);
  await session(page);
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION]);
  expect(await counts(page)).toEqual(Array(8).fill(1));
  // Attached once, through the stub, and nothing failed on it.
  expect(attachLines()).toEqual(['[chatwire] helpscout attached']);
});

test("an open queued with init before chatwire came (a lazy loader's tap): chatwire's subscriptions go right after init, so the open is pushed once", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeHelpScoutOptions = { manual: true }');
  await loadScript(page, '/fixtures/helpscout.js');
  // The page queues its own listener and opens Beacon before chatwire subscribes through the stub.
  await run(page, "window.siteOpens = 0; Beacon('on', 'open', () => window.siteOpens++); Beacon('open')");
  await loadScript(page, RUNTIME);
  // chatwire's calls sit after the page's init and before everything else the page queued, whose order is kept.
  expect(await run(page, 'Beacon.readyQueue.map((call) => call.method)')).toEqual(['init', ...Array(8).fill('on'), 'on', 'open']);
  expect(await run(page, 'Beacon.readyQueue[9].options')).toBe('open');
  await run(page, `${fake}.load()`);
  // The fake opens while it works the queue off, before its ready (which waits for the configuration).
  await expect.poll(() => beaconPushes(page)).toEqual([expected('open', 'opened'), expected('ready', 'loaded')]);
  expect(await run(page, 'window.siteOpens')).toBe(1);
  expect(await run(page, `Object.keys(${fake}.listeners).sort().map((name) => name + ' ' + ${fake}.listeners[name].length)`)).toEqual(
    ['chat-started 1', 'close 1', 'email-sent 1', 'article-viewed 1', 'message-closed 1', 'message-triggered 1', 'open 2', 'ready 1'].sort(),
  );
});

test("widget first (GTM's order): Beacon('info') tells chatwire Beacon is loaded, one loaded, also across stop()/start(); the site's ready and open listeners run once", async ({
  page,
}) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeHelpScoutOptions = { manual: true }; window.siteCalls = []');
  await loadScript(page, '/fixtures/helpscout.js');
  // The site's own listeners, queued in the snippet's stub with its init.
  await run(page, "Beacon('on', 'ready', (...args) => siteCalls.push(['ready', ...args])); Beacon('on', 'open', (...args) => siteCalls.push(['open', ...args]))");
  await run(page, `${fake}.load()`);
  await page.waitForFunction(() => (window as any).Beacon.initialized);
  await loadScript(page, RUNTIME);
  await expect.poll(async () => (await counts(page)).length).toBe(8);
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded')]);
  await session(page);
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION]);
  // stop() calls Beacon('off') for each of chatwire's listeners; the site's stay.
  await run(page, 'chatwire.stop()');
  expect(await counts(page)).toEqual([1, 1, 0, 0, 0, 0, 0, 0]);
  // start() reads Beacon('info') again: the same Beacon is not loaded twice.
  await run(page, 'chatwire.start()');
  await expect.poll(async () => (await counts(page)).length).toBe(8);
  expect(await counts(page)).toEqual([2, 2, 1, 1, 1, 1, 1, 1]);
  await run(page, "Beacon('open')");
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION, expected('open', 'opened')]);
  expect(await run(page, 'window.siteCalls')).toEqual([['ready'], ['open'], ['open']]);
});

test("the Beacon script without the snippet, chatwire, then the page's init: Beacon('info') has nothing yet, ready is pushed once", async ({ page }) => {
  await page.goto(PAGE);
  // The Beacon script on the page before any init (no snippet stub): Beacon('info') answers with nothing.
  await run(page, 'window.fakeHelpScoutOptions = { manual: true, snippet: false }');
  await loadScript(page, '/fixtures/helpscout.js');
  await run(page, `${fake}.load()`);
  expect(await run(page, "Beacon('info') === undefined")).toBe(true);
  await loadScript(page, RUNTIME);
  await expect.poll(async () => (await counts(page)).length).toBe(8);
  expect(await beaconPushes(page)).toEqual([]);
  await run(page, "Beacon('init', 'b2c3d4e5-0000-4000-8000-00000000beac')");
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded')]);
  await session(page);
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION]);
});

test("chatwire starts between the page's init and Beacon's ready: loaded from Beacon('info'), the ready that follows is not pushed again", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'chatwire.stop(); window.fakeHelpScoutOptions = { manual: true }');
  await loadScript(page, '/fixtures/helpscout.js');
  // In one task: Beacon loads and runs the queued init (its ready waits for the configuration), then chatwire starts.
  await run(page, `${fake}.load(); chatwire.start()`);
  await page.waitForFunction(() => (window as any).Beacon.initialized);
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded')]);
  await session(page);
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded'), ...SESSION]);
});

test("a Beacon('info') that throws or answers with no object: no loaded from it, nothing thrown, later events still pushed", async ({ page }) => {
  for (const answer of ["throw new Error('info')", "return 'ready'", 'return 42']) {
    await page.goto(PAGE);
    await loadScript(page, '/fixtures/helpscout.js');
    await page.waitForFunction(() => (window as any).Beacon.initialized);
    // A page or extension wrapping the loaded Beacon; every other call reaches Beacon unchanged.
    await run(page, `(() => { const real = Beacon; window.Beacon = function (method, ...rest) { if (method === 'info') { ${answer}; } return real(method, ...rest); }; })()`);
    await loadScript(page, RUNTIME);
    await expect.poll(async () => (await counts(page)).length, answer).toBe(8);
    await session(page);
    await expect.poll(() => beaconPushes(page), answer).toEqual(session_({ widget_id: null }));
  }
});

test("the site's own listeners keep running, and the visitor's search and contact details never reach the dataLayer", async ({ page }) => {
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.siteCalls = []; window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/helpscout.js');
    await page.waitForFunction(() => (window as any).Beacon.initialized);
    await run(
      page,
      `(() => { const f = ${fake};
      Beacon('on', 'open', () => siteCalls.push('open'));
      Beacon('identify', { name: 'Jane Doe', email: 'jane.doe@example.com' });
      Beacon('prefill', { name: 'Jane Doe', email: 'jane.doe@example.com', subject: 'Invoice', text: 'call me on +1 415 555 0100' });
      Beacon('open');
      f.emit('search', { query: 'jane.doe@example.com refund' });
      f.emit('email-sent', { email: 'jane.doe@example.com', name: 'Jane Doe' });
      f.emit('article-viewed', { id: 'Call +1 415 555 0100' });
    })()`,
    );
    await expect.poll(async () => (await beaconPushes(page)).length, pii).toBe(4);
    expect(await run(page, 'window.siteCalls')).toEqual(['open']);
    const all = await beaconPushes(page);
    expect(all.map((push) => [push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256]).flat()).toEqual(Array(16).fill(null));
    const text = await dataLayerText(page);
    for (const secret of ['jane.doe@', 'Jane Doe', '+1 415 555', '415 555 0100']) expect(text, pii).not.toContain(secret);
  }
});

test('malformed payloads are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/helpscout.js');
  await page.waitForFunction(() => (window as any).Beacon.initialized);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, 'x', { id: { nested: 1 } }, { id: ['a'] }]) f.emit('article-viewed', raw);
    f.emit('unknown-event', {});
  })()`,
  );
  await expect.poll(() => beaconPushes(page)).toEqual([expected('ready', 'loaded'), ...Array(4).fill(expected('article-viewed', 'article_opened'))]);
});
