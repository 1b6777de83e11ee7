import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  allParameters,
  globalAllowed,
  loadTemplate,
  newWorld,
  readPermissions,
  readText,
  root,
  runSandboxed,
  runScenario,
  runScenarioIn,
  sandboxApis,
  sections,
  urlAllowed,
} from './gtm/harness.js';
import { actions } from '../runtime/lib/actions.js';
import { registry } from '../runtime/registry.js';
import { sentActions } from '../runtime/lib/sentActions.js';

const template = loadTemplate();
const permissions = readPermissions(template.permissions);
const { version } = JSON.parse(readText('package.json'));
const CDN_BASE = `https://cdn.jsdelivr.net/npm/chatwire@${version}/dist/`;
const CDN_URLS = ['chatwire.min.js', 'chatwire.core.min.js', 'chatwire.hash.min.js', ...registry.map((vendor) => `vendors/${vendor.id}.min.js`)].map((file) => CDN_BASE + file);
const sent = actions.filter((action) => sentActions(registry).includes(action));
const defaults = (): Record<string, unknown> =>
  Object.fromEntries(
    allParameters(template.parameters)
      .filter((p) => 'defaultValue' in p)
      .map((p) => [p.name, p.defaultValue]),
  );

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
    if (p.type === 'SELECT')
      assert.ok(
        p.selectItems.every((i: any) => i.value && i.displayValue),
        p.name,
      );
    if (p.type === 'RADIO')
      assert.ok(
        p.radioItems.every((i: any) => i.value && i.displayValue),
        p.name,
      );
    if (p.type === 'GROUP') assert.ok(['ZIPPY_CLOSED', 'ZIPPY_OPEN', 'ZIPPY_OPEN_ON_PARAM', 'NO_ZIPPY'].includes(p.groupStyle) && p.subParams.length, p.name);
    if (p.type === 'LABEL') assert.ok(p.displayName, p.name);
    if (p.type === 'SIMPLE_TABLE')
      assert.ok(
        p.simpleTableColumns.every((c: any) => c.name && c.displayName && c.type),
        p.name,
      );
    if (p.type !== 'LABEL' && p.type !== 'GROUP') assert.ok(p.help || p.radioItems || p.type === 'SELECT', `${p.name} has help`);
    for (const v of p.valueValidators ?? []) {
      assert.ok(['NON_EMPTY', 'REGEX', 'POSITIVE_NUMBER', 'STRING_LENGTH', 'NUMBER', 'NON_NEGATIVE_NUMBER', 'TABLE_ROW_COUNT'].includes(v.type), `${p.name}: ${v.type}`);
      if (v.type === 'REGEX') new RegExp(v.args[0]);
    }
    for (const c of p.enablingConditions ?? []) assert.ok(names.includes(c.paramName), `${p.name}: enabling condition on ${c.paramName}`);
  }
});

test('"Which chat widgets?": every widget by default, or only the ticked boxes, one per vendor, labelled with its product name', () => {
  const params = allParameters(template.parameters);
  const mode = params.find((p) => p.name === 'vendorMode');
  assert.deepEqual(
    mode.radioItems.map((i: any) => [i.value, i.displayValue]),
    [
      ['all', 'Every supported widget'],
      ['some', 'Only these'],
    ],
  );
  assert.equal(mode.defaultValue, 'all');
  const boxes = params.filter((p) => p.name.startsWith('vendor_'));
  assert.deepEqual(
    boxes.map((p) => p.name.slice(7)),
    registry.map((vendor) => vendor.id),
  );
  for (const box of boxes) {
    const id = box.name.slice(7);
    const doc = readText(`docs/vendors/${id}.md`);
    assert.equal(
      box.checkboxText,
      doc
        .split('\n')[0]
        .replace(/^#\s*/, '')
        .replace(/\s*\(`.*$/, ''),
      `${id}: the product name from docs/vendors/${id}.md`,
    );
    assert.equal(box.defaultValue, false);
    assert.deepEqual(box.enablingConditions, [{ paramName: 'vendorMode', paramValue: 'some', type: 'EQUALS' }]);
    const note = doc.split('\n').find((line) => line.startsWith('> **In GTM:** '));
    if (note)
      assert.equal(
        box.help,
        note
          .slice(14)
          .replace(/`|\*\*/g, '')
          .trim(),
        `${id}: help from its "In GTM" line`,
      );
    assert.doesNotMatch(box.help, /`/);
  }
});

test('actions in groups a marketer thinks in, labelled in words beside the event name, loaded and shown off by default', () => {
  const events = template.parameters.find((p: any) => p.name === 'eventsGroup');
  const groups = events.subParams.filter((p: any) => p.type === 'GROUP');
  assert.deepEqual(
    groups.map((g: any) => g.displayName),
    ['Widget', 'Conversation', 'Leads and forms', 'Agent', 'Survey and rating'],
  );
  const boxes = groups.flatMap((g: any) => g.subParams);
  assert.deepEqual(boxes.map((p: any) => p.name.slice(6)).sort(), [...sent].sort(), 'one box per action the vendors send');
  for (const box of boxes) {
    const action = box.name.slice(6);
    assert.match(box.checkboxText, new RegExp(`^[A-Z][a-z].* — chat_${action}$`), box.checkboxText);
    assert.equal(box.defaultValue, !['loaded', 'shown'].includes(action), action);
    // Help reads on its own: a capitalised sentence, no markdown, no "it".
    assert.match(box.help, /^[A-Z][^`]*\.$/, `${action}: ${box.help}`);
    assert.doesNotMatch(box.help, /^(It|They) /);
  }
  assert.equal(allParameters(template.parameters).find((p) => p.name === 'event_opened').checkboxText, 'Chat window opened — chat_opened');
});

test('the description is generated from the registry: every vendor named', () => {
  for (const vendor of registry) {
    const name = readText(`docs/vendors/${vendor.id}.md`)
      .split('\n')[0]
      .replace(/^#\s*/, '')
      .replace(/\s*\(`.*$/, '');
    assert.ok(template.info.description.includes(name), name);
  }
});

test('consent: on by default for analytics_storage, any number of consent types may be required', () => {
  const params = allParameters(template.parameters);
  assert.equal(params.find((p) => p.name === 'consentGating').defaultValue, true);
  const types = params.filter((p) => p.name.startsWith('consent_'));
  assert.ok(types.length >= 4);
  assert.deepEqual(
    types.filter((p) => p.defaultValue).map((p) => p.name),
    ['consent_analytics_storage'],
  );
  assert.ok(types.every((p) => p.type === 'CHECKBOX' && p.enablingConditions[0].paramName === 'consentGating'));
});

test('the event prefix validator accepts GA4-safe prefixes that keep names within 40 characters and are not GA4-reserved', () => {
  const prefix = allParameters(template.parameters).find((p) => p.name === 'eventPrefix');
  const patterns = prefix.valueValidators.filter((v: any) => v.type === 'REGEX').map((v: any) => new RegExp(v.args[0]));
  const ok = (value: string) => patterns.every((pattern: RegExp) => pattern.test(value));
  const longest = Math.max(...sent.map((action) => action.length));
  for (const good of ['chat_', 'cw_', 'Support', 'g', 'ga', 'google', 'go_', 'fire_', 'a'.repeat(40 - longest)]) assert.ok(ok(good), good);
  for (const bad of ['', 'chat-', '1chat', '_chat', 'chat ', 'ch.at_', 'a'.repeat(41 - longest), 'ga_', 'GA_x', 'google_', 'Google_chat', 'firebase_', 'FireBase_x'])
    assert.ok(!ok(bad), bad);
  assert.ok(prefix.valueValidators.some((v: any) => v.type === 'NON_EMPTY'));
  // GTM's validators use RE2: no lookaround, no backreferences.
  for (const pattern of patterns) assert.doesNotMatch(pattern.source, /\(\?[=!<]|\\[1-9]/);
});

test("the CDN files are pinned to package.json's version, and only they may be injected", () => {
  assert.ok(template.code.includes(`const CDN_BASE = '${CDN_BASE}';`), CDN_BASE);
  assert.deepEqual(permissions.injectUrls, CDN_URLS);
  assert.equal(allParameters(template.parameters).find((p) => p.name === 'runtimeSource').defaultValue, 'page', 'by default nothing is loaded');
});

test('the sandboxed code is sandbox JavaScript: no window, document, new, this, templates, spread, regular expressions', () => {
  // Comments cannot hide forbidden code; strip them before looking.
  for (const [name, code] of [['template code', template.code], ...template.tests.scenarios.map((s) => [s.name, s.code]), ['setup', template.tests.setup ?? '']]) {
    const source = code.replace(/\/\/.*$/gm, '');
    for (const [what, pattern] of [
      ['window', /\bwindow\b/],
      ['document', /\bdocument\b/],
      ['new', /\bnew\s/],
      ['this', /\bthis\b/],
      ['class', /\bclass\s/],
      ['template literal', /`/],
      ['spread', /\.\.\./],
      ['async', /\basync\b|\bawait\b/],
      ['regex literal', /[=(,]\s*\/[^/*]/],
      ['eval', /\beval\b|\bFunction\b/],
    ] as const) {
      assert.doesNotMatch(source, pattern, `${name}: ${what}`);
    }
  }
});

test('every API the code requires, every global it touches and every URL it injects is covered by a permission', () => {
  const required = [...template.code.matchAll(/require\('(\w+)'\)/g)].map((m) => m[1]);
  const needs: Record<string, string> = {
    injectScript: 'inject_script',
    setInWindow: 'access_globals',
    copyFromWindow: 'access_globals',
    callInWindow: 'access_globals',
    logToConsole: 'logging',
    isConsentGranted: 'access_consent',
    addConsentListener: 'access_consent',
  };
  for (const api of required) {
    assert.ok(api in sandboxApis(permissions, newWorld()), `known API ${api}`);
    if (needs[api]) assert.ok(permissions.ids.includes(needs[api]), `${api} needs ${needs[api]}`);
  }
  // Globals: each literal key, with the right it needs — and nothing more is granted.
  const uses: [string, 'read' | 'write' | 'execute'][] = [];
  for (const [api, right] of [
    ['setInWindow', 'write'],
    ['copyFromWindow', 'read'],
    ['callInWindow', 'execute'],
  ] as const) {
    for (const m of template.code.matchAll(new RegExp(`${api}\\(('[^']*'|[^,)]*)`, 'g'))) {
      assert.match(m[1], /^'/, `${api} is called with a literal key, so its permission can be checked: ${m[1]}`);
      uses.push([m[1].slice(1, -1), right]);
    }
  }
  for (const [key, right] of uses) assert.ok(globalAllowed(permissions, key, right), `access_globals ${right} ${key}`);
  for (const entry of permissions.globals) {
    for (const right of ['read', 'write', 'execute'] as const) {
      if (entry[right])
        assert.ok(
          uses.some(([key, r]) => key === entry.key && r === right),
          `granted but unused: ${right} ${entry.key}`,
        );
    }
  }
  // URLs: every file the code can inject matches a pattern.
  for (const url of CDN_URLS) assert.ok(urlAllowed(permissions.injectUrls, url), url);
  assert.ok(!urlAllowed(permissions.injectUrls, 'https://cdn.jsdelivr.net/npm/chatwire@latest/dist/chatwire.min.js'), 'no wildcard versions');
  // Logging only in debug; every selectable consent type readable, none writable.
  assert.equal(permissions.logging, 'debug');
  const consentTypes = allParameters(template.parameters)
    .filter((p) => p.name.startsWith('consent_'))
    .map((p) => p.name.slice(8));
  assert.deepEqual(
    permissions.consent.map((c) => c.consentType),
    consentTypes,
  );
  assert.ok(permissions.consent.every((c) => c.read && !c.write));
});

test('the permissions are exactly those docs/security.md lists: the same ids, globals, consent types and script URLs, no more', () => {
  // The doc promises "nothing else": compare to its table, not to what the code happens to use.
  const doc = readText('docs/security.md').split('\n## GTM permissions\n')[1].split('\n## ')[0];
  const rows = doc.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| permission'));
  const listed = rows.flatMap((row) => [...row.matchAll(/^\| [^|]*\(`(\w+)`\) \|/g)].map((m) => m[1]));
  // The section itself, parsed here: the harness's reading is not what is checked.
  const ids = JSON.parse(template.sections.WEB_PERMISSIONS).map((p: any) => p.instance.key.publicId);
  assert.equal(new Set(ids).size, ids.length, 'each permission once');
  assert.deepEqual([...ids].sort(), [...listed].sort());
  const count = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'][ids.length];
  assert.match(doc, new RegExp(`asks GTM for ${count} permissions`));
  // access_globals: one right per key, as the rows beside it say (`chatwireConfig`: write only).
  const globals = [...doc.matchAll(/\| `([\w.]+)`: (read|write|execute) only \|/g)].map((m) => `${m[2]} ${m[1]}`);
  const granted = permissions.globals.flatMap((entry) => (['read', 'write', 'execute'] as const).filter((right) => entry[right]).map((right) => `${right} ${entry.key}`));
  assert.deepEqual(granted.sort(), globals.sort());
  // access_consent: the consent types its row names, read only.
  const consentRow = rows.find((row) => row.includes('(`access_consent`)')) as string;
  assert.deepEqual(permissions.consent.map((c) => c.consentType).sort(), [...consentRow.split(' | ')[1].matchAll(/`(\w+)`/g)].map((m) => m[1]).sort());
  assert.match(consentRow, /read \(no write\)/);
  // inject_script: the files its row names, under the pinned base, `<id>` standing for every widget.
  const injectRow = rows.find((row) => row.includes('(`inject_script`)')) as string;
  const what = injectRow.split(' | ')[1];
  const base = [...what.matchAll(/`(https:\/\/[^`]*<version>[^`]*\/)`/g)].map((m) => m[1].replace('<version>', version));
  assert.deepEqual(base, [CDN_BASE]);
  const files = [...what.matchAll(/`([\w<>/.-]+\.min\.js)`/g)].flatMap((m) => (m[1].includes('<id>') ? registry.map((vendor) => m[1].replace('<id>', vendor.id)) : [m[1]]));
  assert.deepEqual([...permissions.injectUrls].sort(), files.map((file) => CDN_BASE + file).sort());
});

test('"Send the values" shows a warning that GA4 must not get personal data, and only then; the hash choice says the same of the hashes', () => {
  // docs/privacy.md promises it: "When Send the values is selected, the GTM tag shows a warning that says so."
  const params = allParameters(template.parameters);
  const pii = params.find((p) => p.name === 'pii');
  const include = pii.radioItems.find((i: any) => i.value === 'include');
  assert.match(include.displayValue, /^Send the values/, 'the choice the doc names');
  // Whatever it is called: the fields GTM shows or hides by the pii choice.
  const onPii = params.filter((p) => (p.enablingConditions ?? []).some((c: any) => c.paramName === 'pii'));
  // Two fields depend on the pii choice: this warning, and the hash choice's (below).
  assert.equal(onPii.length, 2, 'two fields depend on the pii choice');
  const [warning, hashWarning] = onPii;
  assert.equal(warning.type, 'LABEL', 'text, not a setting');
  // GTM shows a field only when its enablingConditions hold (and its groups are shown): exactly pii = include, in a group always shown.
  assert.deepEqual(warning.enablingConditions, [{ paramName: 'pii', paramValue: 'include', type: 'EQUALS' }]);
  const groups = (field: unknown, list: any[], path: any[] = []): any[] | undefined => {
    for (const p of list) {
      if (p === field) return path;
      const found = groups(field, p.subParams ?? [], [...path, p]);
      if (found) return found;
    }
    return undefined;
  };
  for (const field of [warning, hashWarning]) {
    for (const group of groups(field, template.parameters) as any[]) assert.equal(group.enablingConditions, undefined, `${group.name} is always shown`);
  }
  assert.ok(params.indexOf(warning) > params.indexOf(pii), 'below the choice');
  for (const said of [/warning/i, /Google Analytics/, /personal data/, /chat\.email/, /chat\.phone/]) assert.match(warning.displayName, said);
  // docs/privacy.md: "Don't send the hashes to GA4 either": the hash choice shows that, and only it.
  assert.equal(hashWarning.type, 'LABEL');
  assert.deepEqual(hashWarning.enablingConditions, [{ paramName: 'pii', paramValue: 'hash', type: 'EQUALS' }]);
  for (const said of [/GA4/, /personal data/, /chat\.email_sha256/, /chat\.phone_sha256/]) assert.match(hashWarning.displayName, said);
});

test('every data field the code reads is a template parameter', () => {
  const names = allParameters(template.parameters).map((p) => p.name);
  const read = new Set([...template.code.matchAll(/\bdata\.(\w+)/g)].map((m) => m[1]));
  for (const key of read) assert.ok(names.includes(key) || key === 'gtmOnSuccess' || key === 'gtmOnFailure', `data.${key}`);
  assert.match(template.code, /data\['vendor_' \+ id\]/);
  assert.match(template.code, /data\['consent_' \+ type\]/);
  assert.match(template.code, /data\['event_' \+ action\]/);
});

for (const scenario of template.tests.scenarios) {
  test(`___TESTS___: ${scenario.name}`, () => {
    runScenario(template, scenario);
  });
}

test('scenarios cover both widget modes, consent on, off and never set, both runtime sources; a broken template fails them', () => {
  const names = template.tests.scenarios.map((s) => s.name).join('\n');
  for (const topic of [/Every widget/, /Only these/, /Consent granted/, /Consent denied/, /never set/, /Consent gating off/, /on the page/, /from the CDN/])
    assert.match(names, topic);
  const scenario = (start: string) => template.tests.scenarios.find((s) => s.name.startsWith(start))!;
  // The harness really asserts: the same scenarios against templates broken on purpose.
  const broken = { ...template, code: template.code.replace("data['vendor_' + id] === true", 'true') };
  assert.throws(() => runScenario(broken, scenario('Only these with the runtime on the page')), /callInWindow/);
  const noFailure = { ...template, code: template.code.split('onFailure();').join('onSuccess();') };
  assert.throws(() => runScenario(noFailure, scenario('A CDN file that fails')), /gtmOnFailure/);
  const noWait = { ...template, code: template.code.replace('required.every((type) => isConsentGranted(type))', 'true') };
  assert.throws(() => runScenario(noWait, scenario('Consent denied')), /setInWindow/);
});

// Where GTM's real semantics decide the outcome, the template runs with those APIs unmocked
// (the template's own setup still mocks injectScript). Skipped if a rewrite drops consent gating.
const gating = allParameters(template.parameters).some((p) => p.name === 'consentGating') && /\bmockData\b/.test(template.tests.setup ?? '');
test('unmocked: a consent type never set counts as granted, so consent gating starts at once (GTM API #isconsentgranted)', { skip: !gating && 'no consent gating' }, () => {
  const world = newWorld();
  runScenarioIn(
    template,
    { name: 'consent never set', code: "mockData.consentGating = true; runCode(mockData); assertApi('addConsentListener').wasNotCalled(); assertApi('gtmOnSuccess').wasCalled();" },
    world,
  );
  assert.ok(world.window.chatwireConfig, 'the config was written at once');
});

test('unmocked: consent denied waits for the page to grant it, then starts once (GTM API #addconsentlistener)', { skip: !gating && 'no consent gating' }, () => {
  const world = newWorld();
  world.consent.analytics_storage = false;
  // The template's setup mocks the consent APIs for its own scenarios: here GTM's real ones decide.
  const setup = (template.tests.setup ?? '').replace(/mock\('isConsentGranted',[^\n]*\n/, '').replace(/mock\('addConsentListener',[\s\S]*?\n {0,2}\}\);\n/, '');
  const unmocked = { ...template, tests: { ...template.tests, setup } };
  assert.doesNotMatch(setup, /mock\('(isConsentGranted|addConsentListener)'/);
  const { calls } = runScenarioIn(
    unmocked,
    { name: 'consent denied', code: "mockData.consentGating = true; runCode(mockData); assertApi('setInWindow').wasNotCalled(); assertApi('gtmOnSuccess').wasCalled();" },
    world,
  );
  const written = () => calls.filter((call) => call.api === 'setInWindow' && call.args[0] === 'chatwireConfig').length;
  assert.equal(written(), 0);
  assert.equal(world.consentListeners.length, 1);
  const [type, listener] = world.consentListeners[0];
  assert.equal(type, 'analytics_storage');
  // The page grants consent (twice: the listener must start chatwire once).
  world.consent.analytics_storage = true;
  listener('analytics_storage', true);
  listener('analytics_storage', true);
  assert.equal(written(), 1);
  assert.deepEqual(
    (world.window as any).chatwireConfig.vendors,
    registry.map((vendor) => vendor.id),
  );
});

test('unmocked, the APIs enforce the permissions like GTM', () => {
  const world = newWorld();
  const apis = sandboxApis(permissions, world);
  assert.throws(
    () =>
      apis.injectScript(
        'https://evil.example/x.js',
        () => undefined,
        () => undefined,
      ),
    /permission denied/,
  );
  assert.throws(() => apis.setInWindow('dataLayer', [], true), /permission denied/);
  assert.throws(() => apis.callInWindow('alert'), /permission denied/);
  // The tag itself, run with every API real and consent granted, from the CDN: writes the config and asks for the pinned URL.
  world.consent.analytics_storage = true;
  const calls: string[] = [];
  runSandboxed(template.code, { ...defaults(), runtimeSource: 'cdn', debug: true, gtmOnSuccess: () => calls.push('success'), gtmOnFailure: () => calls.push('failure') }, apis);
  assert.equal(world.injected[0].url, `${CDN_BASE}chatwire.min.js`);
  assert.deepEqual(Object.keys(world.window.chatwireConfig), ['vendors', 'events', 'eventPrefix', 'dataLayerName', 'pii', 'allowedOrigins', 'debug']);
  world.injected[0].onSuccess();
  assert.deepEqual(calls, ['success']);
});

// The harness helper (branch h-harness) brings GTM's consent rule to test/gtm/harness.ts; until it has, this test is a todo.
const harnessKnowsConsentRule = sandboxApis(permissions, newWorld()).isConsentGranted('analytics_storage') === true;
test(
  "unmocked, a consent type never set counts as granted (GTM's isConsentGranted): the default tag starts at once",
  { todo: harnessKnowsConsentRule ? false : "needs the harness with GTM's consent semantics" },
  () => {
    const world = newWorld();
    const calls: string[] = [];
    runSandboxed(
      template.code,
      { ...defaults(), runtimeSource: 'cdn', gtmOnSuccess: () => calls.push('success'), gtmOnFailure: () => calls.push('failure') },
      sandboxApis(permissions, world),
    );
    assert.equal(world.injected.length, 1, 'the runtime is requested without waiting for consent');
    assert.equal(world.consentListeners.length, 0);
  },
);

test('metadata.yaml and LICENSE sit beside the template, as the Gallery requires', () => {
  const metadata = parseYaml(readText('gtm-template/metadata.yaml'));
  assert.match(metadata.homepage, /^https:\/\//);
  assert.match(metadata.documentation, /^https:\/\//);
  // No version until the first release: a listed sha must be the Gallery commit of a published chatwire (scripts/gtm/release.mjs).
  assert.ok(Array.isArray(metadata.versions));
  for (const v of metadata.versions) {
    assert.match(v.sha, /^[0-9a-f]{40}$/);
    assert.ok(v.changeNotes);
  }
  assert.equal(readText('gtm-template/LICENSE'), readText('LICENSE'));
  assert.match(readText('gtm-template/LICENSE'), /Apache License\s+Version 2\.0/);
});

/** Runs scripts/gtm/release.mjs against a stand-in npm that prints `npmOutput` or fails like npm offline. */
function release(npm: 'published' | 'offline' | 'missing') {
  const dir = mkdtempSync(join(tmpdir(), 'chatwire-release-'));
  const fake = join(dir, 'npm');
  const body = {
    published: `echo '"${version}"'`,
    offline: 'echo "npm error code ENOTFOUND" >&2; echo "npm error network request to https://registry.npmjs.org/chatwire failed" >&2; exit 1',
    missing: 'echo "npm error code E404" >&2; echo "npm error 404 Not Found - GET https://registry.npmjs.org/chatwire" >&2; exit 1',
  }[npm];
  writeFileSync(fake, `#!/bin/sh\n${body}\n`);
  chmodSync(fake, 0o755);
  const metadata = join(dir, 'metadata.yaml');
  copyFileSync(new URL('gtm-template/metadata.yaml', root), metadata);
  const out = join(dir, 'gallery');
  const result = spawnSync(process.execPath, ['scripts/gtm/release.mjs', '--out', out, '--metadata', metadata, '--notes', 'Test release.'], {
    cwd: root,
    env: { ...process.env, NPM: fake },
    encoding: 'utf8',
  });
  return { ...result, out, metadata };
}

test('release: offline or unpublished, it fails clearly and writes nothing', () => {
  for (const npm of ['offline', 'missing'] as const) {
    const result = release(npm);
    assert.equal(result.status, 1, npm);
    assert.match(result.stderr, new RegExp(`chatwire@${version.replace(/\./g, '\\.')} is not on npm, or npm could not be reached \\(npm error code (ENOTFOUND|E404)\\)`));
    assert.ok(!existsSync(result.out));
    assert.equal(readFileSync(result.metadata, 'utf8'), readText('gtm-template/metadata.yaml'));
  }
});

test('release: once published, the Gallery layout at a repository root, metadata.yaml pointing at the commit of that template', () => {
  const result = release('published');
  assert.equal(result.status, 0, result.stderr);
  for (const file of ['template.tpl', 'metadata.yaml', 'LICENSE']) assert.ok(existsSync(join(result.out, file)), file);
  const metadata = parseYaml(readFileSync(join(result.out, 'metadata.yaml'), 'utf8'));
  assert.equal(metadata.versions.length, 1);
  const { sha } = metadata.versions[0];
  assert.match(sha, /^[0-9a-f]{40}$/);
  // The Gallery serves the template of that commit: it is the released one, loading the pinned CDN files by default.
  const atSha = spawnSync('git', ['-C', result.out, 'show', `${sha}:template.tpl`], { encoding: 'utf8' }).stdout;
  assert.equal(atSha, readFileSync(join(result.out, 'template.tpl'), 'utf8'));
  const gallery = JSON.parse(sections(atSha).TEMPLATE_PARAMETERS);
  assert.equal(allParameters(gallery).find((p) => p.name === 'runtimeSource').defaultValue, 'cdn');
  assert.equal(sections(atSha).SANDBOXED_JS_FOR_WEB_TEMPLATE, template.code);
  assert.equal(readFileSync(join(result.out, 'LICENSE'), 'utf8'), readText('LICENSE'));
  assert.equal(readFileSync(result.metadata, 'utf8'), readFileSync(join(result.out, 'metadata.yaml'), 'utf8'), 'the history is kept in gtm-template/metadata.yaml too');
  assert.equal(metadata.homepage, parseYaml(readText('gtm-template/metadata.yaml')).homepage);
});
