import { type Page } from '@playwright/test';
import { loadTemplate } from '../test/gtm/harness';
import { PAGE, expect, loadScript, pushes, run, test } from './helpers';
import { createHash } from 'node:crypto';

// The whole chain in a real browser: the template's sandboxed code (through a
// browser-side GTM API shim) → window.chatwireConfig and a real script element
// → the built runtime → the fake widgets → the dataLayer.
const template = loadTemplate();
const params = (items: any[]): any[] => items.flatMap((p) => [p, ...params(p.subParams ?? [])]);
/** The tag's data as GTM builds it from the parameters' defaults. */
const defaults = Object.fromEntries(params(template.parameters).filter((p) => 'defaultValue' in p).map((p) => [p.name, p.defaultValue]));

async function fireTag(page: Page, data: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(([code, d]) => (window as any).runTemplate(code, d), [template.code, data] as const);
}

async function open(page: Page): Promise<void> {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/gtm-sandbox.js');
}

test('the default tag writes the contract config, injects the pinned runtime once, and chat events flow', async ({ page }) => {
  await open(page);
  expect(await fireTag(page, defaults)).toBe('success');
  const injected: string[] = await run(page, 'window.gtmInjected');
  expect(injected).toEqual([expect.stringMatching(/^https:\/\/cdn\.jsdelivr\.net\/npm\/chatwire@\d+\.\d+\.\d+\/dist\/chatwire\.min\.js$/)]);
  expect(await run(page, 'document.querySelectorAll("script[src=\'/dist/chatwire.min.js\']").length')).toBe(1);
  const config = await run(page, 'window.chatwireConfig');
  expect(config).toEqual({
    vendors: await run(page, 'window.chatwire.vendors'),
    events: expect.arrayContaining(['loaded', 'opened', 'lead']),
    eventPrefix: 'chat_',
    dataLayerName: 'dataLayer',
    pii: 'redact',
    allowedOrigins: [],
    debug: false,
  });
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, '/fixtures/ctlive.js');
  await expect.poll(async () => (await pushes(page)).map((push) => `${push.chat.vendor}:${push.event}`)).toEqual([
    'smartagent:chat_loaded', 'smartagent:chat_shown', 'ctlive:chat_loaded', 'ctlive:chat_shown', 'ctlive:chat_shown',
  ]);
});

test('toggles set in the tag show in what is pushed: vendors, events, prefix, privacy', async ({ page }) => {
  await open(page);
  await fireTag(page, { ...defaults, vendor_ctlive: false, event_shown: false, eventPrefix: 'cw_', pii: 'hash' });
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, '/fixtures/ctlive.js');
  await loadScript(page, '/fixtures/customerly-snippet.js');
  await run(page, 'window.customerly.load({ app_id: "cafe1234" })');
  await page.waitForFunction(() => (window as any).fakeCustomerly);
  await run(page, 'window.fakeCustomerly.lead("jane.doe@example.com"), window.fakeCTLive.click("w-77"), window.fakeSmartAgent.startContact()');
  await expect.poll(async () => (await pushes(page)).map((push) => `${push.chat.vendor}:${push.event}`)).toEqual([
    'smartagent:cw_loaded', 'customerly:cw_loaded', 'customerly:cw_lead', 'smartagent:cw_started',
  ]);
  const lead = (await pushes(page))[2].chat;
  expect(lead.email_sha256).toBe(createHash('sha256').update('jane.doe@example.com').digest('hex'));
  expect(lead.email).toBeNull();
});

test('consent gating: nothing loads until the consent type is granted, then earlier SmartAgent history arrives', async ({ page }) => {
  await open(page);
  expect(await fireTag(page, { ...defaults, consentGating: true, consentType: 'analytics_storage' })).toBe('success');
  await loadScript(page, '/fixtures/smartagent.js');
  await run(page, 'window.fakeSmartAgent.startContact()');
  expect(await run(page, 'window.gtmInjected.length')).toBe(0);
  expect(await run(page, 'typeof window.chatwire')).toBe('undefined');
  expect(await pushes(page)).toEqual([]);
  await run(page, 'window.grantConsent("analytics_storage")');
  await expect.poll(async () => (await pushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_shown', 'chat_started']);
});

test('the tag firing twice (two containers): one runtime, one script, no repeats, the later config wins', async ({ page }) => {
  await open(page);
  await fireTag(page, defaults);
  await loadScript(page, '/fixtures/smartagent.js');
  await expect.poll(async () => (await pushes(page)).length).toBe(2);
  expect(await fireTag(page, { ...defaults, eventPrefix: 'second_' })).toBe('success');
  await run(page, 'window.fakeSmartAgent.startContact()');
  await expect.poll(async () => (await pushes(page)).map((push) => push.event)).toEqual(['chat_loaded', 'chat_shown', 'second_started']);
  expect(await run(page, 'document.querySelectorAll("script[src=\'/dist/chatwire.min.js\']").length')).toBe(1);
  expect(await run(page, 'window.fakeSmartAgent.subscribers.length')).toBe(1);
});
