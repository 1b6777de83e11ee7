// Generates the GTM template (gtm-template/template.tpl) and the importable
// container (gtm-template/container.json) from the runtime's registry, the
// sandboxed code and tests in gtm-template/src/, and the docs — so the
// template's vendor and action lists never drift from the runtime.
// Runs in `npm run build` after tsc has compiled runtime/ to build/tsc/.
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const { version } = JSON.parse(read('package.json'));
const { registry } = await import(new URL('build/tsc/runtime/registry.js', root).href);
const { actions } = await import(new URL('build/tsc/runtime/lib/actions.js', root).href);
const { sentActions } = await import(new URL('build/tsc/runtime/lib/sentActions.js', root).href);

/** The pinned runtime: exactly this package version on jsDelivr's npm mirror. */
export const RUNTIME_URL = `https://cdn.jsdelivr.net/npm/chatwire@${version}/dist/chatwire.min.js`;
export const VENDORS = registry.map((vendor) => vendor.id);
/** The actions the vendors send, in the contract's order. */
export const ACTIONS = actions.filter((action) => sentActions(registry).includes(action));
const MAX_PREFIX = 40 - Math.max(...ACTIONS.map((action) => action.length));
const CONSENT_TYPES = ['analytics_storage', 'ad_storage', 'ad_user_data', 'ad_personalization', 'functionality_storage', 'personalization_storage', 'security_storage'];

/** "# SmartAgent (`smartagent`)" in docs/vendors/<id>.md names the vendor. */
const vendorName = (id) => read(`docs/vendors/${id}.md`).split('\n')[0].replace(/^#\s*/, '').replace(/\s*\(`.*$/, '');
/** The meaning column of docs/events.md's action table. */
const actionHelp = Object.fromEntries(
  [...read('docs/events.md').split('## Actions')[1].split('## Action ×')[0].matchAll(/^\| `(\w+)` \| (.+?) \|$/gm)].map((m) => [m[1], m[2]]),
);

const fill = (text) =>
  text
    .replaceAll('%RUNTIME_URL%', RUNTIME_URL)
    .replaceAll('%VENDORS%', JSON.stringify(VENDORS))
    .replaceAll('%ACTIONS%', JSON.stringify(ACTIONS))
    .replaceAll('%MAX_PREFIX%', String(MAX_PREFIX));

/** A 48×48 PNG icon, drawn here so the build needs no image file: a chat bubble crossed by a wire. */
function icon() {
  const size = 48;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const inBubble = ((x - 24) / 19) ** 2 + ((y - 21) / 15) ** 2 <= 1 || (x >= 12 && x <= 20 && y >= 30 && y <= 42 && x - 12 >= y - 34);
      const wire = Math.abs(y - 21) <= 2 && x >= 4 && x <= 44;
      const [r, g, b] = wire ? [255, 212, 121] : inBubble ? [29, 35, 48] : [255, 255, 255];
      row.push(r, g, b, inBubble || wire ? 255 : 0);
    }
    rows.push(...row);
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const info = {
  type: 'TAG',
  id: 'cvt_temp_public_id',
  version: 1,
  securityGroups: [],
  displayName: 'Chatwire Chat Widget Events',
  categories: ['CHAT', 'ANALYTICS', 'LEAD_GENERATION'],
  brand: { id: 'brand_dummy', displayName: 'chatwire', thumbnail: icon() },
  description:
    'Listens to the chat widgets on the page (Adobe Dynamic Chat, Genesys, Customerly, SmartAgent, CTLive, …) and pushes one normalized chat_* event per widget event into the dataLayer. Private by default.',
  containerContexts: ['WEB'],
};

const checkbox = (name, checkboxText, help) => ({ type: 'CHECKBOX', name, checkboxText, simpleValueType: true, defaultValue: true, help });

export const parameters = [
  {
    type: 'GROUP',
    name: 'vendorsGroup',
    displayName: 'Chat widgets',
    groupStyle: 'ZIPPY_OPEN',
    subParams: [
      { type: 'LABEL', name: 'vendorsHelp', displayName: 'chatwire listens to every ticked widget that is on the page, whenever it loads. Untick a widget to ignore it.' },
      ...VENDORS.map((id) => checkbox(`vendor_${id}`, vendorName(id), `Push the events of ${vendorName(id)} (vendor id "${id}").`)),
    ],
  },
  {
    type: 'GROUP',
    name: 'eventsGroup',
    displayName: 'Events to push',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      { type: 'LABEL', name: 'eventsHelp', displayName: 'Each ticked action is pushed as a Custom Event named prefix + action (chat_opened, chat_lead, …). Untick the ones you do not need.' },
      ...ACTIONS.map((action) => checkbox(`event_${action}`, action, `${actionHelp[action] ?? action}.`)),
    ],
  },
  {
    type: 'GROUP',
    name: 'privacyGroup',
    displayName: 'Privacy and consent',
    groupStyle: 'ZIPPY_OPEN',
    subParams: [
      {
        type: 'RADIO',
        name: 'pii',
        displayName: 'Email addresses and phone numbers visitors type into a chat',
        radioItems: [
          { value: 'redact', displayValue: 'Never send them (recommended)', help: 'Only the kind of detail is sent: chat.lead_type is "email" or "phone".' },
          { value: 'hash', displayValue: 'Send a SHA-256 hash (chat.email_sha256, chat.phone_sha256)', help: 'For matching with your own hashed customer lists, e.g. enhanced conversions. The email is trimmed and lower-cased, the phone reduced to its digits (keeping a leading +) first: numbers typed with their country code (+1 415…) match lists in E.164 format.' },
          { value: 'include', displayValue: 'Send the values (chat.email, chat.phone)', help: 'Only if your consent and contracts allow it. Never forward these fields to Google Analytics: its policies forbid personal data.' },
        ],
        simpleValueType: true,
        defaultValue: 'redact',
      },
      {
        type: 'LABEL',
        name: 'includeWarning',
        displayName: 'Warning: Google Analytics forbids sending personal data such as email addresses and phone numbers. Do not map chat.email or chat.phone into GA4 tags.',
        enablingConditions: [{ paramName: 'pii', paramValue: 'include', type: 'EQUALS' }],
      },
      {
        type: 'CHECKBOX',
        name: 'consentGating',
        checkboxText: 'Wait for consent before listening',
        simpleValueType: true,
        defaultValue: false,
        help: 'chatwire starts only once the chosen consent type is granted (Consent Mode). Until then nothing is listened to or pushed.',
      },
      {
        type: 'SELECT',
        name: 'consentType',
        displayName: 'Consent type',
        macrosInSelect: false,
        selectItems: CONSENT_TYPES.map((value) => ({ value, displayValue: value })),
        simpleValueType: true,
        defaultValue: 'analytics_storage',
        enablingConditions: [{ paramName: 'consentGating', paramValue: true, type: 'EQUALS' }],
      },
    ],
  },
  {
    type: 'GROUP',
    name: 'advancedGroup',
    displayName: 'Advanced',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'TEXT',
        name: 'eventPrefix',
        displayName: 'Event name prefix',
        simpleValueType: true,
        defaultValue: 'chat_',
        valueHint: 'chat_',
        help: `Start of every event name. GA4-safe: letters, digits and underscores, starting with a letter, at most ${MAX_PREFIX} characters so every event name stays within GA4's 40.`,
        valueValidators: [
          { type: 'NON_EMPTY' },
          { type: 'REGEX', args: [`^[A-Za-z][A-Za-z0-9_]{0,${MAX_PREFIX - 1}}$`], errorMessage: `Letters, digits and underscores only, starting with a letter, at most ${MAX_PREFIX} characters.` },
        ],
      },
      {
        type: 'TEXT',
        name: 'dataLayerName',
        displayName: 'dataLayer name',
        simpleValueType: true,
        defaultValue: 'dataLayer',
        help: 'Change only if your container uses a renamed dataLayer.',
        valueValidators: [{ type: 'NON_EMPTY' }, { type: 'REGEX', args: ['^[A-Za-z_$][A-Za-z0-9_$]*$'], errorMessage: 'A JavaScript variable name, such as dataLayer.' }],
      },
      {
        type: 'SIMPLE_TABLE',
        name: 'allowedOrigins',
        displayName: 'Allowed message origins',
        help: 'Widgets that talk to the page by postMessage (CTLive) are accepted from this page\'s own origin. Add the origins of widget frames hosted elsewhere, e.g. https://chat.example.com.',
        simpleTableColumns: [
          {
            defaultValue: '',
            displayName: 'Origin',
            name: 'origin',
            type: 'TEXT',
            isUnique: true,
            // Browsers report origins in lower case, without a path or trailing slash.
            valueValidators: [{ type: 'REGEX', args: ['^https?://[a-z0-9.-]+(:[0-9]+)?$'], errorMessage: 'An origin in lower case: https://host or https://host:port, no path, no trailing slash.' }],
          },
        ],
        newRowButtonText: 'Add origin',
      },
      {
        type: 'CHECKBOX',
        name: 'debug',
        checkboxText: 'Debug logging in the browser console',
        simpleValueType: true,
        defaultValue: false,
        help: 'Logs each widget event and each push ([chatwire] in the console). Leave off in production.',
      },
    ],
  },
];

const string = (value) => ({ type: 1, string: value });
const boolean = (value) => ({ type: 8, boolean: value });
const map = (entries) => ({ type: 3, mapKey: Object.keys(entries).map(string), mapValue: Object.values(entries).map((v) => (typeof v === 'boolean' ? boolean(v) : string(v))) });
const permission = (publicId, param) => ({
  instance: { key: { publicId, versionId: '1' }, param },
  clientAnnotations: { isEditedByUser: true },
  isRequired: true,
});

export const permissions = [
  permission('inject_script', [{ key: 'urls', value: { type: 2, listItem: [string(RUNTIME_URL)] } }]),
  permission('access_globals', [
    {
      key: 'keys',
      value: {
        type: 2,
        listItem: [
          map({ key: 'chatwireConfig', read: false, write: true, execute: false }),
          map({ key: 'chatwire.version', read: true, write: false, execute: false }),
          map({ key: 'chatwire.start', read: false, write: false, execute: true }),
        ],
      },
    },
  ]),
  permission('logging', [{ key: 'environments', value: string('debug') }]),
  permission('access_consent', [
    { key: 'consentTypes', value: { type: 2, listItem: CONSENT_TYPES.map((consentType) => map({ consentType, read: true, write: false })) } },
  ]),
];

const TERMS =
  'By creating or modifying this file you agree to Google Tag Manager\'s Community\nTemplate Gallery Developer Terms of Service available at\nhttps://developers.google.com/tag-manager/gallery-tos (or such other URL as\nGoogle may provide), as modified from time to time.';

const section = (marker, content) => `___${marker}___\n\n${content.trim()}\n`;

/** The whole template.tpl text. */
export function templateText() {
  return [
    section('TERMS_OF_SERVICE', TERMS),
    section('INFO', JSON.stringify(info, null, 2)),
    section('TEMPLATE_PARAMETERS', JSON.stringify(parameters, null, 2)),
    section('SANDBOXED_JS_FOR_WEB_TEMPLATE', fill(read('gtm-template/src/code.js'))),
    section('WEB_PERMISSIONS', JSON.stringify(permissions, null, 2)),
    section('TESTS', fill(read('gtm-template/src/tests.yaml'))),
    section(
      'NOTES',
      `Generated by scripts/gtm.mjs for chatwire ${version}: edit gtm-template/src/ and run npm run build.\nRuntime: ${RUNTIME_URL}`,
    ),
  ].join('\n\n');
}

// ---- The importable container (Admin > Import Container) -----------------

const IDS = { accountId: '1', containerId: '1' };
const TEMPLATE_ID = '10';
/** GTM's built-in trigger ids. */
const INITIALIZATION_ALL_PAGES = '2147479573';
const dlv = (key) => `DLV - chat.${key}`;
const CHAT_KEYS = ['vendor', 'action', 'vendor_event', 'channel', 'widget_id', 'widget_name', 'widget_type', 'ui_type', 'conversation_id', 'session_id', 'visitor_id', 'agent_id', 'agent_name', 'lead_type', 'label', 'duration_ms', 'timestamp', 'email', 'phone', 'email_sha256', 'phone_sha256'];
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

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const template = templateText();
  writeFileSync(new URL('gtm-template/template.tpl', root), template);
  writeFileSync(new URL('gtm-template/container.json', root), containerText(template));
  writeFileSync(new URL('gtm-template/LICENSE', root), read('LICENSE'));
  console.log(`gtm-template/template.tpl, container.json: ${VENDORS.length} vendors, ${ACTIONS.length} actions, runtime ${RUNTIME_URL}`);
}
