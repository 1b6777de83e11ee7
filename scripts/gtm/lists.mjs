// The lists the template, the container and the docs share, each taken from
// its one source: the vendor ids and actions from the runtime's registry, the
// chat keys from the runtime's chatKeys (compiled by tsc to build/tsc), the
// vendor names from docs/vendors/<id>.md, the action texts from docs/events.md.
import { read, root } from './read.mjs';

const load = (path) => import(new URL(`build/tsc/runtime/${path}`, root).href);
const { registry } = await load('registry.js');
const { actions } = await load('lib/actions.js');
const { sentActions } = await load('lib/sentActions.js');
const { chatKeys } = await load('lib/toPush.js');

/** package.json's version. */
export const version = JSON.parse(read('package.json')).version;

/** The supported vendor ids, in registry order. */
export const VENDORS = registry.map((vendor) => vendor.id);

/** The actions the vendors send, in the contract's order. */
export const ACTIONS = actions.filter((action) => sentActions(registry).includes(action));

/** Every key of the pushed `chat` object (CONTRACT §4), in order. */
export const CHAT_KEYS = [...chatKeys];

/** The longest prefix that keeps every event name within GA4's 40 characters. */
export const MAX_PREFIX = 40 - Math.max(...ACTIONS.map((action) => action.length));

/** Consent Mode's consent types, as GTM names them. */
export const CONSENT_TYPES = ['analytics_storage', 'ad_storage', 'ad_user_data', 'ad_personalization', 'functionality_storage', 'personalization_storage', 'security_storage'];

/** "# SmartAgent (`smartagent`)" in docs/vendors/<id>.md names the vendor. */
export const vendorName = (id) => read(`docs/vendors/${id}.md`).split('\n')[0].replace(/^#\s*/, '').replace(/\s*\(`.*$/, '');

/** The meaning column of docs/events.md's action table, by action. */
export const actionHelp = Object.fromEntries(
  [...read('docs/events.md').split('## Actions')[1].split('## Action ×')[0].matchAll(/^\| `(\w+)` \| (.+?) \|$/gm)].map((m) => [m[1], m[2]]),
);
