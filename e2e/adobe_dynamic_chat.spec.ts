import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, type Push } from './helpers';

// CONTRACT §7, adobe_dynamic_chat — written out independently of the adapter's table.
const ROWS: [string, string, Record<string, string>?][] = [
  ['CONVERSATION_TRIGGERED', 'shown'],
  ['CONVERSATION_ENGAGED', 'started'],
  ['CONVERSATION_COMPLETED', 'completed'],
  ['CONVERSATION_CLOSED', 'closed'],
  ['CONVERSATION_INPUT_PHONE', 'lead', { lead_type: 'phone' }],
  ['CONVERSATION_INPUT_EMAIL', 'lead', { lead_type: 'email' }],
  ['CONVERSATION_MEETING_BOOKED', 'meeting_booked'],
  ['CONVERSATION_LIVE_CHAT_REQUESTED', 'agent_requested'],
  ['CONVERSATION_LIVE_CHAT_INITIATED', 'agent_joined'],
  ['CONVERSATION_LIVE_CHAT_ENDED', 'ended'],
  ['CONVERSATION_LIVE_CHAT_REQUEST_TIMEOUT', 'agent_timeout'],
];

interface AdobeEvent {
  data: { payload: Record<string, string> };
}

/** The exact push for one Adobe event: payload.id/name/type/uiType/sid/agentID/agentName → fields. */
const expected = (key: string, action: string, event: AdobeEvent, extra: Record<string, string> = {}, timestamp: unknown = expect.any(Number)): Push => {
  const p = event.data.payload;
  return {
    event: `chat_${action}`,
    chat: chat({
      vendor: 'adobe_dynamic_chat',
      action,
      vendor_event: key,
      channel: 'chat',
      widget_id: p.id,
      widget_name: p.name,
      widget_type: p.type,
      ui_type: p.uiType,
      session_id: p.sid,
      agent_id: p.agentID ?? null,
      agent_name: p.agentName ?? null,
      timestamp,
      ...extra,
    }),
  };
};

const loaded: Push = {
  event: 'chat_loaded',
  chat: chat({ vendor: 'adobe_dynamic_chat', action: 'loaded', vendor_event: 'adobedx.conversations.ready', channel: 'chat', timestamp: expect.any(Number) }),
};

const fire = (page: Page, key: string, overrides?: unknown): Promise<AdobeEvent> => page.evaluate(([k, o]) => (window as any).fakeAdobe.fire(k, o), [key, overrides] as const);

async function everyRow(page: Page): Promise<void> {
  for (const [key, action, extra] of ROWS) {
    const event = await fire(page, key);
    await expect.poll(async () => (await pushes(page)).at(-1)).toEqual(expected(key, action, event, extra));
  }
}

test('runtime first: ready → loaded once, then every mapping row of CONTRACT §7', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/adobe_dynamic_chat.js');
  await expect.poll(() => pushes(page)).toEqual([loaded]);
  await everyRow(page);
  expect((await pushes(page)).length).toBe(1 + ROWS.length);
});

test("widget first: attaching to an AdobeDX that is already ready reports loaded once; the site's listener runs once", async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/adobe_dynamic_chat.js');
  await run(page, `window.siteCalls = []; AdobeDX.addListener(AdobeDX.Enum.Events.CONVERSATION_ENGAGED, (event) => siteCalls.push(typeof event.data))`);
  await loadScript(page, RUNTIME);
  await expect.poll(() => pushes(page)).toEqual([loaded]);
  await everyRow(page);
  expect(await run(page, 'window.siteCalls')).toEqual(['object']);
});

test('a ready event long after the script loaded is heard, and loaded is still pushed once', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await run(page, 'window.fakeAdobeOptions = { readyAfterMs: 1500 }');
  await loadScript(page, '/fixtures/adobe_dynamic_chat.js');
  await page.waitForFunction(() => (window as any).AdobeDX);
  await expect.poll(() => pushes(page)).toEqual([loaded]);
  const event = await fire(page, 'CONVERSATION_TRIGGERED');
  await expect.poll(async () => (await pushes(page)).at(-1)).toEqual(expected('CONVERSATION_TRIGGERED', 'shown', event));
  // One listener per event, however the runtime found the widget.
  expect(await run(page, 'Object.values(window.fakeAdobe.listeners).map((l) => l.length)')).toEqual(ROWS.map(() => 1));
});

test('start() again or stop()/start() attaches once and never repeats loaded', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/adobe_dynamic_chat.js');
  await expect.poll(async () => (await pushes(page)).length).toBe(1);
  await run(page, 'chatwire.start({}), chatwire.stop(), chatwire.start({})');
  await fire(page, 'CONVERSATION_ENGAGED');
  await expect.poll(async () => (await pushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_started']);
});

test('visitor input never reaches the dataLayer, in any privacy mode', async ({ page }) => {
  const secrets = { email: 'jane.doe@example.com', phone: '+1 415 555 0100', value: 'Jane Doe', message: 'call me maybe' };
  for (const pii of ['redact', 'hash', 'include']) {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/adobe_dynamic_chat.js');
    // Undocumented extra payload fields, as a later widget version might send.
    await fire(page, 'CONVERSATION_INPUT_EMAIL', secrets);
    await fire(page, 'CONVERSATION_INPUT_PHONE', secrets);
    await expect.poll(async () => (await pushes(page)).map((push) => push.chat.lead_type)).toEqual([null, 'email', 'phone']);
    const text = await dataLayerText(page);
    for (const secret of Object.values(secrets)) expect(text, pii).not.toContain(secret);
    // Adobe documents no field with the value itself: no hash either.
    for (const push of await pushes(page)) expect([push.chat.email, push.chat.phone, push.chat.email_sha256, push.chat.phone_sha256]).toEqual([null, null, null, null]);
  }
});
