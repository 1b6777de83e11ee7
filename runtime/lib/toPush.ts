import type { ChatEvent, ChatPush, Fields, PiiMode } from '../types.js';
import { hash as sha256 } from './hash.js';

/** Every key of {@link ChatEvent}, in the contract's order: each push carries all of them. */
export const chatKeys: readonly (keyof ChatEvent)[] = [
  'vendor',
  'action',
  'vendor_event',
  'channel',
  'widget_id',
  'widget_name',
  'widget_type',
  'ui_type',
  'conversation_id',
  'session_id',
  'visitor_id',
  'agent_id',
  'agent_name',
  'lead_type',
  'label',
  'duration_ms',
  'timestamp',
  'email',
  'phone',
  'email_sha256',
  'phone_sha256',
];

/** GA4 drops parameter values over 100 characters (CONTRACT §4). */
const MAX = 100;

const finite = (value: unknown): number | null => (Number.isFinite(value) ? (value as number) : null);

/** Strings pass, finite numbers become strings, anything else (objects, booleans, nodes, functions) is unknown. */
const text = (value: unknown): string | null =>
  typeof value == 'string' ? value : finite(value) === null ? null : String(value);

/**
 * Email addresses and phone numbers found inside any other text field — a bot
 * named after the visitor, a label quoting an answer — are replaced, before
 * cutting, so no part of one leaves (CONTRACT §6). A phone is a `+` number,
 * a `(area)` number, or digit groups separated by spaces: ids, UUIDs, dates
 * and timestamps (digits joined by `-`, `.` or nothing) stay intact.
 */
const scrub = (value: string | null): string | null =>
  // The first 300 characters are plenty to cut 100 from; with the 64-character
  // bound on an address's local part (RFC 5321) the work stays linear and small.
  value && value.slice(0, 300).replace(/[^\s@]{1,64}@[^\s@]+\.[^\s@]+|\+\d[\d ().-]{6,}\d|\(\d{2,4}\)[ .-]?\d{3}[ .-]?\d{3,4}|\d{2,4}(?: \d{2,4}){2,}/g, '[redacted]');

/** Cuts to 100 UTF-16 units without leaving half a surrogate pair at the end. */
const cut = (value: string | null): string | null =>
  value && value.length > MAX ? value.slice(0, /[\uD800-\uDBFF]/.test(value[MAX - 1]) ? MAX - 1 : MAX) : value;

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
  for (const key of chatKeys) {
    chat[key] = key == 'duration_ms' || key == 'timestamp' ? finite(fields[key]) : cut(scrub(text(fields[key])));
  }
  if (chat.timestamp === null) chat.timestamp = Date.now();
  // Strings (or numbers: phones sometimes are) count as contact details; one with no content is no detail at all.
  const rawEmail = (text(fields.email) || '').trim();
  const rawPhone = (text(fields.phone) || '').trim();
  const digits = rawPhone.replace(/\D/g, '');
  chat.email = pii == 'include' ? cut(rawEmail || null) : null;
  chat.phone = pii == 'include' && digits ? cut(rawPhone) : null;
  // Normalization of CONTRACT §6: email trimmed and lower-cased; phone digits only, keeping a leading +.
  chat.email_sha256 = pii == 'hash' && rawEmail ? sha256(rawEmail.toLowerCase()) : null;
  chat.phone_sha256 = pii == 'hash' && digits ? sha256((rawPhone[0] == '+' ? '+' : '') + digits) : null;
  return { event: prefix + (chat.action as string), chat: chat as unknown as ChatEvent };
}
