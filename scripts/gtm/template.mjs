// The GTM web tag template (gtm-template/template.tpl): its info, parameters
// and permissions, generated from the shared lists, around the sandboxed code
// and tests in gtm-template/src/.
import { icon } from './icon.mjs';
import { ACTIONS, ACTION_GROUPS, ACTION_TEXT, CONSENT_TYPES, MAX_PREFIX, NOISY_ACTIONS, VENDORS, vendorGtmNote, vendorName, version } from './lists.mjs';
import { read } from './read.mjs';

/** Where the pinned runtime files are: exactly this package version on jsDelivr's npm mirror. */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/chatwire@${version}/dist/`;

/**
 * Every file the template may inject from the CDN (CONTRACT §1): the all-vendor
 * runtime, or the core, one adapter per ticked vendor and the hash module.
 */
export const CDN_FILES = ['chatwire.min.js', 'chatwire.core.min.js', 'chatwire.hash.min.js', ...VENDORS.map((id) => `vendors/${id}.min.js`)];

/** Event name prefixes GA4 reserves (its collection rules): a prefix may not start with them. */
export const RESERVED_PREFIXES = ['ga_', 'google_', 'firebase_'];

/**
 * A regular expression that matches any text NOT starting with one of
 * `prefixes`, case-insensitively, without lookahead (GTM's validators use RE2).
 * Built as a trie: at each node, either a character that leaves every
 * reserved prefix, or one that follows a prefix further, or the end.
 */
export function notStartingWith(prefixes) {
  const node = (stems) => {
    if (stems.some((stem) => stem === '')) return null; // a whole reserved prefix: no way out
    const next = [...new Set(stems.map((stem) => stem[0].toLowerCase()))];
    const cls = (chars) => chars.map((c) => (/[a-z]/.test(c) ? c + c.toUpperCase() : c.replace(/[\]\\^-]/g, '\\$&'))).join('');
    const ways = [`[^${cls(next)}].*`, ''];
    for (const c of next) {
      const inner = node(stems.filter((stem) => stem[0].toLowerCase() === c).map((stem) => stem.slice(1)));
      if (inner !== null) ways.push(`[${cls([c])}]${inner}`);
    }
    return `(${ways.join('|')})`;
  };
  return `^${node(prefixes)}$`;
}

const fill = (text) =>
  text
    .replaceAll('%CDN_BASE%', CDN_BASE)
    .replaceAll('%VENDORS%', JSON.stringify(VENDORS))
    .replaceAll('%ACTIONS%', JSON.stringify(ACTIONS))
    .replaceAll('%NOISY_ACTIONS%', JSON.stringify(NOISY_ACTIONS))
    .replaceAll('%CONSENT_TYPES%', JSON.stringify(CONSENT_TYPES))
    .replaceAll('%RESERVED_PREFIXES%', JSON.stringify(RESERVED_PREFIXES))
    .replaceAll('%MAX_PREFIX%', String(MAX_PREFIX));

const names = VENDORS.map(vendorName);

/** The template's ___INFO___; its description is generated from the registry. */
export const info = {
  type: 'TAG',
  id: 'cvt_temp_public_id',
  version: 1,
  securityGroups: [],
  displayName: 'Chatwire Chat Widget Events',
  categories: ['CHAT', 'ANALYTICS', 'LEAD_GENERATION'],
  brand: { id: 'brand_dummy', displayName: 'chatwire', thumbnail: icon() },
  description: `Pushes one normalized chat_* event into the dataLayer for each thing a visitor does in a chat widget (opened, conversation started, lead, …), the same for all ${names.length} supported widgets: ${[...names].sort((a, b) => a.localeCompare(b)).join(', ')}. Private by default: no email address, phone number or message text reaches the dataLayer.`,
  containerContexts: ['WEB'],
};

const checkbox = (name, checkboxText, help, defaultValue = true, enablingConditions) => ({
  type: 'CHECKBOX',
  name,
  checkboxText,
  simpleValueType: true,
  defaultValue,
  help,
  ...(enablingConditions ? { enablingConditions } : {}),
});
const when = (paramName, paramValue) => [{ paramName, paramValue, type: 'EQUALS' }];

/** The help of a vendor box: the vendor doc's "In GTM" note when there is one. */
const vendorHelp = (id) => vendorGtmNote(id) ?? `Listen to ${vendorName(id)} (vendor id ${id}) when it is on the page.`;

export const parameters = [
  {
    type: 'GROUP',
    name: 'vendorsGroup',
    displayName: 'Chat widgets',
    groupStyle: 'ZIPPY_OPEN',
    subParams: [
      {
        type: 'RADIO',
        name: 'vendorMode',
        displayName: 'Which chat widgets?',
        radioItems: [
          {
            value: 'all',
            displayValue: 'Every supported widget',
            help: `chatwire listens to each of the ${VENDORS.length} supported widgets that is on the page, whenever it loads.`,
          },
          {
            value: 'some',
            displayValue: 'Only these',
            help: 'chatwire listens only to the widgets ticked below. With the runtime from the CDN, only their code is loaded, so the page loads less.',
          },
        ],
        simpleValueType: true,
        defaultValue: 'all',
      },
      ...VENDORS.map((id) => checkbox(`vendor_${id}`, vendorName(id), vendorHelp(id), false, when('vendorMode', 'some'))),
    ],
  },
  {
    type: 'GROUP',
    name: 'eventsGroup',
    displayName: 'Events to push',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'LABEL',
        name: 'eventsHelp',
        displayName: 'Each ticked event is pushed as a Custom Event with the name shown (with the default prefix chat_). Untick what you do not need.',
      },
      ...ACTION_GROUPS.map((group, i) => ({
        type: 'GROUP',
        name: `eventsGroup${i + 1}`,
        displayName: group,
        groupStyle: 'NO_ZIPPY',
        subParams: ACTIONS.filter((action) => ACTION_TEXT[action][0] === group).map((action) =>
          checkbox(`event_${action}`, `${ACTION_TEXT[action][1]} — chat_${action}`, ACTION_TEXT[action][2], !NOISY_ACTIONS.includes(action)),
        ),
      })).filter((group) => group.subParams.length),
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
          {
            value: 'hash',
            displayValue: 'Send a SHA-256 hash (chat.email_sha256, chat.phone_sha256)',
            help: 'For matching with your own hashed customer lists, e.g. enhanced conversions. The email is trimmed and lower-cased, the phone reduced to its digits (keeping a leading +) first: numbers typed with their country code (+1 415…) match lists in E.164 format.',
          },
          {
            value: 'include',
            displayValue: 'Send the values (chat.email, chat.phone)',
            help: 'Only if your consent and contracts allow it. Never forward these fields to Google Analytics: its policies forbid personal data.',
          },
        ],
        simpleValueType: true,
        defaultValue: 'redact',
      },
      {
        type: 'LABEL',
        name: 'includeWarning',
        displayName: 'Warning: Google Analytics forbids sending personal data such as email addresses and phone numbers. Do not map chat.email or chat.phone into GA4 tags.',
        enablingConditions: when('pii', 'include'),
      },
      {
        type: 'LABEL',
        name: 'hashWarning',
        displayName:
          "Use the hashes for matching with your own hashed customer lists (e.g. a Google Ads tag's user-provided data). Do not map chat.email_sha256 or chat.phone_sha256 into GA4 tags: a hashed email address or phone number is still personal data.",
        enablingConditions: when('pii', 'hash'),
      },
      checkbox(
        'consentGating',
        'Wait for consent before listening',
        'chatwire starts only once every consent type ticked below is granted (Consent Mode), and starts by itself when the visitor grants it later. A consent type your site never sets counts as granted, as everywhere in Tag Manager: sites without Consent Mode see no change.',
        true,
      ),
      ...CONSENT_TYPES.map((type) =>
        checkbox(`consent_${type}`, `Requires ${type}`, `chatwire waits until ${type} is granted.`, type === 'analytics_storage', when('consentGating', true)),
      ),
    ],
  },
  {
    type: 'GROUP',
    name: 'runtimeGroup',
    displayName: 'Where the chatwire script comes from',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'RADIO',
        name: 'runtimeSource',
        displayName: 'chatwire script',
        radioItems: [
          {
            value: 'page',
            displayValue: 'Already on the page (nothing is loaded)',
            help: 'The "chatwire runtime" tag of the chatwire container carries the script; fire it first through Tag Sequencing. Your own script element works too. The tag fails when no script is there.',
          },
          {
            value: 'cdn',
            displayValue: `From jsDelivr, pinned to chatwire ${version}`,
            help: `Loads ${CDN_BASE}… (all widgets: one file; "Only these": the core and one small file per widget). Only once chatwire ${version} is published on npm; see docs/releasing.md.`,
          },
        ],
        simpleValueType: true,
        defaultValue: 'page',
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
        help: `Start of every event name. GA4-safe: letters, digits and underscores, starting with a letter, at most ${MAX_PREFIX} characters so every event name stays within GA4's 40, and not one of GA4's reserved starts (${RESERVED_PREFIXES.join(', ')}). The container's triggers expect chat_.`,
        valueValidators: [
          { type: 'NON_EMPTY' },
          {
            type: 'REGEX',
            args: [`^[A-Za-z][A-Za-z0-9_]{0,${MAX_PREFIX - 1}}$`],
            errorMessage: `Letters, digits and underscores only, starting with a letter, at most ${MAX_PREFIX} characters.`,
          },
          { type: 'REGEX', args: [notStartingWith(RESERVED_PREFIXES)], errorMessage: `GA4 reserves event names starting with ${RESERVED_PREFIXES.join(', ')}.` },
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
        help: "Widgets that talk to the page by postMessage (CTLive) are accepted from this page's own origin. Add the origins of widget frames hosted elsewhere, e.g. https://chat.example.com.",
        simpleTableColumns: [
          {
            defaultValue: '',
            displayName: 'Origin',
            name: 'origin',
            type: 'TEXT',
            isUnique: true,
            // Browsers report origins in lower case, without a path or trailing slash.
            valueValidators: [
              {
                type: 'REGEX',
                args: ['^https?://[a-z0-9.-]+(:[0-9]+)?$'],
                errorMessage: 'An origin in lower case: https://host or https://host:port, no path, no trailing slash.',
              },
            ],
          },
        ],
        newRowButtonText: 'Add origin',
      },
      checkbox('debug', 'Debug logging in the browser console', 'Logs each widget event and each push ([chatwire] in the console). Leave off in production.', false),
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
  permission('inject_script', [{ key: 'urls', value: { type: 2, listItem: CDN_FILES.map((file) => string(CDN_BASE + file)) } }]),
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
  permission('access_consent', [{ key: 'consentTypes', value: { type: 2, listItem: CONSENT_TYPES.map((consentType) => map({ consentType, read: true, write: false })) } }]),
];

const TERMS =
  "By creating or modifying this file you agree to Google Tag Manager's Community\nTemplate Gallery Developer Terms of Service available at\nhttps://developers.google.com/tag-manager/gallery-tos (or such other URL as\nGoogle may provide), as modified from time to time.";

const section = (marker, content) => `___${marker}___\n\n${content.trim()}\n`;

/**
 * The whole template.tpl text.
 * @param {{ runtimeSource?: 'page' | 'cdn' }} [options] the default runtime
 * source: 'page' (nothing loaded) in the repository; the Gallery release
 * (scripts/gtm/release.mjs) uses 'cdn' once the version is on npm
 */
export function templateText({ runtimeSource = 'page' } = {}) {
  const params = JSON.parse(JSON.stringify(parameters));
  params.find((p) => p.name === 'runtimeGroup').subParams[0].defaultValue = runtimeSource;
  return [
    section('TERMS_OF_SERVICE', TERMS),
    section('INFO', JSON.stringify(info, null, 2)),
    section('TEMPLATE_PARAMETERS', JSON.stringify(params, null, 2)),
    section('SANDBOXED_JS_FOR_WEB_TEMPLATE', fill(read('gtm-template/src/code.js'))),
    section('WEB_PERMISSIONS', JSON.stringify(permissions, null, 2)),
    section('TESTS', fill(read('gtm-template/src/tests.yaml'))),
    section(
      'NOTES',
      `Generated by scripts/gtm/build.mjs for chatwire ${version}: edit gtm-template/src/ or scripts/gtm/ and run npm run build.\nRuntime from the CDN: ${CDN_BASE}`,
    ),
  ].join('\n\n');
}
