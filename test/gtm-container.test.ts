import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allParameters, loadTemplate, readText, root } from './gtm/harness.js';
import { registry } from '../runtime/registry.js';
import { sentActions } from '../runtime/lib/sentActions.js';
// The contract's keys; test/toPush.test.ts pins this list against the contract.
import { chatKeys } from '../runtime/lib/toPush.js';

const container = JSON.parse(readText('gtm-template/container.json'));
const template = loadTemplate();
const version = container.containerVersion;

test('an export of format 2 with every collection GTM imports', () => {
  assert.equal(container.exportFormatVersion, 2);
  for (const key of ['tag', 'trigger', 'variable', 'builtInVariable', 'folder', 'customTemplate']) assert.ok(Array.isArray(version[key]), key);
  assert.deepEqual(version.container.usageContext, ['WEB']);
});

test('the custom template is template.tpl, byte for byte', () => {
  assert.equal(version.customTemplate.length, 1);
  assert.equal(version.customTemplate[0].templateData, template.text);
  assert.equal(version.customTemplate[0].name, template.info.displayName);
});

test('the chatwire tag uses the template, fires on Initialization – All Pages after the runtime tag, and sets only real parameters', () => {
  const [custom] = version.customTemplate;
  const tag = version.tag.find((t: any) => t.name === 'chatwire');
  assert.equal(tag.type, `cvt_${custom.containerId}_${custom.templateId}`);
  assert.deepEqual(tag.firingTriggerId, ['2147479573']);
  assert.deepEqual(tag.setupTag, [{ tagName: 'chatwire runtime', stopOnSetupFailure: true }]);
  const names = allParameters(template.parameters).map((p) => p.name);
  for (const parameter of tag.parameter) assert.ok(names.includes(parameter.key), parameter.key);
  const value = (key: string) => tag.parameter.find((p: any) => p.key === key)?.value;
  assert.ok(tag.parameter.filter((p: any) => /^event_/.test(p.key)).every((p: any) => p.type === 'BOOLEAN' && p.value === String(!/^event_(loaded|shown)$/.test(p.key))));
  assert.equal(value('pii'), 'redact');
  assert.equal(value('vendorMode'), 'all');
  assert.equal(value('runtimeSource'), 'page', 'nothing is loaded from anywhere');
  assert.equal(value('consentGating'), 'true');
});

test('the runtime tag carries dist/chatwire.min.js, dormant until configured, and tells Tag Sequencing when it is done', () => {
  const tag = version.tag.find((t: any) => t.name === 'chatwire runtime');
  assert.equal(tag.type, 'html');
  assert.equal(tag.firingTriggerId, undefined, 'it runs only as the setup tag');
  const html = tag.parameter.find((p: any) => p.key === 'html').value;
  assert.ok(html.includes(readText('dist/chatwire.min.js').trim()), 'the built runtime, byte for byte');
  assert.match(html, /^<script type="text\/gtmscript">\n/);
  assert.match(html, /window\.chatwireConfig = window\.chatwireConfig \|\| \{ vendors: \[\] \};/);
  assert.match(html, /onHtmlSuccess\(\{\{HTML ID\}\}\)/);
  // The only GTM variables in it are built-ins the container enables.
  const used = [...html.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(used)].sort(), ['Container ID', 'HTML ID']);
  assert.deepEqual(version.builtInVariable.map((v: any) => v.type).sort(), ['CONTAINER_ID', 'EVENT', 'HTML_ID']);
  assert.equal(html.match(/<\/script/g).length, 1);
});

test('every tag, trigger and variable is in the folder named chatwire; every tag carries GTM consent settings', () => {
  assert.equal(version.folder.length, 1);
  const [folder] = version.folder;
  assert.equal(folder.name, 'chatwire');
  for (const item of [...version.tag, ...version.trigger, ...version.variable]) assert.equal(item.parentFolderId, folder.folderId, item.name);
  for (const tag of version.tag)
    assert.ok(['NOT_NEEDED', 'NEEDED'].includes(tag.consentSettings.consentStatus), `${tag.name}: consent settings set, so Consent Overview does not flag it`);
});

test('Custom Event triggers: every chat_ event, and chat_lead', () => {
  const byName = Object.fromEntries(version.trigger.map((t: any) => [t.name, t]));
  const filter = (t: any) => [t.type, t.customEventFilter[0].type, ...t.customEventFilter[0].parameter.map((p: any) => p.value)];
  assert.deepEqual(filter(byName['chatwire - all chat events']), ['CUSTOM_EVENT', 'MATCH_REGEX', '{{_event}}', '^chat_']);
  assert.deepEqual(filter(byName['chatwire - chat_lead']), ['CUSTOM_EVENT', 'EQUALS', '{{_event}}', 'chat_lead']);
});

test('a Data Layer Variable (version 2) for every chat.* key, and the measurement ID as a Constant', () => {
  const dlvs = version.variable.filter((v: any) => v.type === 'v');
  assert.deepEqual(
    dlvs.map((v: any) => v.parameter.find((p: any) => p.key === 'name').value),
    chatKeys.map((key) => `chat.${key}`),
  );
  assert.ok(dlvs.every((v: any) => v.parameter.find((p: any) => p.key === 'dataLayerVersion').value === '2'));
  const constant = version.variable.find((v: any) => v.name === 'GA4 Measurement ID');
  assert.equal(constant.type, 'c');
  assert.equal(constant.parameter[0].value, 'G-XXXXXXXXXX');
  const ids = version.variable.map((v: any) => v.variableId);
  assert.equal(new Set(ids).size, ids.length);
});

test('GA4 event tags forward chat events with their parameters, never personal data, blocked until the measurement ID is set', () => {
  const ga4 = version.tag.filter((t: any) => t.type === 'gaawe');
  assert.equal(ga4.length, 2);
  const blocker = version.trigger.find((t: any) => t.name === 'chatwire - GA4 Measurement ID not set');
  assert.deepEqual(
    blocker.filter[0].parameter.map((p: any) => p.value),
    ['{{GA4 Measurement ID}}', 'G-XXXXXXXXXX'],
  );
  const triggerIds = version.trigger.map((t: any) => t.triggerId);
  const variables = version.variable.map((v: any) => v.name);
  for (const tag of ga4) {
    assert.equal(tag.paused, undefined, 'live once the ID is set');
    assert.deepEqual(tag.blockingTriggerId, [blocker.triggerId]);
    assert.ok(tag.firingTriggerId.every((id: string) => triggerIds.includes(id)));
    const settings = tag.parameter.find((p: any) => p.key === 'eventSettingsTable').list.map((row: any) => Object.fromEntries(row.map.map((e: any) => [e.key, e.value])));
    assert.ok(settings.length <= 25, 'GA4: at most 25 parameters');
    for (const { parameter, parameterValue } of settings) {
      assert.ok(parameter.length <= 40);
      assert.doesNotMatch(parameter, /email|phone|agent_name/);
      assert.ok(variables.includes(parameterValue.slice(2, -2)), parameterValue);
    }
    assert.equal(tag.parameter.find((p: any) => p.key === 'measurementIdOverride').value, '{{GA4 Measurement ID}}');
  }
  assert.deepEqual(
    ga4.map((t: any) => t.parameter.find((p: any) => p.key === 'eventName').value),
    ['{{Event}}', 'generate_lead'],
  );
});

test('GA4 tags: every value resolves to a chat.* key that is not email, phone, a hash, agent_name or timestamp, and they send as many chat_* parameters as docs/privacy.md and docs/gtm.md say', () => {
  // Names prove nothing: a parameter called chat_label whose value is {{DLV - chat.email}} sends the address.
  // So every {{reference}} anywhere in a GA4 tag is resolved, through the container's variables, to the dataLayer key it reads.
  const excluded = ['email', 'phone', 'email_sha256', 'phone_sha256', 'agent_name', 'timestamp'];
  const allowed = chatKeys.filter((key) => !excluded.includes(key)).map((key) => `chat.${key}`);
  const byName = new Map<string, any>(version.variable.map((v: any) => [v.name, v]));
  const builtIns = version.builtInVariable.map((v: any) => v.name);
  const keysRead = (value: unknown, via: string[] = []): string[] => {
    if (Array.isArray(value)) return value.flatMap((item) => keysRead(item, via));
    if (value && typeof value === 'object') return Object.values(value).flatMap((item) => keysRead(item, via));
    if (typeof value !== 'string') return [];
    return [...value.matchAll(/\{\{([^}]+)\}\}/g)].flatMap(([, name]) => {
      if (builtIns.includes(name)) return [];
      const variable = byName.get(name);
      assert.ok(variable, `{{${name}}} is a variable of the container`);
      assert.ok(!via.includes(name), `{{${name}}} does not refer to itself`);
      // Only Data Layer Variables and Constants: a Custom JavaScript or lookup variable could read anything, unseen here.
      assert.ok(['v', 'c'].includes(variable.type), `{{${name}}}: type ${variable.type} cannot be resolved to a dataLayer key`);
      if (variable.type === 'c') return keysRead(variable.parameter, [...via, name]);
      return [variable.parameter.find((p: any) => p.key === 'name').value];
    });
  };
  const documented = [
    Number(readText('docs/privacy.md').match(/GA4 tags in the importable container send (\d+) `chat_\*` parameters/)?.[1]),
    Number(readText('docs/gtm.md').match(/Both GA4 tags send these parameters \((\d+),/)?.[1]),
  ];
  assert.ok(documented[0] > 0 && documented[0] === documented[1], `docs/privacy.md and docs/gtm.md give one number: ${documented}`);
  const ga4 = version.tag.filter((t: any) => t.type === 'gaawe');
  assert.equal(ga4.length, 2);
  for (const tag of ga4) {
    for (const key of keysRead(tag)) {
      assert.ok(!excluded.includes(key.split('.').pop() as string), `${tag.name} reads ${key}, which GA4 must never get`);
      assert.ok(allowed.includes(key), `${tag.name} reads ${key}, not one of the documented chat.* keys`);
    }
    const rows = tag.parameter.find((p: any) => p.key === 'eventSettingsTable').list.map((row: any) => Object.fromEntries(row.map.map((e: any) => [e.key, e.value])));
    assert.equal(rows.length, documented[0], `${tag.name}: the documented number of parameters`);
    assert.ok(
      rows.every((row: any) => /^chat_\w+$/.test(row.parameter)),
      'each a chat_* parameter',
    );
    const read = rows.map((row: any) => keysRead(row.parameterValue));
    assert.ok(
      read.every((keys: string[]) => keys.length === 1),
      `${tag.name}: each parameter reads one chat.* key`,
    );
    assert.equal(new Set(read.flat()).size, rows.length, `${tag.name}: each a different one`);
  }
});

test('the generators (scripts/gtm/) write exactly the committed template and container', async () => {
  const { templateText } = await import(new URL('scripts/gtm/template.mjs', root).href);
  const { containerText } = await import(new URL('scripts/gtm/container.mjs', root).href);
  const template = templateText();
  assert.equal(template, readText('gtm-template/template.tpl'));
  assert.equal(containerText(template), readText('gtm-template/container.json'));
});

test('docs/gtm.md and gtm-template/README.md: generated blocks current, every vendor and event named, nothing that does not exist', async () => {
  const { DOCS, docProblems, fillBlocks } = await import(new URL('scripts/gtm/docs.mjs', root).href);
  for (const [path, blocks] of Object.entries(DOCS) as [string, string[]][]) {
    const text = readText(path);
    assert.equal(fillBlocks(text), text, `${path} is current (npm run build)`);
    assert.deepEqual(docProblems(text, blocks), [], path);
  }
  const guide = readText('docs/gtm.md');
  for (const vendor of registry) assert.ok(guide.includes(`| \`${vendor.id}\` |`), vendor.id);
  for (const action of sentActions(registry)) assert.ok(guide.includes(`| \`chat_${action}\` |`), action);
  // The check bites: a stale vendor id, an event that does not exist, a missing block.
  const stale = `${guide}\nFilter on \`livechat_inc\` and trigger on chat_visitor_typing.`;
  assert.deepEqual(docProblems(stale, ['vendors']), [
    'chat_visitor_typing is neither an event nor a GA4 parameter',
    '`livechat_inc` is not a vendor id, action, chat key or known word',
  ]);
  assert.deepEqual(docProblems('no tables here', ['vendors']), ['missing the generated block vendors']);
});
