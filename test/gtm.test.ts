import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { allParameters, globalAllowed, loadTemplate, newWorld, readPermissions, readText, runSandboxed, runScenario, runScenarioIn, sandboxApis, sections, urlAllowed } from './gtm/harness.js';
import { actions } from '../runtime/lib/actions.js';
import { registry } from '../runtime/registry.js';
import { sentActions } from '../runtime/lib/sentActions.js';

const template = loadTemplate();
const permissions = readPermissions(template.permissions);
const { version } = JSON.parse(readText('package.json'));
const RUNTIME_URL = `https://cdn.jsdelivr.net/npm/chatwire@${version}/dist/chatwire.min.js`;
const sent = actions.filter((action) => sentActions(registry).includes(action));

test('every section is there, found by its marker, and parses', () => {
  for (const name of ['TERMS_OF_SERVICE', 'INFO', 'TEMPLATE_PARAMETERS', 'SANDBOXED_JS_FOR_WEB_TEMPLATE', 'WEB_PERMISSIONS', 'TESTS', 'NOTES']) {
    assert.ok(template.sections[name], `___${name}___`);
  }
  // Markers, not order: a licence comment first and shuffled sections parse the same.
  const shuffled = `// Copyright header\n\n___TESTS___\n\n${template.sections.TESTS}\n\n___INFO___\n\n${template.sections.INFO}\n`;
  assert.deepEqual(JSON.parse(sections(shuffled).INFO), template.info);
  assert.deepEqual(parseYaml(sections(shuffled).TESTS), template.tests);
});

test('___INFO___ is a web tag with the Gallery fields', () => {
  const { info } = template;
  assert.equal(info.type, 'TAG');
  assert.equal(info.id, 'cvt_temp_public_id');
  assert.equal(info.version, 1);
  assert.deepEqual(info.securityGroups, []);
  assert.deepEqual(info.containerContexts, ['WEB']);
  assert.match(info.displayName, /^[A-Z][a-z]+( [A-Z][a-z]+)+$/, 'Title Case');
  assert.ok(info.description.length > 20);
  assert.ok(info.categories.includes('CHAT'));
  assert.match(info.brand.thumbnail, /^data:image\/png;base64,[A-Za-z0-9+/=]+$/);
  assert.ok(info.brand.id && info.brand.displayName);
});

test('parameters have valid shapes, unique names, and help a marketer can read', () => {
  const params = allParameters(template.parameters);
  const names = params.map((p) => p.name);
  assert.equal(new Set(names).size, names.length, 'unique names');
  const types = ['TEXT', 'CHECKBOX', 'SELECT', 'RADIO', 'GROUP', 'LABEL', 'SIMPLE_TABLE', 'PARAM_TABLE'];
  for (const p of params) {
    assert.ok(types.includes(p.type), `${p.name}: type ${p.type}`);
    assert.match(p.name, /^[A-Za-z][A-Za-z0-9_]*$/);
    if (p.type === 'CHECKBOX') assert.ok(p.checkboxText && p.simpleValueType === true && typeof p.defaultValue === 'boolean', p.name);
    if (p.type === 'TEXT' || p.type === 'SELECT' || p.type === 'RADIO') assert.ok(p.displayName && p.simpleValueType === true, p.name);
    if (p.type === 'SELECT') assert.ok(p.selectItems.every((i: any) => i.value && i.displayValue), p.name);
    if (p.type === 'RADIO') assert.ok(p.radioItems.every((i: any) => i.value && i.displayValue), p.name);
    if (p.type === 'GROUP') assert.ok(['ZIPPY_CLOSED', 'ZIPPY_OPEN', 'ZIPPY_OPEN_ON_PARAM', 'NO_ZIPPY'].includes(p.groupStyle) && p.subParams.length, p.name);
    if (p.type === 'LABEL') assert.ok(p.displayName, p.name);
    if (p.type === 'SIMPLE_TABLE') assert.ok(p.simpleTableColumns.every((c: any) => c.name && c.displayName && c.type), p.name);
    if (p.type !== 'LABEL' && p.type !== 'GROUP') assert.ok(p.help || p.radioItems || p.type === 'SELECT', `${p.name} has help`);
    for (const v of p.valueValidators ?? []) {
      assert.ok(['NON_EMPTY', 'REGEX', 'POSITIVE_NUMBER', 'STRING_LENGTH', 'NUMBER', 'NON_NEGATIVE_NUMBER', 'TABLE_ROW_COUNT'].includes(v.type), `${p.name}: ${v.type}`);
      if (v.type === 'REGEX') new RegExp(v.args[0]);
    }
    for (const c of p.enablingConditions ?? []) assert.ok(names.includes(c.paramName), `${p.name}: enabling condition on ${c.paramName}`);
  }
});

test('one checkbox per vendor and per action, all on by default, generated from the registry', () => {
  const params = allParameters(template.parameters);
  const ids = params.filter((p) => p.name.startsWith('vendor_')).map((p) => p.name.slice(7));
  const events = params.filter((p) => p.name.startsWith('event_')).map((p) => p.name.slice(6));
  assert.deepEqual(ids, registry.map((vendor) => vendor.id));
  assert.deepEqual(events, sent);
  assert.ok(params.filter((p) => /^(vendor|event)_/.test(p.name)).every((p) => p.type === 'CHECKBOX' && p.defaultValue === true));
});

test('the event prefix validator accepts GA4-safe prefixes that keep names within 40 characters', () => {
  const prefix = allParameters(template.parameters).find((p) => p.name === 'eventPrefix');
  const pattern = new RegExp(prefix.valueValidators.find((v: any) => v.type === 'REGEX').args[0]);
  const longest = Math.max(...sent.map((action) => action.length));
  for (const ok of ['chat_', 'cw_', 'Support', 'a'.repeat(40 - longest)]) assert.match(ok, pattern, ok);
  for (const bad of ['', 'chat-', '1chat', '_chat', 'chat ', 'ch.at_', 'a'.repeat(41 - longest)]) assert.doesNotMatch(bad, pattern, bad);
  assert.ok(prefix.valueValidators.some((v: any) => v.type === 'NON_EMPTY'));
});

test('the runtime URL is pinned to package.json\'s version', () => {
  assert.ok(template.code.includes(`const RUNTIME_URL = '${RUNTIME_URL}';`), RUNTIME_URL);
  assert.deepEqual(permissions.injectUrls, [RUNTIME_URL]);
});

test('the sandboxed code is sandbox JavaScript: no window, document, new, this, templates, spread, regular expressions', () => {
  // Comments cannot hide forbidden code; strip them before looking.
  for (const [name, code] of [['template code', template.code], ...template.tests.scenarios.map((s) => [s.name, s.code]), ['setup', template.tests.setup ?? '']]) {
    const source = code.replace(/\/\/.*$/gm, '');
    for (const [what, pattern] of [
      ['window', /\bwindow\b/], ['document', /\bdocument\b/], ['new', /\bnew\s/], ['this', /\bthis\b/], ['class', /\bclass\s/],
      ['template literal', /`/], ['spread', /\.\.\./], ['async', /\basync\b|\bawait\b/], ['regex literal', /[=(,]\s*\/[^/*]/], ['eval', /\beval\b|\bFunction\b/],
    ] as const) {
      assert.doesNotMatch(source, pattern, `${name}: ${what}`);
    }
  }
});

test('every API the code requires, every global it touches and every URL it injects is covered by a permission', () => {
  const required = [...template.code.matchAll(/require\('(\w+)'\)/g)].map((m) => m[1]);
  const needs: Record<string, string> = {
    injectScript: 'inject_script', setInWindow: 'access_globals', copyFromWindow: 'access_globals', callInWindow: 'access_globals',
    logToConsole: 'logging', isConsentGranted: 'access_consent', addConsentListener: 'access_consent',
  };
  for (const api of required) {
    assert.ok(api in sandboxApis(permissions, newWorld()), `known API ${api}`);
    if (needs[api]) assert.ok(permissions.ids.includes(needs[api]), `${api} needs ${needs[api]}`);
  }
  // Globals: each literal key, with the right it needs — and nothing more is granted.
  const uses: [string, 'read' | 'write' | 'execute'][] = [];
  for (const [api, right] of [['setInWindow', 'write'], ['copyFromWindow', 'read'], ['callInWindow', 'execute']] as const) {
    for (const m of template.code.matchAll(new RegExp(`${api}\\(('[^']*'|[^,)]*)`, 'g'))) {
      assert.match(m[1], /^'/, `${api} is called with a literal key, so its permission can be checked: ${m[1]}`);
      uses.push([m[1].slice(1, -1), right]);
    }
  }
  for (const [key, right] of uses) assert.ok(globalAllowed(permissions, key, right), `access_globals ${right} ${key}`);
  for (const entry of permissions.globals) {
    for (const right of ['read', 'write', 'execute'] as const) {
      if (entry[right]) assert.ok(uses.some(([key, r]) => key === entry.key && r === right), `granted but unused: ${right} ${entry.key}`);
    }
  }
  // URLs: every injected literal matches a pattern.
  const url = template.code.match(/const RUNTIME_URL = '([^']+)'/)?.[1] as string;
  assert.ok(urlAllowed(permissions.injectUrls, url));
  assert.ok(!urlAllowed(permissions.injectUrls, 'https://cdn.jsdelivr.net/npm/chatwire@latest/dist/chatwire.min.js'), 'no wildcard versions');
  // Logging only in debug; every selectable consent type readable, none writable.
  assert.equal(permissions.logging, 'debug');
  const consentTypes = allParameters(template.parameters).find((p) => p.name === 'consentType').selectItems.map((i: any) => i.value);
  assert.deepEqual(permissions.consent.map((c) => c.consentType), consentTypes);
  assert.ok(permissions.consent.every((c) => c.read && !c.write));
});

test('every data field the code reads is a template parameter', () => {
  const names = allParameters(template.parameters).map((p) => p.name);
  const read = new Set([...template.code.matchAll(/\bdata\.(\w+)/g)].map((m) => m[1]));
  for (const key of read) assert.ok(names.includes(key) || key === 'gtmOnSuccess' || key === 'gtmOnFailure', `data.${key}`);
  assert.match(template.code, /data\['vendor_' \+ id\]/);
  assert.match(template.code, /data\['event_' \+ action\]/);
});

for (const scenario of template.tests.scenarios) {
  test(`___TESTS___: ${scenario.name}`, () => {
    runScenario(template, scenario);
  });
}

test('there are at least 8 scenarios, and a broken template fails them', () => {
  assert.ok(template.tests.scenarios.length >= 8);
  // The harness really asserts: the same scenarios against a template whose code drops unticked vendors wrongly.
  const broken = { ...template, code: template.code.replace("data['vendor_' + id] !== false", 'true') };
  assert.throws(() => runScenario(broken, template.tests.scenarios.find((s) => s.name.startsWith('An unticked vendor'))!), /setInWindow/);
  const noFailure = { ...template, code: template.code.split('data.gtmOnFailure').join('data.gtmOnSuccess') };
  assert.throws(() => runScenario(noFailure, template.tests.scenarios.find((s) => s.name.startsWith('A runtime that fails'))!), /gtmOnFailure/);
});

// Where GTM's real semantics decide the outcome, the template runs with those APIs unmocked
// (the template's own setup still mocks injectScript). Skipped if a rewrite drops consent gating.
const gating = allParameters(template.parameters).some((p) => p.name === 'consentGating') && /\bmockData\b/.test(template.tests.setup ?? '');
test('unmocked: a consent type never set counts as granted, so consent gating starts at once (GTM API #isconsentgranted)', { skip: !gating && 'no consent gating' }, () => {
  const world = newWorld();
  runScenarioIn(template, { name: 'consent never set', code: "mockData.consentGating = true; mockData.consentType = 'ad_storage'; runCode(mockData); assertApi('addConsentListener').wasNotCalled(); assertApi('gtmOnSuccess').wasCalled();" }, world);
  assert.ok(world.window.chatwireConfig, 'the config was written at once');
});

test('unmocked: consent denied waits for the page to grant it, then starts once (GTM API #addconsentlistener)', { skip: !gating && 'no consent gating' }, () => {
  const world = newWorld();
  world.consent.ad_storage = false;
  const { calls } = runScenarioIn(template, { name: 'consent denied', code: "mockData.consentGating = true; mockData.consentType = 'ad_storage'; runCode(mockData); assertApi('setInWindow').wasNotCalled(); assertApi('gtmOnSuccess').wasCalled();" }, world);
  const written = () => calls.filter((call) => call.api === 'setInWindow' && call.args[0] === 'chatwireConfig').length;
  assert.equal(written(), 0);
  assert.equal(world.consentListeners.length, 1);
  const [type, listener] = world.consentListeners[0];
  assert.equal(type, 'ad_storage');
  // The page grants consent (twice: the listener must start chatwire once).
  listener('ad_storage', true);
  listener('ad_storage', true);
  assert.equal(written(), 1);
  assert.deepEqual((world.window as any).chatwireConfig.vendors, registry.map((vendor) => vendor.id));
});

test('unmocked, the APIs enforce the permissions like GTM', () => {
  const world = newWorld();
  const apis = sandboxApis(permissions, world);
  assert.throws(() => apis.injectScript('https://evil.example/x.js', () => undefined, () => undefined), /permission denied/);
  assert.throws(() => apis.setInWindow('dataLayer', [], true), /permission denied/);
  assert.throws(() => apis.callInWindow('alert'), /permission denied/);
  // The tag itself, run with every API real, writes the config and asks for the pinned URL.
  const calls: string[] = [];
  runSandboxed(template.code, { debug: true, gtmOnSuccess: () => calls.push('success'), gtmOnFailure: () => calls.push('failure') }, apis);
  assert.equal(world.injected[0].url, RUNTIME_URL);
  assert.equal(world.injected[0].cacheToken, 'chatwire');
  assert.deepEqual(Object.keys(world.window.chatwireConfig), ['vendors', 'events', 'eventPrefix', 'dataLayerName', 'pii', 'allowedOrigins', 'debug']);
  world.injected[0].onSuccess();
  assert.deepEqual(calls, ['success']);
});

test('metadata.yaml and LICENSE sit beside the template, as the Gallery requires', () => {
  const metadata = parseYaml(readText('gtm-template/metadata.yaml'));
  assert.match(metadata.homepage, /^https:\/\//);
  assert.match(metadata.documentation, /^https:\/\//);
  assert.ok(metadata.versions.length >= 1);
  for (const v of metadata.versions) {
    assert.match(v.sha, /^[0-9a-f]{40}$/);
    assert.ok(v.changeNotes);
  }
  assert.equal(readText('gtm-template/LICENSE'), readText('LICENSE'));
  assert.match(readText('gtm-template/LICENSE'), /Apache License\s+Version 2\.0/);
});
