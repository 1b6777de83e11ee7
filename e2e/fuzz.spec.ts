import fc from 'fast-check';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, expect, loadScript, pushes, run, test } from './helpers';
import { registry } from '../runtime/registry';

// Fuzzing every adapter's inputs through the vendor's own channel, in the
// real runtime. Invariants: nothing is thrown into the page or the vendor
// (the fakes call chatwire without try/catch), every push validates against
// the JSON Schema (pushes() checks it), Object.prototype is untouched, and no
// email or phone number from the input reaches the dataLayer (default redact).
const RUNS = 300;
const SEED = 20261121;

const emails = fc.emailAddress();
const phones = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 3 }))
  .map(([cc, a, b, c, style]) => {
    const last = String(c).padStart(4, '0');
    return [`+${cc} ${a} ${b} ${last}`, `(${a}) ${b}-${last}`, `+${cc}${a}${b}${last}`, `0${a} ${b} ${last}`][style];
  });

const names: Record<string, string[]> = {
  smartagent: ['CHAT_LOADED', 'CHAT_VISIBLE', 'CONTACT_STARTED', 'TRANSFER_TO_QUEUE', 'CONNECT_TO_AGENT', 'CONTACT_ENDED'],
  adobe_dynamic_chat: ['CONVERSATION_TRIGGERED', 'CONVERSATION_ENGAGED', 'CONVERSATION_INPUT_EMAIL', 'CONVERSATION_INPUT_PHONE', 'CONVERSATION_MEETING_BOOKED', 'CONVERSATION_LIVE_CHAT_ENDED'],
  genesys_widgets: ['WebChat.ready', 'WebChat.opened', 'WebChat.submitted', 'WebChat.rejected', 'Callback.started', 'Callback.submitted', 'Callback.completed'],
  customerly: ['onChatOpened', 'onNewConversation', 'onLeadGenerated', 'onProfilingQuestionAsked', 'onProfilingQuestionAnswered', 'onHelpCenterArticleOpened', 'onRealtimeVideoAnswered'],
  ctlive: ['Loaded', 'WidgetShown', 'WidgetClicked', 'ChatStarted', 'ChatOnline', 'DatacollectionSubmitted', 'SurveySubmitted'],
};
/** The seed vendors' fakes have their own controls; every other fake has emit(name, ...args), through the vendor's own channel. */
const seeds = Object.keys(names);
for (const vendor of registry) names[vendor.id] ??= Object.keys(vendor.events);
const fieldNames = [
  'type', 'data', 'timestamp', 'payload', 'object', 'name', 'event', 'errors', 'form', 'elapsed', 'email', 'phonenumber', 'title', 'id', 'sid',
  'uiType', 'agentName', 'agentID', 'chatInstanceName', 'contactId', 'widgetID', 'userID', 'chatID', 'callbacks', 'label',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '$cycle', '$throw',
];

/** Any JSON, leaning towards the names and shapes the adapters read, with personal data and hostile markers mixed in. */
function value(vendor: string): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    emails,
    phones,
    emails.map((email) => `Chat with ${email}`),
    phones.map((phone) => `call me on ${phone}`),
    fc.constantFrom(...names[vendor], 'CTLiveEvent', 'Chat', 'ClickToCall', 'Client', 'Agent', '__proto__', 'constructor', '$hugeString', '$hugeArray'),
  );
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string()), tie('node'), { maxKeys: 6 })),
  }));
  return node;
}

/** One case per vendor channel: an event name and the callback's arguments, as JSON. */
function cases(vendor: string): { name: string; args: string[] }[] {
  const name = fc.oneof(fc.constantFrom(...names[vendor]), fc.string());
  const known = fc.constantFrom(...names[vendor]);
  // Shaped like the vendor's payloads, so many cases get past the first checks.
  const shaped: Record<string, fc.Arbitrary<unknown>> = {
    smartagent: fc.record({ type: known, data: value(vendor), timestamp: fc.oneof(fc.integer(), value(vendor)) }),
    adobe_dynamic_chat: fc.record({ type: fc.string(), data: fc.record({ payload: value(vendor) }) }),
    genesys_widgets: fc.record({ event: known, data: value(vendor) }),
    customerly: value(vendor),
    ctlive: fc.oneof(
      fc.record({ name: fc.constantFrom('CTLiveEvent', 'Other'), type: fc.oneof(known, fc.string()), object: value(vendor) }),
      fc.record({ name: fc.constant('CTLiveEvent'), type: known, object: value(vendor) }).map((m) => JSON.stringify(m)),
    ),
  };
  const payload = shaped[vendor] ? fc.oneof(value(vendor), shaped[vendor], shaped[vendor]) : value(vendor);
  const args = vendor === 'customerly' || !shaped[vendor] ? fc.array(payload, { maxLength: 3 }) : payload.map((p) => [p]);
  return fc.sample(fc.record({ name, args: args.map((list: unknown[]) => list.map((a) => JSON.stringify(a ?? null))) }), { numRuns: RUNS, seed: SEED });
}

const prototypeNames = (page: Page) => page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort().join());

async function setUp(page: Page, vendor: string): Promise<void> {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/fuzz.js');
  // Debug mode logs each attachment: record them, and leave the rest of the debug output unprinted.
  await run(page, `window.attached = []; window.chatwireConfig = { debug: true };
    console.log = (tag, id, what) => { if (tag === '[chatwire]' && what === 'attached') attached.push(id); }`);
  await loadScript(page, RUNTIME);
  if (vendor === 'customerly') {
    await loadScript(page, '/fixtures/customerly-snippet.js');
    await run(page, 'window.siteCalls = 0; window.customerly.load({ app_id: "f", callbacks: { onChatOpened: function () { window.siteCalls++; } } })');
    await page.waitForFunction(() => (window as any).fakeCustomerly);
  } else {
    await loadScript(page, `/fixtures/${vendor}.js`);
  }
  // chatwire listens once attached, which may come after the widget is ready (a detection timer, a ready event): wait for it.
  if (!seeds.includes(vendor)) {
    await page.waitForFunction((id) => (window as any).chatwireFakes?.[id]?.loaded !== false, vendor);
    await page.waitForFunction((id) => (window as any).attached.includes(id), vendor);
  }
  if (vendor === 'smartagent') await run(page, 'window.siteCalls = 0; window.saEvents.subscribe(function () { window.siteCalls++; })');
  if (vendor === 'genesys_widgets') await page.waitForFunction(() => (window as any).fakeGenesys.published.length === 2);
}

for (const vendor of Object.keys(names)) {
  test(`fuzz ${vendor}: ${RUNS} generated inputs through the vendor's channel`, async ({ page }) => {
    test.setTimeout(60_000);
    const generated = cases(vendor);
    await setUp(page, vendor);
    const before = await prototypeNames(page);
    const sentBefore = (await pushes(page)).length;
    const siteBefore: number = await run(page, 'window.siteCalls || 0');
    expect(await page.evaluate(([v, c]) => (window as any).fuzz(v, c), [vendor, generated] as const)).toBe(RUNS);
    if (vendor === 'ctlive') {
      // postMessage is asynchronous: a last, known message marks the end of the queue.
      await run(page, "window.postMessage({ name: 'CTLiveEvent', type: 'ChatFinished', object: { chatID: 'fuzz-end' } }, '*')");
      await expect.poll(async () => (await pushes(page)).at(-1)?.chat.conversation_id, { timeout: 10_000 }).toBe('fuzz-end');
    }
    const all = await pushes(page);
    // Some inputs are well-formed enough to push; the rest are ignored.
    expect(all.length).toBeGreaterThan(sentBefore);
    expect(await prototypeNames(page)).toBe(before);
    expect(await page.evaluate(() => Object.keys({}).length + Object.keys(Object.prototype).length)).toBe(0);
    // The site's own subscriber, after chatwire's in the vendor's loop, saw every delivery.
    if (vendor === 'smartagent') expect((await run<number>(page, 'window.siteCalls')) - siteBefore).toBe(RUNS);
    if (vendor === 'customerly') {
      const opened = generated.filter((c) => c.name === 'onChatOpened').length;
      expect(await run(page, 'window.siteCalls')).toBe(opened);
    }
    // No email or phone number of the input, anywhere in the dataLayer.
    const text = JSON.stringify(all);
    const secrets = new Set<string>();
    const collect = (json: string) => {
      JSON.stringify(JSON.parse(json), (_, v) => {
        if (typeof v === 'string') {
          for (const m of v.matchAll(/[^\s@]+@[^\s@]+\.[^\s@]+|\+\d[\d ]{7,}\d|\(\d{3}\) \d{3}-\d{4}|0\d{3} \d{3} \d{4}/g)) secrets.add(m[0]);
        }
        return v;
      });
    };
    generated.forEach((c) => c.args.forEach(collect));
    expect(secrets.size).toBeGreaterThan(10);
    for (const secret of secrets) expect(text.includes(secret), secret).toBe(false);
  });
}
