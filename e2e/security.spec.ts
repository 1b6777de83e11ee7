import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, dataLayerText, expect, loadScript, pushes, run, smartAgentPage, test } from './helpers';

// Hostile values JSON cannot carry, so the fuzz test (e2e/fuzz.spec.ts, JSON
// through each vendor's channel) never sends them: Symbols, BigInts, Proxies
// whose every trap throws, objects whose conversion to text throws, boxed
// strings and arrays as event names, prototype names as the dataLayer's name,
// and configuration objects made of them. Each goes through the built runtime
// in real Chromium; the `test` of ./helpers fails on any page or console error.
// docs/security.md's "Promises under hostile input" names these tests.

/** The runtime (debug on, so the log paths see every hostile value too) and the SmartAgent fake, whose deliverRaw hands any value to chatwire's subscriber as SmartAgent would. */
async function smartAgent(page: Page, config = '{ debug: true }'): Promise<void> {
  await smartAgentPage(page, config, 'window.logged = []; console.log = (...args) => logged.push(args.map((a) => typeof a).join())');
  await expect.poll(async () => (await pushes(page)).length).toBe(2); // CHAT_LOADED, CHAT_VISIBLE from its history
}

const prototypeState = (page: Page) =>
  page.evaluate(() =>
    [Object.getOwnPropertyNames(Object.prototype).sort().join(), Object.keys(Object.prototype).length, Object.keys({}).length, typeof (Array.prototype as any).chat].join('|'),
  );

test('non-JSON hostile payloads through a vendor channel: Symbols, BigInts, throwing Proxies and conversions never throw, and push only what the contract allows', async ({
  page,
}) => {
  await smartAgent(page);
  const before = await prototypeState(page);
  const delivered = await page.evaluate(() => {
    const sa = (window as any).fakeSmartAgent;
    const trap = () => {
      throw new Error('hostile trap');
    };
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const throwingText = { toString: trap, valueOf: trap, [Symbol.toPrimitive]: trap };
    const throwingType = Object.defineProperty({ data: {} }, 'type', { get: trap, enumerable: true });
    const events: unknown[] = [
      proxy,
      revocable.proxy,
      throwingType,
      Symbol('CONTACT_STARTED'),
      BigInt(1),
      { type: Symbol('CONTACT_STARTED'), data: { contactId: 'x' } },
      { type: throwingText, data: { contactId: 'x' } },
      // Names that only become CONTACT_STARTED when converted: never a push.
      { type: ['CONTACT_STARTED'], data: { contactId: 'x' } },
      { type: new String('CONTACT_STARTED'), data: { contactId: 'x' } },
      { type: 42, data: { contactId: 'x' } },
      { type: 'CONTACT_STARTED', data: proxy, timestamp: proxy },
      { type: 'CONTACT_STARTED', data: revocable.proxy, timestamp: 1637147056036 },
      { type: 'TRANSFER_TO_QUEUE', data: { contactId: Symbol('c'), chatInstanceName: BigInt(7) }, timestamp: BigInt(1637147056035) },
      { type: 'CONNECT_TO_AGENT', data: { contactId: throwingText, chatInstanceName: new String('jane@example.com') }, timestamp: throwingText },
      { type: 'CONTACT_ENDED', data: Object.defineProperty({}, 'contactId', { get: trap, enumerable: true }) },
    ];
    for (const event of events) sa.deliverRaw(event);
    return events.length;
  });
  expect(delivered).toBe(15);
  const all = await pushes(page);
  // Only the five events whose type is the string of a mapped event are pushed; every hostile field became null.
  expect(all.slice(2).map((push) => [push.chat.vendor_event, push.chat.conversation_id, push.chat.widget_id])).toEqual([
    ['CONTACT_STARTED', null, null],
    ['CONTACT_STARTED', null, null],
    ['TRANSFER_TO_QUEUE', null, null],
    ['CONNECT_TO_AGENT', null, null],
    ['CONTACT_ENDED', null, null],
  ]);
  expect(all.every((push) => typeof push.chat.timestamp === 'number')).toBe(true);
  expect(await dataLayerText(page)).not.toContain('jane');
  expect(await prototypeState(page)).toBe(before);
  // Debug mode logged every one of them, Symbols included, without throwing.
  expect(await run<number>(page, 'logged.length')).toBeGreaterThan(15);
});

test('prototype names as the dataLayer name: pushes are lost, nothing is polluted, nothing throws', async ({ page }) => {
  for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']) {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { dataLayerName: ${JSON.stringify(name)} }`);
    const before = await prototypeState(page);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await run(page, 'window.fakeSmartAgent.startContact()');
    // The vendor's own subscribers still run after chatwire's failed push.
    await run(page, 'window.seen = 0; window.saEvents.subscribe(() => window.seen++)');
    expect(await run<number>(page, 'window.seen'), name).toBeGreaterThan(0);
    expect(await prototypeState(page), name).toBe(before);
    expect(await page.evaluate(() => typeof (Object.prototype as any).push + typeof (Function.prototype as any).push + typeof (window as any).push), name).toBe(
      'undefinedundefinedundefined',
    );
  }
});

test('hostile configuration values JSON cannot carry: Symbol keys and values, BigInts, inherited and __proto__ keys never switch pii away from redact', async ({ page }) => {
  await page.goto(PAGE);
  await run(page, 'window.logged = []; console.log = (...args) => logged.push(args.length)');
  await page.evaluate(() => {
    const trap = () => {
      throw new Error('hostile trap');
    };
    // An inherited pii, a JSON __proto__ key and a Symbol key, each asking for the values themselves.
    const config = Object.create({ pii: 'include', debug: true });
    Object.assign(config, JSON.parse('{"__proto__": {"pii": "include"}, "constructor": {"pii": "include"}}'));
    config[Symbol('pii')] = 'include';
    config.vendors = [Symbol('customerly'), 'customerly', BigInt(1), { toString: trap }];
    config.eventPrefix = Symbol('chat_');
    config.dataLayerName = BigInt(5);
    config.events = new Proxy([], { get: trap });
    config.allowedOrigins = [Symbol('*'), { toString: trap }];
    (window as any).chatwireConfig = config;
  });
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/customerly-snippet.js');
  // Customerly hands chatwire the visitor's email on onLeadGenerated: redact must hold.
  await run(page, 'window.customerly.load({ app_id: "s" })');
  await page.waitForFunction(() => (window as any).fakeCustomerly);
  await run(page, "window.fakeCustomerly.lead('jane.doe@example.com')");
  await expect.poll(async () => (await pushes(page)).filter((push) => push.chat.action === 'lead').length).toBe(1);
  const lead = (await pushes(page)).find((push) => push.chat.action === 'lead');
  expect(lead?.event).toBe('chat_lead');
  expect([lead?.chat.email, lead?.chat.email_sha256, lead?.chat.lead_type]).toEqual([null, null, 'email']);
  expect(await dataLayerText(page)).not.toContain('jane');
  // Not even start() with the same object, nor with a Symbol, a BigInt or a revoked Proxy, changes that or throws.
  await page.evaluate(() => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const given of [(window as any).chatwireConfig, Symbol('x'), BigInt(2), revocable.proxy]) (window as any).chatwire.start(given);
    (window as any).fakeCustomerly.lead('jane.doe@example.com');
  });
  await expect.poll(async () => (await pushes(page)).filter((push) => push.chat.action === 'lead').length).toBe(2);
  expect(await dataLayerText(page)).not.toContain('jane');
  expect(await page.evaluate(() => Object.keys(Object.prototype).length + Object.keys({}).length)).toBe(0);
});

test('the runtime sends nothing anywhere: no request, cookie, storage or element of its own, whatever it handles', async ({ page }) => {
  await page.goto(PAGE);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const state = () =>
    page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length, document.getElementsByTagName('*').length, (window as any).added?.length ?? 0].join('|'));
  await run(
    page,
    'window.added = []; new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => added.push(n)))).observe(document, { childList: true, subtree: true, attributes: true })',
  );
  const before = await state();
  await run(page, "window.chatwireConfig = { debug: true, pii: 'hash' }; console.log = () => {}");
  await loadScript(page, RUNTIME);
  // Events through CTLive's channel (no widget script, so nothing but chatwire can add anything), a restart, a stop.
  await page.evaluate(() => {
    for (const type of ['Loaded', 'WidgetShown', 'WidgetClicked', 'ChatStarted'])
      window.postMessage({ name: 'CTLiveEvent', type, object: { widgetID: 'w', type: 'Chat', chatID: 'c1', userID: 'jane@example.com' } }, '*');
  });
  await expect.poll(async () => (await pushes(page)).length).toBe(4);
  await run(page, 'window.chatwire.stop(), window.chatwire.start({ debug: true }), window.chatwire.stop()');
  // The only request is the runtime script itself; the only element added is its script tag.
  expect(requests.map((url) => new URL(url).pathname)).toEqual([RUNTIME]);
  const [cookie, local, session, elements, added] = (await state()).split('|');
  const [cookie0, local0, session0, elements0] = before.split('|');
  expect([cookie, local, session]).toEqual([cookie0, local0, session0]);
  expect(Number(elements)).toBe(Number(elements0) + 1);
  expect(await page.evaluate(() => (window as any).added.map((n: Element) => `${n.nodeName} ${(n as HTMLScriptElement).src ?? ''}`))).toEqual([
    `SCRIPT ${new URL(RUNTIME, page.url()).href}`,
  ]);
  expect(Number(added)).toBe(1);
});

test('a vendor whose attach threw is retried at the next detection check, and then reports once', async ({ page }) => {
  await page.goto(PAGE);
  await page.evaluate(() => {
    const w = window as any;
    w.subscribeCalls = 0;
    w.saSubscribers = [];
    // A SmartAgent whose first subscribe throws (a vendor bug while it boots), then works.
    w.saEvents = {
      subscribe(fn: (event: unknown) => void) {
        if (!w.subscribeCalls++) throw new Error('vendor bug while booting');
        w.saSubscribers.push(fn);
      },
    };
  });
  await loadScript(page, RUNTIME);
  // The first attach threw; a later check (the runtime's re-check tail after start, or a script load) attaches it.
  await expect.poll(() => run<number>(page, 'window.saSubscribers.length'), { timeout: 10_000 }).toBe(1);
  expect(await run<number>(page, 'window.subscribeCalls')).toBe(2);
  // Later detection checks (any script the page loads is one) find it attached: no second subscription.
  await loadScript(page, '/fixtures/fuzz.js');
  await run(page, "window.saSubscribers.forEach((fn) => fn({ type: 'CONTACT_STARTED', data: { contactId: 'retried' }, timestamp: 1637147056035 }))");
  await expect.poll(async () => (await pushes(page)).map((push) => push.chat.conversation_id)).toEqual(['retried']);
  expect(await run<number>(page, 'window.saSubscribers.length')).toBe(1);
  expect(await run<number>(page, 'window.subscribeCalls')).toBe(2);
});
