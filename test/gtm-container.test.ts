import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { allParameters, loadTemplate, readText, root } from './gtm/harness.js';

const container = JSON.parse(readText('gtm-template/container.json'));
const template = loadTemplate();
const version = container.containerVersion;
const CHAT_KEYS = [
  'vendor', 'action', 'vendor_event', 'channel', 'widget_id', 'widget_name', 'widget_type', 'ui_type', 'conversation_id', 'session_id',
  'visitor_id', 'agent_id', 'agent_name', 'lead_type', 'label', 'duration_ms', 'timestamp', 'email', 'phone', 'email_sha256', 'phone_sha256',
];

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

test('the chatwire tag uses the template, fires on Initialization – All Pages, and sets only real parameters', () => {
  const [custom] = version.customTemplate;
  const tag = version.tag.find((t: any) => t.name === 'chatwire');
  assert.equal(tag.type, `cvt_${custom.containerId}_${custom.templateId}`);
  assert.deepEqual(tag.firingTriggerId, ['2147479573']);
  const names = allParameters(template.parameters).map((p) => p.name);
  for (const parameter of tag.parameter) assert.ok(names.includes(parameter.key), parameter.key);
  assert.ok(tag.parameter.filter((p: any) => /^(vendor|event)_/.test(p.key)).every((p: any) => p.type === 'BOOLEAN' && p.value === 'true'));
  assert.equal(tag.parameter.find((p: any) => p.key === 'pii').value, 'redact');
});

test('Custom Event triggers: every chat_ event, and chat_lead', () => {
  const byName = Object.fromEntries(version.trigger.map((t: any) => [t.name, t]));
  const filter = (t: any) => [t.type, t.customEventFilter[0].type, ...t.customEventFilter[0].parameter.map((p: any) => p.value)];
  assert.deepEqual(filter(byName['chatwire - all chat events']), ['CUSTOM_EVENT', 'MATCH_REGEX', '{{_event}}', '^chat_']);
  assert.deepEqual(filter(byName['chatwire - chat_lead']), ['CUSTOM_EVENT', 'EQUALS', '{{_event}}', 'chat_lead']);
});

test('a Data Layer Variable (version 2) for every chat.* key, and the measurement ID as a Constant', () => {
  const dlvs = version.variable.filter((v: any) => v.type === 'v');
  assert.deepEqual(dlvs.map((v: any) => v.parameter.find((p: any) => p.key === 'name').value), CHAT_KEYS.map((key) => `chat.${key}`));
  assert.ok(dlvs.every((v: any) => v.parameter.find((p: any) => p.key === 'dataLayerVersion').value === '2'));
  const constant = version.variable.find((v: any) => v.name === 'GA4 Measurement ID');
  assert.equal(constant.type, 'c');
  assert.equal(constant.parameter[0].value, 'G-XXXXXXXXXX');
  const ids = version.variable.map((v: any) => v.variableId);
  assert.equal(new Set(ids).size, ids.length);
});

test('GA4 event tags forward chat events with their parameters, never personal data, paused until configured', () => {
  const ga4 = version.tag.filter((t: any) => t.type === 'gaawe');
  assert.equal(ga4.length, 2);
  const triggerIds = version.trigger.map((t: any) => t.triggerId);
  const variables = version.variable.map((v: any) => v.name);
  for (const tag of ga4) {
    assert.equal(tag.paused, true);
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
  assert.deepEqual(ga4.map((t: any) => t.parameter.find((p: any) => p.key === 'eventName').value), ['{{Event}}', 'generate_lead']);
});

test('the generators (scripts/gtm/) write exactly the committed template and container', async () => {
  const { templateText } = await import(new URL('scripts/gtm/template.mjs', root).href);
  const { containerText } = await import(new URL('scripts/gtm/container.mjs', root).href);
  const template = templateText();
  assert.equal(template, readText('gtm-template/template.tpl'));
  assert.equal(containerText(template), readText('gtm-template/container.json'));
  // The split of scripts/gtm.mjs into scripts/gtm/ changed no byte: these are the
  // SHA-256 of what the single-file generator wrote at commit 5cd2fac.
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  assert.equal(sha(template), '4ae18d371f9b2b0f4554c5c5c5ce1ece06f4f9e1e87669c60957ab0f801a9f2f');
  assert.equal(sha(containerText(template)), 'aa047e7c57d02daf590583e8405c63989918add901e4974a5a8138457d4afe97');
});
