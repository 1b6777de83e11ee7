// The importable container (Admin > Import Container): the template, the
// runtime carried in a Custom HTML tag (nothing is loaded from anywhere), the
// chatwire tag sequenced after it, triggers, variables and GA4 recipes, all in
// a folder named chatwire.
import { ACTIONS, CHAT_KEYS, NOISY_ACTIONS, version } from './lists.mjs';
import { read } from './read.mjs';
import { info, templateText } from './template.mjs';

const IDS = { accountId: '1', containerId: '1' };
const PUBLIC_ID = 'GTM-CHATWIRE';
const TEMPLATE_ID = '10';
const FOLDER_ID = '20';
/** GTM's built-in trigger id of Initialization – All Pages. */
export const INITIALIZATION_ALL_PAGES = '2147479573';
/** The placeholder of the GA4 Measurement ID constant: GA4 tags are blocked while it is there. */
export const MEASUREMENT_ID_PLACEHOLDER = 'G-XXXXXXXXXX';
export const RUNTIME_TAG = 'chatwire runtime';
const inFolder = { parentFolderId: FOLDER_ID };
const dlv = (key) => `DLV - chat.${key}`;

/**
 * The chat keys sent to GA4 as event parameters (chat_<key>): never personal
 * data (contact details, their hashes, the agent's name: GA4's policies forbid
 * it), nor the timestamp (GA4 has its own). GA4 allows 25 parameters per event
 * and 40 characters per name.
 */
export const GA4_KEYS = CHAT_KEYS.filter((key) => !['email', 'phone', 'email_sha256', 'phone_sha256', 'agent_name', 'timestamp'].includes(key));
/** Of those, the ids with one value per visitor, conversation or session: register them as GA4 dimensions only if needed. */
export const HIGH_CARDINALITY_KEYS = ['conversation_id', 'session_id', 'visitor_id', 'agent_id'];

/**
 * The Custom HTML of the runtime tag: dist/chatwire.min.js, started with a
 * configuration that listens to nothing (unless the page has its own), so it
 * does nothing until the chatwire tag configures it (after consent). It tells
 * Tag Sequencing it is done through onHtmlSuccess. `text/gtmscript` is GTM's
 * own script type: its editor then does not reject the runtime's ES2017 syntax.
 */
export function runtimeHtml(runtime = read('dist/chatwire.min.js')) {
  // GTM reads {{…}} in Custom HTML as variables; an HTML parser ends the script at </script or changes state at <!--.
  for (const bad of ['{{', '</script', '<!--', '<script']) {
    if (runtime.toLowerCase().includes(bad)) throw new Error(`dist/chatwire.min.js contains "${bad}": it cannot be carried in a Custom HTML tag`);
  }
  return [
    '<script type="text/gtmscript">',
    `/* chatwire ${version} (dist/chatwire.min.js), carried by the container: nothing is loaded from anywhere. Listens to nothing until the chatwire tag configures it. */`,
    'window.chatwireConfig = window.chatwireConfig || { vendors: [] };',
    runtime.trim(),
    '(function (gtm) { if (gtm) gtm.onHtmlSuccess({{HTML ID}}); })(window.google_tag_manager && window.google_tag_manager[{{Container ID}}]);',
    '</script>',
  ].join('\n');
}

const templateParameter = (key, value) => ({ type: 'TEMPLATE', key, value });
const boolean = (key, value) => ({ type: 'BOOLEAN', key, value: String(value) });
/** GTM's "No additional consent required": the tag checks consent itself (the chatwire tag, GA4's built-in checks). */
const noAdditionalConsent = { consentStatus: 'NOT_NEEDED' };

const ga4Tag = (tagId, name, eventName, triggerId) => ({
  ...IDS,
  tagId,
  name,
  type: 'gaawe',
  parameter: [
    boolean('sendEcommerceData', false),
    templateParameter('eventName', eventName),
    templateParameter('measurementIdOverride', '{{GA4 Measurement ID}}'),
    {
      type: 'LIST',
      key: 'eventSettingsTable',
      list: GA4_KEYS.map((key) => ({ type: 'MAP', map: [templateParameter('parameter', `chat_${key}`), templateParameter('parameterValue', `{{${dlv(key)}}}`)] })),
    },
  ],
  firingTriggerId: [triggerId],
  blockingTriggerId: ['9'],
  tagFiringOption: 'ONCE_PER_EVENT',
  monitoringMetadata: { type: 'MAP' },
  consentSettings: noAdditionalConsent,
  ...inFolder,
});

const customEvent = (triggerId, name, type, value, filter) => ({
  ...IDS,
  triggerId,
  name,
  type: 'CUSTOM_EVENT',
  customEventFilter: [{ type, parameter: [templateParameter('arg0', '{{_event}}'), templateParameter('arg1', value)] }],
  ...(filter ? { filter } : {}),
  ...inFolder,
});

/**
 * The container export JSON text, with the template embedded as templateData.
 * @param template the template text (templateText())
 * @param runtime the runtime the container carries (dist/chatwire.min.js)
 */
export function containerText(template = templateText(), runtime = read('dist/chatwire.min.js')) {
  const runtimeTag = {
    ...IDS,
    tagId: '5',
    name: RUNTIME_TAG,
    type: 'html',
    parameter: [templateParameter('html', runtimeHtml(runtime)), boolean('supportDocumentWrite', false)],
    // No trigger of its own: it runs as the chatwire tag's setup tag.
    tagFiringOption: 'ONCE_PER_LOAD',
    monitoringMetadata: { type: 'MAP' },
    consentSettings: noAdditionalConsent,
    ...inFolder,
  };
  const chatwireTag = {
    ...IDS,
    tagId: '1',
    name: 'chatwire',
    type: `cvt_${IDS.containerId}_${TEMPLATE_ID}`,
    parameter: [
      templateParameter('vendorMode', 'all'),
      ...ACTIONS.map((action) => boolean(`event_${action}`, !NOISY_ACTIONS.includes(action))),
      templateParameter('pii', 'redact'),
      boolean('consentGating', true),
      boolean('consent_analytics_storage', true),
      templateParameter('runtimeSource', 'page'),
      templateParameter('eventPrefix', 'chat_'),
      templateParameter('dataLayerName', 'dataLayer'),
      boolean('debug', false),
    ],
    firingTriggerId: [INITIALIZATION_ALL_PAGES],
    setupTag: [{ tagName: RUNTIME_TAG, stopOnSetupFailure: true }],
    tagFiringOption: 'ONCE_PER_EVENT',
    monitoringMetadata: { type: 'MAP' },
    consentSettings: noAdditionalConsent,
    ...inFolder,
  };
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
        publicId: PUBLIC_ID,
        usageContext: ['WEB'],
        fingerprint: '0',
        tagManagerUrl: `https://tagmanager.google.com/#/container/accounts/${IDS.accountId}/containers/${IDS.containerId}/workspaces?apiLink=container`,
        features: {},
        tagIds: [PUBLIC_ID],
      },
      tag: [runtimeTag, chatwireTag, ga4Tag('2', 'GA4 - chat events (chatwire)', '{{Event}}', '3'), ga4Tag('3', 'GA4 - generate_lead (chatwire)', 'generate_lead', '4')],
      trigger: [
        customEvent('3', 'chatwire - all chat events', 'MATCH_REGEX', '^chat_'),
        customEvent('4', 'chatwire - chat_lead', 'EQUALS', 'chat_lead'),
        // Blocks the GA4 tags while the measurement ID is still the placeholder.
        customEvent('9', 'chatwire - GA4 Measurement ID not set', 'MATCH_REGEX', '.*', [
          { type: 'EQUALS', parameter: [templateParameter('arg0', '{{GA4 Measurement ID}}'), templateParameter('arg1', MEASUREMENT_ID_PLACEHOLDER)] },
        ]),
      ],
      variable: [
        ...CHAT_KEYS.map((key, i) => ({
          ...IDS,
          variableId: String(100 + i),
          name: dlv(key),
          type: 'v',
          parameter: [{ type: 'INTEGER', key: 'dataLayerVersion', value: '2' }, boolean('setDefaultValue', false), templateParameter('name', `chat.${key}`)],
          formatValue: {},
          ...inFolder,
        })),
        { ...IDS, variableId: '99', name: 'GA4 Measurement ID', type: 'c', parameter: [templateParameter('value', MEASUREMENT_ID_PLACEHOLDER)], formatValue: {}, ...inFolder },
      ],
      folder: [{ ...IDS, folderId: FOLDER_ID, name: 'chatwire', fingerprint: '0' }],
      builtInVariable: [
        { ...IDS, type: 'EVENT', name: 'Event' },
        { ...IDS, type: 'CONTAINER_ID', name: 'Container ID' },
        { ...IDS, type: 'HTML_ID', name: 'HTML ID' },
      ],
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
