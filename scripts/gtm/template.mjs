// The GTM web tag template (gtm-template/template.tpl): its info, parameters
// and permissions, generated from the shared lists, around the sandboxed code
// and tests in gtm-template/src/.
import { icon } from './icon.mjs';
import { ACTIONS, CONSENT_TYPES, MAX_PREFIX, VENDORS, actionHelp, vendorName, version } from './lists.mjs';
import { read } from './read.mjs';

/** The pinned runtime: exactly this package version on jsDelivr's npm mirror. */
export const RUNTIME_URL = `https://cdn.jsdelivr.net/npm/chatwire@${version}/dist/chatwire.min.js`;

const fill = (text) =>
  text
    .replaceAll('%RUNTIME_URL%', RUNTIME_URL)
    .replaceAll('%VENDORS%', JSON.stringify(VENDORS))
    .replaceAll('%ACTIONS%', JSON.stringify(ACTIONS))
    .replaceAll('%MAX_PREFIX%', String(MAX_PREFIX));

/** The template's ___INFO___. */
export const info = {
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

