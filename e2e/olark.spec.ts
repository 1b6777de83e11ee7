import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// Olark's documented callbacks → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'olark', action, vendor_event, channel: 'chat', ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.olark';
const olarkPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'olark');
const session = (page: Page) => run(page, `(() => { const f = ${fake}; f.events.forEach(([, click]) => click()); })()`);
const counts = (page: Page) => run<number[]>(page, `Object.values(${fake}.callbacks).map((list) => list.length)`);

const READY = [expected('api.chat.onReady', 'loaded'), expected('api.box.onShow', 'shown')];
const SESSION = [
  expected('api.box.onExpand', 'opened'),
  expected('api.chat.onBeginConversation', 'started'),
  expected('api.chat.onMessageToOperator', 'message_sent'),
  expected('api.chat.onMessageToVisitor', 'message_received', { agent_name: 'Sam Support' }),
  expected('api.chat.onOfflineMessageToOperator', 'form_submitted'),
  expected('api.box.onShrink', 'closed'),
  expected('api.box.onHide', 'hidden'),
];

test("runtime first, through the snippet's olark._.s queue: the loader runs the subscriptions, each event pushed once", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeOlarkOptions = { manual: true }');
  await loadScript(page, '/fixtures/olark.js');
  // The page's identify and chatwire's 9 subscriptions wait in the queue.
  await expect.poll(() => run(page, 'window.olark._.s.length')).toBe(10);
  await run(page, `${fake}.load()`);
  await expect.poll(() => olarkPushes(page)).toEqual(READY);
  await session(page);
  await expect.poll(() => olarkPushes(page)).toEqual([...READY, ...SESSION]);
  expect(await counts(page)).toEqual(Array(9).fill(1));
});

test('snippet first (its olark._.s queue), then chatwire, then the loader: each event pushed once', async ({ page }) => {
  const attachLines = attachLog(page, 'olark');
  await page.goto(PAGE);
  await run(page, 'window.fakeOlarkOptions = { manual: true }; window.chatwireConfig = { debug: true }');
  await loadScript(page, '/fixtures/olark.js');
  // The embed snippet's stub: a function with `extend`, `identify`, `configure` and its state `_` (the page's identify queued).
  expect(await run(page, '[Object.keys(olark).sort(), Object.keys(olark._).sort(), olark._.s.map((args) => [...args])]')).toEqual([
    ['_', 'configure', 'extend', 'identify'],
    ['c', 'i', 'l', 's', 't'],
    [['identify', '1234-567-89-0123']],
  ]);
  await loadScript(page, RUNTIME);
  expect(await run(page, 'window.olark._.s.length')).toBe(10);
  await run(page, `${fake}.load()`);
  await expect.poll(() => olarkPushes(page)).toEqual(READY);
  await session(page);
  await expect.poll(() => olarkPushes(page)).toEqual([...READY, ...SESSION]);
  expect(await counts(page)).toEqual(Array(9).fill(1));
  // Attached once, through the stub, and nothing failed on it.
  expect(attachLines()).toEqual(['[chatwire] olark attached']);
});

test("widget first (GTM's order): Olark calls chatwire's late onReady at once, one loaded, also across stop()/start(); the site's callbacks run once", async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.fakeOlarkOptions = { manual: true }; window.siteCalls = []');
  await loadScript(page, '/fixtures/olark.js');
  // The site's own callbacks, queued in the snippet's stub with its identify.
  await run(page, "olark('api.chat.onReady', (...args) => siteCalls.push(['ready', ...args])); olark('api.box.onExpand', (...args) => siteCalls.push(['expand', ...args]))");
  await run(page, `${fake}.load()`);
  await page.waitForFunction(() => (window as any).chatwireFakes.olark.ready);
  await loadScript(page, RUNTIME);
  await expect.poll(async () => (await counts(page)).length).toBe(9);
  // onShow came before chatwire: only the ready event is called again, for the callback registered late.
  await expect.poll(() => olarkPushes(page)).toEqual([expected('api.chat.onReady', 'loaded')]);
  await session(page);
  await expect.poll(() => olarkPushes(page)).toEqual([expected('api.chat.onReady', 'loaded'), ...SESSION]);
  // Olark keeps chatwire's callbacks after stop() (silent); start() subscribes again and Olark calls the new onReady
  // at once: the same Olark is not loaded twice.
  await run(page, 'chatwire.stop()');
  await run(page, 'chatwire.start()');
  expect(await counts(page)).toEqual([3, 3, 2, 2, 2, 2, 2, 2, 2]);
  await run(page, "olark('api.box.expand')");
  await expect.poll(() => olarkPushes(page)).toEqual([expected('api.chat.onReady', 'loaded'), ...SESSION, expected('api.box.onExpand', 'opened')]);
  expect(await run(page, 'window.siteCalls')).toEqual([['ready'], ['expand'], ['expand']]);
});

test("the site's own callbacks keep running; message bodies and the visitor's nickname never reach the dataLayer", async ({ page }) => {
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.siteCalls = []; window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/olark.js');
    await page.waitForFunction(() => (window as any).chatwireFakes.olark.ready);
    await run(
      page,
      `olark('api.chat.onMessageToOperator', (e) => siteCalls.push(e.message.body)); olark('api.visitor.updateEmailAddress', { emailAddress: 'jane.doe@example.com' })`,
    );
    await session(page);
    await run(page, `${fake}.emit('api.chat.onBeginConversation', { message: { nickname: 'Jane Doe' } })`);
    await expect.poll(async () => (await olarkPushes(page)).length, pii).toBe(10);
    expect(await run(page, 'window.siteCalls')).toEqual(['Hi, I am Jane Doe, jane.doe@example.com']);
    const all = await olarkPushes(page);
    expect(all.map((push) => [push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256]).flat()).toEqual(Array(40).fill(null));
    const text = await dataLayerText(page);
    for (const secret of ['jane.doe@', 'Jane Doe', 'Hello Jane', '+1 415 555', '415 555 0100']) expect(text, pii).not.toContain(secret);
  }
});

test('malformed callback arguments are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/olark.js');
  await page.waitForFunction(() => (window as any).chatwireFakes.olark.ready);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const raw of [null, 'x', { message: null }, { message: { nickname: { first: 'x' } } }]) f.emit('api.chat.onMessageToVisitor', raw);
    f.emit('api.chat.onSomethingNew', {});
  })()`,
  );
  await expect.poll(() => olarkPushes(page)).toEqual([...READY, ...Array(4).fill(expected('api.chat.onMessageToVisitor', 'message_received'))]);
});
