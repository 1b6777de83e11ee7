// The importable container (Admin > Import Container): the template, the
// chatwire tag, triggers, variables and GA4 tags.
import { ACTIONS, CHAT_KEYS, VENDORS } from './lists.mjs';
import { info, templateText } from './template.mjs';

const IDS = { accountId: '1', containerId: '1' };
const TEMPLATE_ID = '10';
/** GTM's built-in trigger ids. */
const INITIALIZATION_ALL_PAGES = '2147479573';
const dlv = (key) => `DLV - chat.${key}`;
/** Personal fields never go to GA4 (its policies forbid personal data): contact details, their hashes, and the agent's name. */
const GA4_KEYS = CHAT_KEYS.filter((key) => !['email', 'phone', 'email_sha256', 'phone_sha256', 'agent_name', 'timestamp'].includes(key));

const templateParameter = (key, value) => ({ type: 'TEMPLATE', key, value });
const ga4Tag = (tagId, name, eventName, triggerId) => ({
  ...IDS,
  tagId,
  name,
  type: 'gaawe',
  paused: true,
  parameter: [
    { type: 'BOOLEAN', key: 'sendEcommerceData', value: 'false' },
    templateParameter('eventName', eventName),
    templateParameter('measurementIdOverride', '{{GA4 Measurement ID}}'),
    {
      type: 'LIST',
      key: 'eventSettingsTable',
      list: GA4_KEYS.map((key) => ({ type: 'MAP', map: [templateParameter('parameter', `chat_${key}`), templateParameter('parameterValue', `{{${dlv(key)}}}`)] })),
    },
  ],
  firingTriggerId: [triggerId],
  tagFiringOption: 'ONCE_PER_EVENT',
  monitoringMetadata: { type: 'MAP' },
  consentSettings: { consentStatus: 'NOT_SET' },
});

/** The container export JSON text, with the template embedded as templateData. */
export function containerText(template = templateText()) {
  const chatwireTag = {
    ...IDS,
    tagId: '1',
    name: 'chatwire',
    type: `cvt_${IDS.containerId}_${TEMPLATE_ID}`,
    parameter: [
      ...VENDORS.map((id) => ({ type: 'BOOLEAN', key: `vendor_${id}`, value: 'true' })),
      ...ACTIONS.map((action) => ({ type: 'BOOLEAN', key: `event_${action}`, value: 'true' })),
      templateParameter('pii', 'redact'),
      { type: 'BOOLEAN', key: 'consentGating', value: 'false' },
      templateParameter('consentType', 'analytics_storage'),
      templateParameter('eventPrefix', 'chat_'),
      templateParameter('dataLayerName', 'dataLayer'),
      { type: 'BOOLEAN', key: 'debug', value: 'false' },
    ],
    firingTriggerId: [INITIALIZATION_ALL_PAGES],
    tagFiringOption: 'ONCE_PER_EVENT',
    monitoringMetadata: { type: 'MAP' },
    consentSettings: { consentStatus: 'NOT_SET' },
  };
  const customEvent = (triggerId, name, type, value) => ({
    ...IDS,
    triggerId,
    name,
    type: 'CUSTOM_EVENT',
    customEventFilter: [
      {
        type,
        parameter: [templateParameter('arg0', '{{_event}}'), templateParameter('arg1', value)],
      },
    ],
  });
  const container = {
    exportFormatVersion: 2,
    exportTime: '2026-11-21 00:00:00',
    containerVersion: {
      path: `accounts/${IDS.accountId}/containers/${IDS.containerId}/versions/0`,
      ...IDS,
      containerVersionId: '0',
      container: {
        path: `accounts/${IDS.accountId}/containers/${IDS.containerId}`,
        ...IDS,
        name: 'chatwire',
        publicId: 'GTM-CHATWIRE',
        usageContext: ['WEB'],
        fingerprint: '0',
        tagManagerUrl: `https://tagmanager.google.com/#/container/accounts/${IDS.accountId}/containers/${IDS.containerId}/workspaces?apiLink=container`,
        features: {},
        tagIds: ['GTM-CHATWIRE'],
      },
      tag: [
        chatwireTag,
        ga4Tag('2', 'GA4 - chat events (chatwire)', '{{Event}}', '3'),
        ga4Tag('3', 'GA4 - generate_lead (chatwire)', 'generate_lead', '4'),
      ],
      trigger: [
        customEvent('3', 'chatwire - all chat events', 'MATCH_REGEX', '^chat_'),
        customEvent('4', 'chatwire - chat_lead', 'EQUALS', 'chat_lead'),
      ],
      variable: [
        ...CHAT_KEYS.map((key, i) => ({
          ...IDS,
          variableId: String(100 + i),
          name: dlv(key),
          type: 'v',
          parameter: [
            { type: 'INTEGER', key: 'dataLayerVersion', value: '2' },
            { type: 'BOOLEAN', key: 'setDefaultValue', value: 'false' },
            templateParameter('name', `chat.${key}`),
          ],
          formatValue: {},
        })),
        { ...IDS, variableId: '99', name: 'GA4 Measurement ID', type: 'c', parameter: [templateParameter('value', 'G-XXXXXXXXXX')], formatValue: {} },
      ],
      builtInVariable: [{ ...IDS, type: 'EVENT', name: 'Event' }],
      folder: [],
      customTemplate: [
        {
          ...IDS,
          templateId: TEMPLATE_ID,
          name: info.displayName,
          fingerprint: '0',
          templateData: template,
        },
      ],
      fingerprint: '0',
    },
  };
  return `${JSON.stringify(container, null, 2)}\n`;
}

