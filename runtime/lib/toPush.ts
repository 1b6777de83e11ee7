import type { ChatEvent, ChatPush, Fields, PiiMode } from '../types.js';
import { hash as sha256 } from './hash.js';

/** Every key of {@link ChatEvent}, in the contract's order: each push carries all of them. */
export const chatKeys = (
  'vendor action vendor_event channel widget_id widget_name widget_type ui_type conversation_id session_id visitor_id ' +
  'agent_id agent_name lead_type label duration_ms timestamp email phone email_sha256 phone_sha256'
).split(' ') as readonly (keyof ChatEvent)[];

/** GA4 drops parameter values over 100 characters (CONTRACT §4). */
const MAX = 100;

const finite = (value: unknown): number | null => (Number.isFinite(value) ? (value as number) : null);

/** Strings pass, finite numbers become strings, anything else (objects, booleans, nodes, functions) is unknown. */
const text = (value: unknown): string | null => (typeof value == 'string' ? value : Number.isFinite(value) ? String(value) : null);

/** Longest email address (RFC 5321 path limit): a longer value is not an address, so it is neither hashed nor pushed (CONTRACT §6). */
const MAX_EMAIL = 254;
/** Longest phone number chatwire accepts: 15 digits (E.164) with separators, parentheses and an extension fit easily. */
const MAX_PHONE = 64;

/**
 * What docs/privacy.md ("Emails and phone numbers inside other fields") lists,
 * one alternative each: an address, its `@` possibly fullwidth (`＠`, as CJK
 * input methods type it), URL-encoded (`%40`, `%2540`) or an HTML entity
 * (`&#64;`, `&#x40;`, `&commat;`; the semicolon optional, as browsers decode
 * it), its dots possibly `%2E` or fullwidth; its local part ends only where an
 * unquoted local part must (spaces, `@ < > ( ) [ ] \ , ; :`), so no part of
 * one survives, a quoted one included, and its domain also at URL punctuation
 * (so `a@x.com;b@y.org` is two addresses); at the end of the text an at sign
 * takes the rest, so an address the 300-character window cut leaves no domain;
 * a `+` number; an `(area)` number; three groups (3-3-4, or a trunk `0` and an
 * area code, as `020-7946-0958`, never part of a UUID); a trunk `0` national
 * number in two groups (`07946 095858`); 3–8 groups of 2–4 digits separated by
 * one space (any Unicode space) or a dash other than `-`; 5–7 such groups
 * separated by dots or hyphens. Every repetition is bounded (the last by the
 * window), so the work on 300 characters stays small whatever they are.
 */
const PII =
  /[^\s@<>()[\]\\,;:]{1,64}(?:[@\uff20]|%(?:25)?40|&#(?:0*64|x0*40);?|&commat;)(?:[^\s@<>()[\]\\,;:"{}/?=&%#.]{1,63}(?:(?:[.\uff0e]|%2e)[^\s@<>()[\]\\,;:"{}/?=&%#.]{1,63}){1,8}|\S*$)|\+\d[()\d\s.\u2010-\u2015\u2212-]{6,40}\d|\(\d{2,4}\)[\s.\u2010-\u2015\u2212-]?\d{3,4}[\s.\u2010-\u2015\u2212-]?\d{3,4}|\d{2,4}(?:(?![\r\n])[\s\u2010-\u2015\u2212]\d{2,4}){2,7}|\b(?:\d{3}|0\d{1,4})[\s.\u2010-\u2015\u2212-]\d{3,4}[\s.\u2010-\u2015\u2212-]\d{4}(?![-\w])|\b0\d{2,4}[\s\u2010-\u2015\u2212]\d{5,8}\b|\b\d{2,4}(?:[.-]\d{2,4}){4,6}\b/gi;

/**
 * Email addresses and phone numbers found inside any other text field — a bot
 * named after the visitor, a label quoting an answer — are replaced, before
 * cutting, so no part of one leaves (CONTRACT §6). Ids, UUIDs, dates, times
 * and timestamps (digits joined by `-`, `.` or nothing) stay intact, except
 * in the shapes above; docs/privacy.md lists what is and is not recognised.
 */
const scrub = (value: string | null): string | null =>
  // The first 300 characters are plenty to cut 100 from, and keep the work bounded whatever the payload.
  value && value.slice(0, 300).replace(PII, '[redacted]');

/** A contact detail as given, trimmed; empty when missing or longer than `max` (checked before any other work). */
const detail = (value: unknown, max: number): string => {
  const raw = text(value) || '';
  return raw.length > max ? '' : raw.trim();
};

/** Cuts to 100 UTF-16 units without leaving half a surrogate pair at the end. */
const cut = (value: string | null): string | null => (value && value.length > MAX ? value.slice(0, /[\uD800-\uDBFF]/.test(value[MAX - 1]) ? MAX - 1 : MAX) : value);

/**
 * Builds the exact push of CONTRACT §4 from the fields an adapter mapped:
 * every schema key present (`null` when unknown), identifiers as strings of at
 * most 100 characters, numbers only where numbers belong, and personal data
 * handled per the privacy mode (CONTRACT §6).
 * @param prefix `config.eventPrefix`
 * @param fields mapped values; `email` / `phone` are the raw values, if any
 * @param pii `config.pii`
 * @returns the object to push
 */
export function toPush(prefix: string, fields: Fields, pii: PiiMode): ChatPush {
  const chat = {} as Record<keyof ChatEvent, unknown>;
  // Every key in the contract's order, as text; the numbers, and the contact details per privacy mode, are set again below
  // (so the text of email and phone is scrubbed for nothing, within the same 300-character bound as any other field).
  for (const key of chatKeys) chat[key] = cut(scrub(text(fields[key])));
  chat.duration_ms = finite(fields.duration_ms);
  chat.timestamp = finite(fields.timestamp);
  if (chat.timestamp === null) chat.timestamp = Date.now();
  // Strings (or numbers: phones sometimes are) count as contact details; one with no content is no detail at all.
  // A value longer than any real address or number is no contact detail: it is never hashed or pushed.
  const rawEmail = detail(fields.email, MAX_EMAIL);
  const rawPhone = detail(fields.phone, MAX_PHONE);
  const digits = rawPhone.replace(/\D/g, '');
  chat.email = pii == 'include' && rawEmail ? cut(rawEmail) : null;
  chat.phone = pii == 'include' && digits ? cut(rawPhone) : null;
  // Normalization of CONTRACT §6: email trimmed and lower-cased; phone digits only, keeping a leading +.
  chat.email_sha256 = pii == 'hash' && rawEmail ? sha256(rawEmail.toLowerCase()) : null;
  chat.phone_sha256 = pii == 'hash' && digits ? sha256((rawPhone[0] == '+' ? '+' : '') + digits) : null;
  return { event: prefix + (chat.action as string), chat: chat as unknown as ChatEvent };
}
