import { existsSync, readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { loadTemplate } from '../test/gtm/harness';
import { PAGE, expect, loadScript, pushes, run, test } from './helpers';
import { createHash } from 'node:crypto';

// The GTM path in a real browser. First the imported container, played the
// way GTM runs it (fixtures/gtm-sandbox.js: Initialization, Tag Sequencing,
// Custom HTML, the template's sandboxed code, Custom Event triggers, GA4 tags
// recorded instead of sent); then the template's CDN route, through the same
// sandbox APIs: window.chatwireConfig and real script elements → the built
// runtime → the fake widgets → the dataLayer.
const template = loadTemplate();
const container = JSON.parse(readFileSync(new URL('../gtm-template/container.json', import.meta.url), 'utf8'));
const params = (items: any[]): any[] => items.flatMap((p) => [p, ...params(p.subParams ?? [])]);
/** The tag's data as GTM builds it from the parameters' defaults. */
const defaults = Object.fromEntries(
  params(template.parameters)
    .filter((p) => 'defaultValue' in p)
    .map((p) => [p.name, p.defaultValue]),
);
/** The CDN route: the files as the template asks for them. */
const cdn = { ...defaults, runtimeSource: 'cdn' };

/** The container as a marketer leaves it after import: the GA4 measurement ID set. */
function imported(measurementId = 'G-TEST12345'): any {
  const copy = JSON.parse(JSON.stringify(container));
  copy.containerVersion.variable.find((v: any) => v.name === 'GA4 Measurement ID').parameter[0].value = measurementId;
  return copy;
}

async function fireTag(page: Page, data: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(([code, d]) => (window as any).runTemplate(code, d), [template.code, data] as const);
}

/** Every URL the page requests, to prove nothing comes from a CDN. */
function requests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function open(page: Page): Promise<void> {
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/gtm-sandbox.js');
}

async function customerlyLead(page: Page, email: string): Promise<void> {
  await loadScript(page, '/fixtures/customerly-snippet.js');
  await run(page, 'window.customerly.load({ app_id: "cafe1234" })');
  await page.waitForFunction(() => (window as any).fakeCustomerly);
  await run(page, `window.fakeCustomerly.lead(${JSON.stringify(email)})`);
}

const names = async (page: Page) => (await pushes(page)).map((push) => `${push.chat.vendor}:${push.event}`);

test('the imported container, played as GTM plays it: runtime tag then chatwire tag, chat_* pushes, GA4 recipes, no request to any CDN', async ({ page, baseURL }) => {
  const urls = requests(page);
  await open(page);
  const log = await page.evaluate((c) => (window as any).playContainer(c), imported());
  // Tag Sequencing: the runtime tag (setup) finished before the chatwire tag ran.
  expect(log).toEqual([
    ['chatwire runtime', 'succeeded'],
    ['chatwire', 'succeeded'],
  ]);
  expect(await run(page, 'window.gtmInjected')).toEqual([]);
  expect(await run(page, 'window.chatwireConfig')).toEqual({
    vendors: await run(page, 'window.chatwire.vendors'),
    events: expect.not.arrayContaining(['loaded', 'shown']),
    eventPrefix: 'chat_',
    dataLayerName: 'dataLayer',
    pii: 'redact',
    allowedOrigins: [],
    debug: false,
  });
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, '/fixtures/ctlive.js');
  await run(page, 'window.fakeSmartAgent.startContact(), window.fakeCTLive.click("w-77")');
  await customerlyLead(page, 'jane.doe@example.com');
  // loaded and shown are per-page noise: unticked in the container's tag.
  await expect.poll(() => names(page)).toEqual(['smartagent:chat_started', 'ctlive:chat_opened', 'customerly:chat_lead']);
  const ga4: any[] = await run(page, 'window.gtmGa4');
  expect(ga4.map((hit) => `${hit.tag} → ${hit.eventName}`)).toEqual([
    'GA4 - chat events (chatwire) → chat_started',
    'GA4 - chat events (chatwire) → chat_opened',
    'GA4 - chat events (chatwire) → chat_lead',
    'GA4 - generate_lead (chatwire) → generate_lead',
  ]);
  expect(ga4[0].measurementId).toBe('G-TEST12345');
  expect(ga4[0].params).toMatchObject({ chat_vendor: 'smartagent', chat_action: 'started', chat_conversation_id: expect.stringMatching(/^[0-9a-f-]{8,}/) });
  expect(Object.keys(ga4[0].params).length).toBeLessThanOrEqual(25);
  expect(JSON.stringify(ga4)).not.toContain('jane.doe');
  expect(ga4[3].params).toMatchObject({ chat_vendor: 'customerly', chat_lead_type: 'email' });
  // Everything came from the page's own server: fixtures and the runtime inside the container.
  expect(urls.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
  expect(urls.some((url) => url.includes('/dist/'))).toBe(false);
});

test('the container with consent denied by the site: the runtime waits, then starts once granted and SmartAgent history arrives', async ({ page }) => {
  await open(page);
  // A CMP's Consent Mode default, set before GTM's Initialization.
  await run(page, 'window.setConsent("analytics_storage", false)');
  expect(await page.evaluate((c) => (window as any).playContainer(c), imported())).toEqual([
    ['chatwire runtime', 'succeeded'],
    ['chatwire', 'succeeded'],
  ]);
  await loadScript(page, '/fixtures/smartagent.js');
  await run(page, 'window.fakeSmartAgent.startContact()');
  expect(await run(page, 'window.chatwireConfig')).toEqual({ vendors: [] });
  expect(await pushes(page)).toEqual([]);
  await run(page, 'window.setConsent("analytics_storage", true)');
  await expect.poll(() => names(page)).toEqual(['smartagent:chat_started']);
});

test('GA4 tags stay blocked while the measurement ID is the placeholder; chat events still reach the dataLayer', async ({ page }) => {
  await open(page);
  await page.evaluate((c) => (window as any).playContainer(c), container);
  await loadScript(page, '/fixtures/smartagent.js');
  await run(page, 'window.fakeSmartAgent.startContact()');
  await expect.poll(() => names(page)).toEqual(['smartagent:chat_started']);
  expect(await run(page, 'window.gtmGa4')).toEqual([]);
});

test('from the CDN, every widget: the tag writes the contract config, injects the pinned runtime once, and chat events flow', async ({ page }) => {
  await open(page);
  expect(await fireTag(page, { ...cdn, event_loaded: true, event_shown: true })).toBe('success');
  expect(await run(page, 'window.gtmInjected')).toEqual([expect.stringMatching(/^https:\/\/cdn\.jsdelivr\.net\/npm\/chatwire@\d+\.\d+\.\d+\/dist\/chatwire\.min\.js$/)]);
  expect(await run(page, 'document.querySelectorAll("script[src=\'/dist/chatwire.min.js\']").length')).toBe(1);
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, '/fixtures/ctlive.js');
  await expect.poll(() => names(page)).toEqual(['smartagent:chat_loaded', 'smartagent:chat_shown', 'ctlive:chat_loaded', 'ctlive:chat_shown', 'ctlive:chat_shown']);
});

test('from the CDN, only these widgets: the core and one adapter per ticked widget', async ({ page }) => {
  test.skip(!existsSync(new URL('../dist/chatwire.core.min.js', import.meta.url)), 'dist/chatwire.core.min.js and dist/vendors/ come with the per-vendor build (CONTRACT §1)');
  await open(page);
  expect(await fireTag(page, { ...cdn, vendorMode: 'some', vendor_smartagent: true })).toBe('success');
  expect(((await run(page, 'window.gtmInjected')) as string[]).map((url) => url.replace(/^.*\/dist\//, ''))).toEqual(['chatwire.core.min.js', 'vendors/smartagent.min.js']);
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, '/fixtures/ctlive.js');
  await run(page, 'window.fakeSmartAgent.startContact(), window.fakeCTLive.click("w-77")');
  await expect.poll(() => names(page)).toEqual(['smartagent:chat_started']);
});

test("the site's own runtime, configured by the tag: only these widgets, events, prefix, privacy", async ({ page }) => {
  await open(page);
  await loadScript(page, '/dist/chatwire.min.js');
  expect(await fireTag(page, { ...defaults, vendorMode: 'some', vendor_smartagent: true, vendor_customerly: true, event_loaded: true, eventPrefix: 'cw_', pii: 'hash' })).toBe(
    'success',
  );
  expect(await run(page, 'window.gtmInjected')).toEqual([]);
  await loadScript(page, '/fixtures/smartagent.js');
  await loadScript(page, '/fixtures/ctlive.js');
  await customerlyLead(page, 'jane.doe@example.com');
  await run(page, 'window.fakeCTLive.click("w-77"), window.fakeSmartAgent.startContact()');
  await expect.poll(() => names(page)).toEqual(['smartagent:cw_loaded', 'customerly:cw_loaded', 'customerly:cw_lead', 'smartagent:cw_started']);
  const lead = (await pushes(page))[2].chat;
  expect(lead.email_sha256).toBe(createHash('sha256').update('jane.doe@example.com').digest('hex'));
  expect(lead.email).toBeNull();
});

test('the tag firing twice (two containers): one runtime, one script, no repeats, the later config wins', async ({ page }) => {
  await open(page);
  await fireTag(page, cdn);
  await loadScript(page, '/fixtures/smartagent.js');
  await run(page, 'window.fakeSmartAgent.startContact()');
  await expect.poll(() => names(page)).toEqual(['smartagent:chat_started']);
  expect(await fireTag(page, { ...cdn, eventPrefix: 'second_' })).toBe('success');
  await run(page, 'window.fakeSmartAgent.transferToQueue()');
  await expect.poll(async () => (await pushes(page)).map((push) => push.event)).toEqual(['chat_started', 'second_agent_requested']);
  expect(await run(page, 'document.querySelectorAll("script[src=\'/dist/chatwire.min.js\']").length')).toBe(1);
  expect(await run(page, 'window.fakeSmartAgent.subscribers.length')).toBe(1);
});

const guide = readFileSync(new URL('../docs/gtm.md', import.meta.url), 'utf8');
/** A nonce-based CSP as Google recommends it ('strict-dynamic'), and one that also lists hosts instead. 'unsafe-eval' is only for the GTM stand-in. */
const STRICT_DYNAMIC = "script-src 'nonce-n0nce-for-tests' 'strict-dynamic' 'unsafe-eval'";
const NONCE_AND_HOSTS = "script-src 'nonce-n0nce-for-tests' 'self' 'unsafe-eval'";

async function cspPage(page: Page, policy: string): Promise<void> {
  await page.route('**/fixtures/gtm-csp.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.goto('/fixtures/gtm-csp.html');
}

/** The container with the runtime tag's HTML changed as `edit` says. */
function withRuntimeHtml(edit: (html: string) => string, extraVariables: any[] = []): any {
  const copy = imported();
  const html = copy.containerVersion.tag.find((t: any) => t.name === 'chatwire runtime').parameter.find((p: any) => p.key === 'html');
  html.value = edit(html.value);
  copy.containerVersion.variable.push(...extraVariables);
  return copy;
}

test('nonce-based CSP with strict-dynamic: the imported runtime tag runs as it is (GTM, trusted by its nonce, adds it)', async ({ page }) => {
  await cspPage(page, STRICT_DYNAMIC);
  expect(await page.evaluate((c) => (window as any).playContainer(c), imported())).toEqual([
    ['chatwire runtime', 'succeeded'],
    ['chatwire', 'succeeded'],
  ]);
  await loadScript(page, '/fixtures/smartagent.js');
  await run(page, 'window.fakeSmartAgent.startContact()');
  await expect.poll(() => names(page)).toEqual(['smartagent:chat_started']);
});

test('nonce-based CSP without strict-dynamic: the imported runtime tag is refused; with the nonce edit of docs/gtm.md section 8 it runs', async ({ page, pageErrors }) => {
  // As imported: inline script without the nonce is refused, so the sequence never reaches the chatwire tag.
  await cspPage(page, NONCE_AND_HOSTS);
  await page.evaluate(() => {
    (window as any).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => (window as any).violations.push(event.effectiveDirective));
  });
  await page.evaluate((c) => void (window as any).playContainer(c), imported());
  await expect.poll(() => run(page, 'window.violations')).toEqual([expect.stringMatching(/^script-src/)]);
  expect(await run(page, 'typeof window.chatwire')).toBe('undefined');
  expect(await run(page, 'window.gtmTagLog')).toEqual([]);
  // The refusal is the browser's console error this test expects; nothing else may fail.
  expect(pageErrors.splice(0)).toEqual([expect.stringMatching(/Content Security Policy/)]);

  // The documented edit: a DOM Element variable reading data-nonce, and the nonce on the tag's script.
  const firstLine = guide.match(/`(<script type="text\/gtmscript" nonce="\{\{CSP nonce\}\}">)`/)?.[1] as string;
  expect(firstLine).toBeTruthy();
  const nonceVariable = {
    ...imported().containerVersion.variable[0],
    variableId: '98',
    name: 'CSP nonce',
    type: 'd',
    parameter: [
      { type: 'TEMPLATE', key: 'selectorType', value: 'CSS' },
      { type: 'TEMPLATE', key: 'elementSelector', value: 'script[data-nonce]' },
      { type: 'TEMPLATE', key: 'attributeName', value: 'data-nonce' },
    ],
  };
  await page.goto('/fixtures/gtm-csp.html');
  const log = await page.evaluate(
    (c) => (window as any).playContainer(c),
    withRuntimeHtml((html) => html.replace('<script type="text/gtmscript">', firstLine), [nonceVariable]),
  );
  expect(log).toEqual([
    ['chatwire runtime', 'succeeded'],
    ['chatwire', 'succeeded'],
  ]);
  await loadScript(page, '/fixtures/smartagent.js');
  await run(page, 'window.fakeSmartAgent.startContact()');
  await expect.poll(() => names(page)).toEqual(['smartagent:chat_started']);
});

test("self-hosting as docs/gtm.md section 9 says: the runtime tag loads the script from the site's own URL, in order, then configures it", async ({ page }) => {
  const recipe = guide.split('## 9. Self-hosting')[1].match(/```html\n([\s\S]*?)```/)?.[1] as string;
  expect(recipe).toContain('chatwire-0.1.0.min.js');
  const urls = requests(page);
  await open(page);
  const html = recipe.replace(/^ {3}/gm, '').replace('https://www.example.com/js/chatwire-0.1.0.min.js', '/dist/chatwire.min.js').trim();
  const log = await page.evaluate(
    (c) => (window as any).playContainer(c),
    withRuntimeHtml(() => html),
  );
  expect(log).toEqual([
    ['chatwire runtime', 'succeeded'],
    ['chatwire', 'succeeded'],
  ]);
  expect(urls.filter((url) => url.endsWith('/dist/chatwire.min.js'))).toHaveLength(1);
  await loadScript(page, '/fixtures/smartagent.js');
  await run(page, 'window.fakeSmartAgent.startContact()');
  await expect.poll(() => names(page)).toEqual(['smartagent:chat_started']);
});
