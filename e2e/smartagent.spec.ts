import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, emptyChat, expect, loadScript, pushes, test, type Push, smartAgentContact } from './helpers';

// CONTRACT §7, smartagent — written out independently of the adapter's table.
const ACTION: Record<string, string> = {
  CHAT_LOADED: 'loaded',
  CHAT_VISIBLE: 'shown',
  CONTACT_STARTED: 'started',
  TRANSFER_TO_QUEUE: 'agent_requested',
  CONNECT_TO_AGENT: 'agent_joined',
  CONTACT_ENDED: 'ended',
};

interface SaEvent {
  type: string;
  data: { chatInstanceName?: string; contactId?: string };
  timestamp: number;
}

/** The exact push CONTRACT §4/§7 expects for one SmartAgent event. */
const expected = (event: SaEvent, prefix = 'chat_'): Push => ({
  event: prefix + ACTION[event.type],
  chat: {
    ...emptyChat(),
    vendor: 'smartagent',
    action: ACTION[event.type],
    vendor_event: event.type,
    channel: 'chat',
    widget_id: event.data.chatInstanceName ?? null,
    conversation_id: event.data.contactId ?? null,
    timestamp: event.timestamp,
  },
});

const history = (page: Page): Promise<SaEvent[]> => page.evaluate(() => (window as any).fakeSmartAgent.history);

test('widget first: the history since page load is pushed once, with its own timestamps', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/smartagent.js');
  await smartAgentContact(page);
  const before = await history(page);
  expect(before.map((event) => event.type)).toEqual(Object.keys(ACTION));
  await loadScript(page, RUNTIME);
  await expect.poll(() => pushes(page)).toEqual(before.map((event) => expected(event)));
});

test("widget fully loaded, chatwire later: the site's own subscriber keeps getting each event once", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/smartagent.js');
  await page.evaluate(() => {
    (window as any).siteCalls = [];
    (window as any).saEvents.subscribe((event: SaEvent) => (window as any).siteCalls.push(event.type));
  });
  await loadScript(page, RUNTIME);
  await smartAgentContact(page);
  const all = await history(page);
  await expect.poll(() => pushes(page)).toEqual(all.map((event) => expected(event)));
  // The site's subscriber got the replay of what happened before it subscribed, then each live event once.
  expect(await page.evaluate(() => (window as any).siteCalls)).toEqual(all.map((event) => event.type));
});

test('runtime first: a SmartAgent loaded later is attached and every event pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  expect(await pushes(page)).toEqual([]);
  await loadScript(page, '/fixtures/smartagent.js');
  await smartAgentContact(page);
  const all = await history(page);
  await expect.poll(() => pushes(page)).toEqual(all.map((event) => expected(event)));
});

test('static script tags, widget before runtime', async ({ page }) => {
  await page.goto('/fixtures/smartagent.html');
  const loaded = await history(page);
  expect(loaded.map((event) => event.type)).toEqual(['CHAT_LOADED', 'CHAT_VISIBLE']);
  await smartAgentContact(page);
  const all = await history(page);
  await expect.poll(() => pushes(page)).toEqual(all.map((event) => expected(event)));
});

test('every mapping row of CONTRACT §7 gives its exact push', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/smartagent.js');
  for (const type of Object.keys(ACTION)) {
    const data = type.startsWith('CHAT_') ? { chatInstanceName: 'sales_bot' } : { contactId: '9960459a-233f-4963-95f9-dde57ac4d9c5' };
    const sent: SaEvent = await page.evaluate(([t, d]) => (window as any).fakeSmartAgent.emit(t, d), [type, data] as const);
    await expect.poll(async () => (await pushes(page)).at(-1)).toEqual(expected(sent));
  }
});

test('a loader that exposes saEvents after fetching its configuration is attached within about a second', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await page.evaluate(() => ((window as any).fakeSmartAgentOptions = { defineAfterMs: 400 }));
  await loadScript(page, '/fixtures/smartagent.js');
  await page.waitForFunction(() => (window as any).saEvents);
  const defined = await page.evaluate(() => performance.now());
  // CONTRACT §8: picked up within about a second of appearing.
  await expect.poll(async () => (await pushes(page)).length, { timeout: 1_200 }).toBe(2);
  const pickedUp = await page.evaluate(() => performance.now());
  expect(pickedUp - defined).toBeLessThan(1_200);
  expect((await pushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_shown']);
});

test('a widget loaded long after the page went quiet is attached at its script load, with no timer running', async ({ page }) => {
  await page.clock.install();
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  // Ten minutes of page life: any detection timers have long finished.
  await page.clock.runFor(10 * 60_000);
  await loadScript(page, '/fixtures/smartagent.js');
  // No clock advance: the capturing load listener alone must find the widget.
  expect((await pushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_shown']);
});

test('an inline snippet parsed after the runtime started is found by the re-check tail', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await page.evaluate(() => {
    (window as any).saEvents = { subscribe: (fn: (e: unknown) => void) => fn({ type: 'CHAT_LOADED', data: { chatInstanceName: 'inline' }, timestamp: 1637147056035 }) };
  });
  await expect.poll(() => pushes(page)).toEqual([expected({ type: 'CHAT_LOADED', data: { chatInstanceName: 'inline' }, timestamp: 1637147056035 })]);
});

test('unknown and malformed SmartAgent events are ignored without errors', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/smartagent.js');
  await page.evaluate(() => {
    const sa = (window as any).fakeSmartAgent;
    sa.emit('CHAT_MINIMISED_IN_A_LATER_VERSION', { chatInstanceName: 'x' });
    for (const raw of [null, undefined, 42, 'CHAT_LOADED', [], {}, { type: 7 }, { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' }]) {
      sa.deliverRaw(raw);
    }
    const hostile = Object.defineProperty({}, 'type', {
      get: () => {
        throw new Error('hostile getter');
      },
    });
    sa.deliverRaw(hostile);
    // Well-formed type, garbage fields: pushed with nulls, never with objects.
    sa.deliverRaw({ type: 'CONTACT_STARTED', data: { contactId: { nested: true } }, timestamp: 'soon' });
  });
  const seen = await pushes(page);
  expect(seen.map((push) => push.event)).toEqual(['chat_loaded', 'chat_shown', 'chat_started']);
  expect(seen[2].chat.conversation_id).toBeNull();
  expect(typeof seen[2].chat.timestamp).toBe('number');
});
