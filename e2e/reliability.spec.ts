import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, expect, loadScript, pushes, run, test } from './helpers';

const VENDORS = ['adobe_dynamic_chat', 'genesys_widgets', 'customerly', 'smartagent', 'ctlive'];

/** One event from each vendor, through each fake widget's own controls. */
const oneOfEach = (page: Page) =>
  run(
    page,
    `(() => {
    window.fakeAdobe.fire('CONVERSATION_ENGAGED');
    window.fakeGenesys.step('WebChat', 'opened');
    window.fakeCustomerly.openChat(); window.fakeCustomerly.closeChat();
    window.fakeSmartAgent.startContact();
    window.fakeCTLive.startChat();
  })()`,
  );

async function allWidgets(page: Page): Promise<void> {
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, '/fixtures/adobe_dynamic_chat.js');
  await loadScript(page, '/fixtures/genesys_widgets.js');
  await loadScript(page, '/fixtures/ctlive.js');
  await loadScript(page, '/fixtures/customerly-snippet.js');
  await run(page, `window.siteCalls = []; window.customerly.load({ app_id: 'r', callbacks: { onChatOpened: function () { window.siteCalls.push('settings'); } } })`);
  await page.waitForFunction(() => (window as any).fakeCustomerly && (window as any).fakeGenesys.published.length >= 2);
  await run(page, `window.customerly.onChatClosed = function () { window.siteCalls.push('property'); }`);
}

const vendorsPushed = async (page: Page, from = 0) => [...new Set((await pushes(page)).slice(from).map((push) => push.chat.vendor))].sort();

// docs/security.md (Strict CSP): no eval, no string timers, no inline scripts or styles. `style-src 'self'` makes an
// inline <style> or style attribute a violation as well (scripts' own CSSOM writes stay allowed, as CSP has it).
const CSP = "script-src 'self'; style-src 'self'";

test("strict CSP (script-src 'self'; style-src 'self'): the runtime and every widget work, with no violation", async ({ page, pageErrors }) => {
  await page.route('**/fixtures/csp.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  const response = await page.goto('/fixtures/csp.html');
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  await run(page, "window.customerly.load({ app_id: 'csp' })");
  await page.waitForFunction(() => (window as any).fakeCustomerly && (window as any).fakeGenesys.published.length >= 2);
  await oneOfEach(page);
  await expect.poll(async () => (await vendorsPushed(page)).filter((id) => VENDORS.includes(id as string))).toEqual([...VENDORS].sort());
  // Every other vendor's fake widget, loaded by csp-vendors.js: each demo button once.
  const all: string[] = await run(page, 'window.chatwire.vendors');
  await page.waitForFunction(
    (ids) => ids.every((id: string) => (window as any).chatwireFakes?.[id]?.loaded === true),
    all.filter((id) => !VENDORS.includes(id)),
  );
  await run(page, `Object.values(window.chatwireFakes).forEach((fake) => fake.events.forEach(([, click]) => click()))`);
  await expect.poll(() => vendorsPushed(page)).toEqual([...all].sort());
  expect(await run(page, 'window.cspViolations')).toEqual([]);
  // The watcher does see violations: an inline script is one.
  await page.evaluate(() => {
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true';
    document.head.appendChild(inline);
  });
  await expect.poll(() => run(page, 'window.cspViolations.length')).toBe(1);
  expect(await run(page, 'window.inlineRan')).toBeUndefined();
  // So is an inline style attribute.
  await run(page, "document.body.setAttribute('style', 'color: red'); 0");
  await expect.poll(() => run(page, 'window.cspViolations.length')).toBe(2);
  // Chromium reports those deliberate violations on the console; they are the only errors allowed.
  const deliberate = (e: string) => e.includes('Executing inline script violates') || e.includes('Applying inline style violates');
  await expect.poll(() => pageErrors.filter(deliberate).length).toBe(2);
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !deliberate(e)));
});

test('stop() silences every vendor and hands single-slot callbacks back; start() after it works again, once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await allWidgets(page);
  await oneOfEach(page);
  await expect.poll(() => vendorsPushed(page)).toEqual([...VENDORS].sort());
  const before = (await pushes(page)).length;

  await run(page, 'window.chatwire.stop()');
  await oneOfEach(page);
  await run(page, "addEventListener('message', (m) => { if (m.data && m.data.object && m.data.object.chatID === 'marker') window.markerSeen = true; })");
  await run(page, "window.postMessage({ name: 'CTLiveEvent', type: 'ChatFinished', object: { chatID: 'marker' } }, '*')");
  // Every message posted before the marker has been dispatched by now.
  await page.waitForFunction(() => (window as any).markerSeen);
  // The site's callbacks ran once each time, with or without chatwire.
  await expect.poll(() => run(page, 'window.siteCalls')).toEqual(['settings', 'property', 'settings', 'property']);
  expect((await pushes(page)).length).toBe(before);

  await run(page, 'window.chatwire.start()');
  const restarted = (await pushes(page)).length;
  // SmartAgent replays the contact it started while chatwire was stopped; nothing else repeats.
  expect((await pushes(page)).slice(before).map((push) => push.chat.vendor_event)).toEqual(['CONTACT_STARTED']);
  await oneOfEach(page);
  await expect.poll(() => vendorsPushed(page, restarted)).toEqual([...VENDORS].sort());
  await expect.poll(async () => (await pushes(page)).length - restarted).toBe(6);
  expect(await run(page, 'window.siteCalls.length')).toBe(6);
});

test('SPA navigation (pushState, popstate) neither repeats events nor adds listeners', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await allWidgets(page);
  const listeners = () =>
    run(
      page,
      `[window.fakeSmartAgent.subscribers.length, window.fakeGenesys.subscribers['WebChat.opened'].length,
      Object.values(window.fakeAdobe.listeners).reduce((n, l) => n + l.length, 0)]`,
    );
  const attached = await listeners();
  for (const path of ['/fixtures/page.html?step=1', '/checkout', '/checkout/pay', '/fixtures/page.html']) {
    await page.evaluate((url) => history.pushState({}, '', url), path);
  }
  await page.evaluate(() => history.back());
  await page.waitForFunction(() => location.pathname === '/checkout/pay');
  expect(await listeners()).toEqual(attached);
  const before = (await pushes(page)).length;
  await oneOfEach(page);
  await expect.poll(async () => (await pushes(page)).length - before).toBe(6);
  const keys = (await pushes(page)).map((push) => JSON.stringify(push.chat));
  expect(new Set(keys).size).toBe(keys.length);
});

test('10,000 SmartAgent events, each delivered twice as a replay would, are pushed exactly once', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/smartagent.js');
  await page.evaluate(() => {
    const sa = (window as any).fakeSmartAgent;
    for (let i = 0; i < 10_000; i++) {
      const event = { type: 'CONTACT_STARTED', data: { contactId: `c-${i}` }, timestamp: 1637147056035 + i };
      sa.deliverRaw(event);
      sa.deliverRaw({ ...event, data: { ...event.data } });
    }
  });
  const count = await page.evaluate(() => (window as any).dataLayer.length);
  expect(count).toBe(2 + 10_000);
  // Spot checks on the contract shape (pushes() validates all of them).
  expect((await pushes(page)).length).toBe(10_002);
});

test('no polling for the life of the page: no timer fires after the first 10 s on a page without widgets', async ({ page }) => {
  await page.clock.install();
  await page.goto(PAGE);
  await page.evaluate(() => {
    const fired: number[] = ((window as any).timerFired = []);
    const start = performance.now();
    const original = window.setTimeout;
    (window as any).setTimeout = (fn: () => void, delay?: number) => original(() => (fired.push(performance.now() - start), fn()), delay);
  });
  await loadScript(page, RUNTIME);
  await page.clock.runFor(60_000);
  const fired: number[] = await run(page, 'window.timerFired');
  expect(fired.length).toBeGreaterThan(0);
  expect(fired.filter((t) => t > 10_000)).toEqual([]);
  // A script loaded later restarts a short tail, which ends too.
  await loadScript(page, '/fixtures/ctlive.js');
  await page.clock.runFor(60_000);
  const after: number[] = await run(page, 'window.timerFired');
  expect(after.filter((t) => t > 60_000 + 10_000)).toEqual([]);
});

test('every other vendor: its widget events push, stop() silences them all, start() brings them back', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  const others: string[] = await run(page, `window.chatwire.vendors.filter((id) => !${JSON.stringify(VENDORS)}.includes(id))`);
  for (const id of others) {
    await loadScript(page, `/fixtures/${id}.js`);
    await page.waitForFunction((vendor) => (window as any).chatwireFakes?.[vendor]?.loaded === true, id);
  }
  // Every button of every fake widget's demo panel: the vendor's own events, through its own API.
  const clickAll = () => run(page, `Object.values(window.chatwireFakes).forEach((fake) => fake.events.forEach(([, click]) => click()))`);
  await clickAll();
  await expect.poll(() => vendorsPushed(page)).toEqual([...others].sort());

  await run(page, 'window.chatwire.stop()');
  const stopped = (await pushes(page)).length;
  await clickAll();
  // The fakes deliver synchronously inside the clicks, as the vendors call their callbacks: nothing is still on its way.
  expect((await pushes(page)).length).toBe(stopped);

  await run(page, 'window.chatwire.start()');
  const restarted = (await pushes(page)).length;
  await clickAll();
  await expect.poll(() => vendorsPushed(page, restarted)).toEqual([...others].sort());
  // Re-subscribing made vendors replay their ready event (LiveChat) or show a loaded state (Tawk.to, HubSpot,
  // Freshchat, Chatwoot, Drift): each widget object still loaded once.
  const loaded = (await pushes(page)).filter((push) => push.chat.action === 'loaded').map((push) => `${push.chat.vendor} ${push.chat.vendor_event}`);
  expect(loaded.length).toBeGreaterThan(10);
  expect(loaded).toEqual([...new Set(loaded)]);
});

test('a snippet added to <body> long after start, chatwire having started in <head> before <body> existed: attached through its stub, the queued show pushed once', async ({
  page,
}) => {
  await page.clock.install();
  // chatwire in <head>, as GTM's container runs it: document.body is still null.
  await page.route('**/fixtures/head-first.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><script>window.bodyAtStart = !!document.body</script><script src="${RUNTIME}"></script></head><body></body></html>`,
    }),
  );
  // The widget script is held (network time) until the loader has queued its show.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/fixtures/intercom.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/fixtures/head-first.html');
  expect(await run(page, 'window.bodyAtStart')).toBe(false);
  // Past the timer tail: only script loads and insertions wake chatwire now.
  await page.clock.runFor(15_000);
  // What a lazy loader does on the visitor's click: Intercom's documented stub and a boot, the widget script added to
  // <body>, then a show; the script replays the queue as it runs, before its load event.
  await run(
    page,
    `(() => { const stub = function () { stub.c(arguments); }; stub.q = []; stub.c = (args) => stub.q.push(args); window.Intercom = stub;
    Intercom('boot', { app_id: 'demo' });
    const script = document.createElement('script'); script.src = '/fixtures/intercom.js'; document.body.appendChild(script); })()`,
  );
  await run(page, "Intercom('show')");
  release();
  await expect.poll(async () => (await pushes(page)).map((push) => `${push.chat.vendor} ${push.chat.action}`)).toEqual(['intercom loaded', 'intercom opened']);
});
