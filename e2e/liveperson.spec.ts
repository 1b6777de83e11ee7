import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, chat, dataLayerText, expect, loadScript, pushes, run, test, attachLog } from './helpers';

// LivePerson's documented events → actions, written out independently of the adapter's table.
const expected = (vendor_event: string, action: string, fields: Record<string, unknown> = {}) =>
  expect.objectContaining({
    event: `chat_${action}`,
    chat: { ...chat({ vendor: 'liveperson', action, vendor_event, ...fields }), timestamp: expect.any(Number) },
  });

const fake = 'window.chatwireFakes.liveperson';
/** This vendor's pushes, without the core's derived ones (`chatwire:…`). */
const lpPushes = async (page: Page) => (await pushes(page)).filter((push) => push.chat.vendor === 'liveperson' && !String(push.chat.vendor_event).startsWith('chatwire:'));
const emit = (page: Page, app: string, ev: string, data: unknown) => run(page, `${fake}.emit(${JSON.stringify(app)}, ${JSON.stringify(ev)}, ${JSON.stringify(data)})`);

const engagement = { campaignId: 210599710, engagementId: 210600710, engagementName: 'Sales chat button', engagementType: 5, contextId: '1', state: 1 };
const STATE = 'lpUnifiedWindow:state';
/** [app, event, data, action, fields]: every mapped event and state. */
const ROWS: [string, string, unknown, string, Record<string, unknown>][] = [
  ['LP_OFFERS', 'OFFER_CLICK', engagement, 'opened', { widget_id: '210600710', widget_name: 'Sales chat button' }],
  ['lpUnifiedWindow', 'state', { state: 'preChat' }, 'form_started', { label: 'preChat' }],
  ['lpUnifiedWindow', 'state', { state: 'waiting' }, 'agent_requested', { label: 'waiting' }],
  ['lpUnifiedWindow', 'state', { state: 'chatting' }, 'agent_joined', { label: 'chatting' }],
  ['lpUnifiedWindow', 'state', { state: 'ended' }, 'ended', { label: 'ended' }],
  ['lpUnifiedWindow', 'state', { state: 'postChat' }, 'survey_started', { label: 'postChat' }],
];
const everyRow = async (page: Page) => {
  for (const [app, ev, data] of ROWS) await emit(page, app, ev, data);
};
const EVERY_ROW = ROWS.map(([app, , , action, fields]) => expected(app === 'LP_OFFERS' ? 'LP_OFFERS:OFFER_CLICK' : STATE, action, fields));

for (const order of ['runtime, snippet, tag', 'snippet, runtime, tag']) {
  test(`${order}: binds deferred by the snippet run once the tag loads; every event pushed once; the site's listener runs once`, async ({ page }) => {
    const attachLines = attachLog(page, 'liveperson');
    await page.goto(PAGE);
    await run(page, 'window.fakeLivePersonOptions = { manual: true }; window.chatwireConfig = { debug: true }');
    if (order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/liveperson.js');
    // The tag snippet's events object: `bind` and `trigger` only, both deferring through lpTag.defer.
    expect(await run(page, 'Object.keys(lpTag.events).sort()')).toEqual(['bind', 'trigger']);
    await run(page, `window.siteCalls = []; lpTag.events.bind('lpUnifiedWindow', 'state', (data, info) => siteCalls.push(info.eventName + ' ' + data.state))`);
    if (!order.startsWith('runtime')) await loadScript(page, RUNTIME);
    await expect.poll(() => run(page, '(lpTag._defB || []).length')).toBe(3);
    await run(page, `${fake}.load()`);
    await everyRow(page);
    await expect.poll(() => lpPushes(page)).toEqual(EVERY_ROW);
    expect(await run(page, 'window.siteCalls')).toEqual(['state uninitialised', 'state preChat', 'state waiting', 'state chatting', 'state ended', 'state postChat']);
    // One chatwire listener per event: the tag ran the deferred binds, chatwire did not bind again.
    expect(await run(page, `${fake}.listeners().length`)).toBe(3);
    // Loaded (derived) once the next detection pass finds the tag's events object; attached once, through the snippet, nothing failed on it.
    await expect.poll(async () => (await pushes(page)).filter((push) => push.chat.vendor_event === 'chatwire:attached').length).toBe(1);
    expect(attachLines()).toEqual(['[chatwire] liveperson attached']);
  });
}

test('tag loaded before chatwire: later events pushed; stop() silences chatwire, the site listener keeps running', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/liveperson.js');
  await expect.poll(() => run(page, `${fake}.loaded`)).toBe(true);
  await run(page, `window.siteCalls = 0; lpTag.events.bind({ appName: 'LP_OFFERS', eventName: 'OFFER_CLICK', func: () => siteCalls++ })`);
  await loadScript(page, RUNTIME);
  await everyRow(page);
  await expect.poll(() => lpPushes(page)).toEqual(EVERY_ROW);
  await run(page, 'chatwire.stop()');
  await everyRow(page);
  expect(await lpPushes(page)).toEqual(EVERY_ROW);
  expect(await run(page, 'window.siteCalls')).toBe(2);
});

test('other states and apps push nothing; malformed data is ignored; no personal data', async ({ page }) => {
  await page.goto(PAGE);
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/liveperson.js');
  await expect.poll(() => run(page, `${fake}.listeners().length`)).toBe(2);
  await run(
    page,
    `(() => { const f = ${fake};
    for (const state of ['resume', 'initialised', 'uninitialised', 'offline', 'notfound', 'interactive', 'applicationEnded']) f.emit('lpUnifiedWindow', 'state', { state });
    f.emit('LP_OFFERS', 'START', ${JSON.stringify(engagement)});
    f.emit('lp_sdes', 'VAR_ADDED', { type: 'personal', personal: { contacts: [{ email: 'jane.doe@example.com' }] } });
    for (const raw of [null, 'waiting', 42, [], { state: {} }, { state: 'toString' }]) f.emit('lpUnifiedWindow', 'state', raw);
    for (const raw of [null, 'x', { engagementId: {}, engagementName: 'Chat with jane.doe@example.com' }]) f.emit('LP_OFFERS', 'OFFER_CLICK', raw); })()`,
  );
  await expect
    .poll(async () => (await lpPushes(page)).map((push) => [push.event, push.chat.widget_id, push.chat.widget_name]))
    .toEqual([
      ['chat_opened', null, null],
      ['chat_opened', null, null],
      ['chat_opened', null, 'Chat with [redacted]'],
    ]);
  expect(await dataLayerText(page)).not.toContain('jane.doe@');
});
