// The parts of docs/gtm.md and gtm-template/README.md that list vendors,
// actions and GA4 parameters, generated from the registry between
// `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` markers, and the
// check that the hand-written rest names no vendor, action or event that does
// not exist.
import { GA4_KEYS, HIGH_CARDINALITY_KEYS } from './container.mjs';
import { ACTIONS, ACTION_GROUPS, ACTION_TEXT, CHAT_KEYS, CONSENT_TYPES, NOISY_ACTIONS, VENDORS, vendorGtmNote, vendorName, vendorsSending } from './lists.mjs';
import { info } from './template.mjs';

/** Each generated doc and the blocks it must carry. */
export const DOCS = { 'docs/gtm.md': ['vendors', 'actions', 'ga4-parameters'], 'gtm-template/README.md': ['description'] };

const names = (ids) => ids.map((id) => `\`${id}\``).join(', ');

/** Who can send an action, naming the shorter side: "every widget", "all except …" or "only …". */
export function sentBy(action) {
  const sending = vendorsSending(action);
  const missing = VENDORS.filter((id) => !sending.includes(id));
  if (!missing.length) return 'every widget';
  return missing.length <= sending.length ? `all except ${names(missing)}` : `only ${names(sending)}`;
}

/** Generated blocks by name. */
export function generatedBlocks() {
  return {
    vendors: [
      '| widget | vendor id | note for GTM |',
      '|---|---|---|',
      ...VENDORS.map((id) => `| ${vendorName(id)} | \`${id}\` | ${(vendorGtmNote(id) ?? '').replace(/\|/g, '\\|')} |`),
    ].join('\n'),
    actions: [
      '| group | tag screen label | event | which widgets can send it |',
      '|---|---|---|---|',
      ...ACTION_GROUPS.flatMap((group) =>
        ACTIONS.filter((action) => ACTION_TEXT[action][0] === group).map(
          (action) => `| ${group} | ${ACTION_TEXT[action][1]}${NOISY_ACTIONS.includes(action) ? ' (off by default)' : ''} | \`chat_${action}\` | ${sentBy(action)} |`,
        ),
      ),
    ].join('\n'),
    'ga4-parameters': GA4_KEYS.map((key) => `- \`chat_${key}\` ← \`{{DLV - chat.${key}}}\`${HIGH_CARDINALITY_KEYS.includes(key) ? ' (high cardinality)' : ''}`).join('\n'),
    description: `> ${info.description}`,
  };
}

/** The text with every generated block replaced by its current content. */
export function fillBlocks(text, blocks = generatedBlocks()) {
  return text.replace(/(<!-- generated:([\w-]+) -->)[\s\S]*?(<!-- \/generated:\2 -->)/g, (all, open, name, close) => {
    if (!(name in blocks)) throw new Error(`unknown generated block ${name}`);
    return `${open}\n${blocks[name]}\n${close}`;
  });
}

/** Words a hand-written doc may put in backticks besides vendor ids, actions and chat keys. */
const ALLOWED = new Set([
  ...CONSENT_TYPES,
  'vendors',
  'events',
  'pii',
  'debug',
  'page',
  'cdn',
  'all',
  'some',
  'chat',
  'denied',
  'granted',
  'generate_lead',
  'chat_lead',
  'chat_started',
  'chatwire',
  'dataLayer',
  'chatwireConfig',
  'redact',
  'hash',
  'include',
  'email',
  'phone',
  'null',
  'text/gtmscript',
  'nonce',
  'data-nonce',
  'npm',
  'strict-dynamic',
]);

/**
 * Problems of a hand-written doc (its text outside generated blocks): every
 * `chat_<x>` must be a real event (prefix + action) or GA4 parameter (chat_ +
 * key), every backticked id-like word a vendor id, action, chat key or a known
 * word; and the generated blocks the doc must carry are there.
 * @param text the doc
 * @param required the generated blocks it must contain
 */
export function docProblems(text, required) {
  const problems = [];
  for (const name of required) if (!text.includes(`<!-- generated:${name} -->`)) problems.push(`missing the generated block ${name}`);
  const handWritten = text.replace(/<!-- generated:([\w-]+) -->[\s\S]*?<!-- \/generated:\1 -->/g, '');
  const known = new Set([...VENDORS, ...ACTIONS, ...CHAT_KEYS, ...ALLOWED]);
  for (const [, name] of handWritten.matchAll(/\bchat_([a-z_]+)\b/g)) {
    if (!ACTIONS.includes(name) && !GA4_KEYS.includes(name)) problems.push(`chat_${name} is neither an event nor a GA4 parameter`);
  }
  for (const [, word] of handWritten.matchAll(/`([a-z][a-z0-9]*_[a-z0-9_]+|[a-z]+)`/g)) {
    if (!known.has(word) && !word.startsWith('chat_')) problems.push(`\`${word}\` is not a vendor id, action, chat key or known word`);
  }
  return [...new Set(problems)];
}
