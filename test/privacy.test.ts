import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { setHash } from '../runtime/lib/hash.js';
import { sha256 } from '../runtime/lib/sha256.js';
import { chatKeys, toPush } from '../runtime/lib/toPush.js';
import type { ChatEvent, PiiMode } from '../runtime/types.js';

// Property tests of the scrub (docs/privacy.md, "Emails and phone numbers
// inside other fields"): generated contact details in every shape that page
// lists, embedded in generated text, in every text key and privacy mode. An
// adversarial audit (s-privacy) found each shape named in a comment below
// passing the scrub; each property fails on the scrub before that audit.

setHash(sha256);

// CI runs a fixed sample; FUZZ_RUNS and FUZZ_SEED run a longer or different one (docs/development.md, "Fuzzing").
const RUNS = Number(process.env.FUZZ_RUNS) || 400;
const SEED = Number(process.env.FUZZ_SEED) || 20261203;
const modes: PiiMode[] = ['redact', 'hash', 'include'];
/** Every key the scrub covers: the text keys, not the numbers and not the two contact details (their mode decides). */
const textKeys = chatKeys.filter((key) => !['duration_ms', 'timestamp', 'email', 'phone', 'email_sha256', 'phone_sha256'].includes(key));

/** The pushed value of `value` placed in `key`, in `pii` mode. */
const pushed = (key: keyof ChatEvent, value: string, pii: PiiMode): string => {
  const chat = toPush('chat_', { vendor: 'smartagent', action: 'opened', vendor_event: 'CHAT_VISIBLE', [key]: value }, pii).chat;
  return String(chat[key]);
};

// Surrounding text: words with no digits and no at sign, so anything of the detail left in the push is found.
const word = fc.constantFrom('Chat', 'with', 'please', 'contact', 'Order', 'bot', 'Kontakt', 'über', 'tel:', 'Tel.:', 'call', 'mail', '→', '«', 'ok!');
const before = fc
  .array(word, { maxLength: 4 })
  .chain((words) => fc.constantFrom(' ', ': ', ', ', ' (', ' <', '\n', '\t').map((sep) => (words.length ? words.join(' ') + sep : '')));
const after = fc.array(word, { maxLength: 4 }).chain((words) => fc.constantFrom(' ', '.', ', ', ') ', '> ', '!\n', '?').map((sep) => (words.length ? sep + words.join(' ') : '')));
const where = fc.record({ key: fc.constantFrom(...textKeys), pii: fc.constantFrom(...modes), before, after });

// Emails. A local part and a first domain label that start with markers found nowhere else in the text.
const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\u00ad');
const atSigns = fc.constantFrom(
  '@',
  '\uff20', // fullwidth at sign, as CJK input methods type it: passed before the audit
  '%40',
  '%2540',
  '%2540',
  '&#64;',
  '&#064;',
  '&#x40;',
  '&#X0040;',
  '&commat;',
  '&#64', // an entity without its semicolon, which browsers still decode: passed before the audit
  '&#x40', // passed before the audit
);
const dots = fc.constantFrom('.', '.', '.', '%2E', '%2e', '\uff0e' /* fullwidth full stop: passed before the audit */);
const tlds = fc.constantFrom('com', 'org', 'co.uk', 'de', 'xn--p1ai', 'рф', 'jp', 'museum', 'COM');
const labels = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), fc.constantFrom('bücher', '例え', 'пример', 'EXAMPLE', 'mail-server'));
const emailShapes = fc
  .record({
    local: fc.oneof(
      // At most 64 characters in all, markers and tag included: a longer local part is no address (docs/privacy.md's limits).
      fc.emailAddress().map((email) => email.split('@')[0].slice(0, 50)),
      fc.constantFrom('jane.doe', 'o’brien', "o'brien", 'jane+chat', 'JANE.DOE', 'first_last', 'user%tag', 'a/b=c?d', '"jane"' /* a quoted local part: passed before the audit */),
    ),
    tag: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}$/)),
    at: atSigns,
    label: labels,
    more: fc.array(labels, { maxLength: 2 }),
    tld: tlds,
    dot: dots,
    hidden: fc.option(fc.tuple(invisible, fc.nat())),
  })
  // The domain's `dq` marker must be found nowhere in the local part, whose start may remain where the window cuts it
  // (a tag `dq60` beside a domain `dq6.com` read as the domain left: a stress run with another seed found it).
  .filter(({ local, tag }) => !`${local}${tag ?? ''}`.toLowerCase().includes('dq'))
  .map(({ local, tag, at, label, more, tld, dot, hidden }) => {
    let localPart = (local.startsWith('"') ? `"zq${local.slice(1)}` : `zq${local}`) + (tag === null ? '' : `+${tag}`);
    if (hidden) localPart = localPart.slice(0, 1 + (hidden[1] % localPart.length)) + hidden[0] + localPart.slice(1 + (hidden[1] % localPart.length));
    return { email: `${localPart}${at}${['dq' + label, ...more, tld].join(dot)}`, local: localPart, domain: `dq${label}` };
  });
const emailWrappers = fc.constantFrom(
  (email: string) => email,
  (email: string) => `mailto:${email}`,
  (email: string) => `mailto:${email}?subject=Hi`,
  (email: string) => `https://shop.example/chat?email=${email}&x=1`,
  (email: string) => `<${email}>`,
  (email: string) => `"${email}"`,
  (email: string) => `${email};${email}`,
  // JSON text: but for a quoted local part, whose quotes JSON escapes with a backslash (docs/privacy.md's limits).
  (email: string) => (email.startsWith('"') ? email : JSON.stringify({ email })),
);

test('property: no generated email address of a listed shape reaches any text key, in any mode, inside any text', () => {
  fc.assert(
    fc.property(emailShapes, emailWrappers, where, ({ email, domain }, wrap, { key, pii, before, after }) => {
      const out = pushed(key, before + wrap(email) + after, pii);
      // No domain, no at sign with anything after it, and (but for an invisible character's split) no local part.
      assert.ok(!out.toLowerCase().includes(domain.toLowerCase()), `domain left in ${JSON.stringify(out)}`);
      assert.ok(!out.includes('zq'), `local part left in ${JSON.stringify(out)}`);
      assert.doesNotMatch(out, /[@\uff20]|%40|&#x?0*(?:64|40)|&commat;/i, `at sign left in ${JSON.stringify(out)}`);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

// Phones. Digits only in the number; the surrounding words have none, so no digit may be left.
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const unicodeSpaces = fc.constantFrom(' ', '\u00a0', '\u202f', '\u2009', '\u3000');
const dashes = fc.constantFrom('\u2010', '\u2011', '\u2013', '\u2014', '\u2212');
const any = fc.oneof(unicodeSpaces, dashes, fc.constantFrom('-', '.'));
const phoneShapes = fc.oneof(
  // International: + and a country code, groups with any separator, maybe a (0) or an area code in parentheses.
  fc
    .tuple(fc.integer({ min: 1, max: 998 }), fc.array(fc.tuple(any, fc.integer({ min: 2, max: 4 })), { minLength: 3, maxLength: 5 }), fc.boolean())
    .chain(([cc, groups, zero]) =>
      fc.tuple(...groups.map(([, n]) => digits(n))).map((parts) => `+${cc}${zero ? ' (0)' : ''}` + parts.map((part, i) => groups[i][0] + part).join('')),
    ),
  // Area code in parentheses: 2–4 digits, then 3–4 and 3–4 ((020) 7946 0958: passed before the audit).
  fc
    .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 3, max: 4 }), fc.integer({ min: 3, max: 4 }), fc.option(any), fc.option(any))
    .chain(([a, b, c, s1, s2]) => fc.tuple(digits(a), digits(b), digits(c)).map(([x, y, z]) => `(${x})${s1 ?? ''}${y}${s2 ?? ''}${z}`)),
  // North American 3-3-4 with any two separators (415 555-0100: mixed, passed before the audit).
  fc.tuple(digits(3), any, digits(3), any, digits(4)).map((parts) => parts.join('')),
  // National with a trunk 0: 0 and 1–4 digits, 3–4, 4 (020-7946-0958, 090-1234-5678: passed before the audit).
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), any, fc.integer({ min: 3, max: 4 }), any)
    .chain(([a, s1, b, s2]) => fc.tuple(digits(a), digits(b), digits(4)).map(([x, y, z]) => `0${x}${s1}${y}${s2}${z}`)),
  // National with a trunk 0 in two groups: 0 and 2–4 digits, a space or dash, 5–8 digits (07946 095858: passed before the audit).
  fc
    .tuple(fc.integer({ min: 2, max: 4 }), fc.oneof(unicodeSpaces, dashes), fc.integer({ min: 5, max: 8 }))
    .chain(([a, s, b]) => fc.tuple(digits(a), digits(b)).map(([x, y]) => `0${x}${s}${y}`)),
  // Five pairs (France) with any one separator, the hyphen included (06-12-34-56-78: passed before the audit).
  fc.tuple(digits(1), any, digits(8)).map(([x, s, rest]) => `0${x}` + rest.replace(/(\d\d)/g, `${s}$1`)),
  // 3–8 groups of 2–4 digits separated by Unicode spaces or dashes.
  fc
    .tuple(fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 3, maxLength: 8 }), fc.oneof(unicodeSpaces, dashes))
    .chain(([sizes, s]) => fc.tuple(...sizes.map(digits)).map((parts) => parts.join(s))),
  // E.164 with its +.
  fc.tuple(fc.integer({ min: 1, max: 99 }), digits(10)).map(([cc, rest]) => `+${cc}${rest}`),
);

test('property: no digit of a generated phone number of a listed shape reaches any text key, in any mode, inside any text', () => {
  fc.assert(
    fc.property(phoneShapes, where, (phone, { key, pii, before, after }) => {
      const out = pushed(key, before + phone + after, pii);
      assert.doesNotMatch(out, /\d/, `${JSON.stringify(phone)} left digits in ${JSON.stringify(out)}`);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

// What must not be redacted (docs/privacy.md: identifiers, dates, times, timestamps, prices say which conversation an event belongs to).
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const keptShapes = fc.oneof(
  fc.uuid(),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2090 }), fc.constantFrom('.', '/', '-'))
    .map(([d, m, y, s]) => `${pad(d)}${s}${pad(m)}${s}${y}`),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })).map(([h, m, s]) => `${pad(h)}:${pad(m)}:${pad(s)}`),
  fc.nat().map(String),
  fc.integer({ min: 1_000_000_000_000, max: 2_000_000_000_000 }).map(String),
  fc.ipV4(),
  fc.tuple(fc.nat(30), fc.nat(99), fc.nat(999)).map(([a, b, c]) => `v${a}.${b}.${c}`),
  fc.tuple(fc.nat(999_999), fc.nat(99), fc.constantFrom('€', '$', '£')).map(([n, c, cur]) => `${cur}${n.toLocaleString('en-US')}.${pad(c)}`),
  fc.tuple(fc.stringMatching(/^[A-Z]{2,4}$/), fc.nat(999_999), fc.nat(999_999)).map(([p, a, b]) => `${p}-${a}-${b}`),
  fc.tuple(fc.nat(9999), fc.nat(9999)).map(([a, b]) => `order ${a} ${b}`),
  fc.tuple(fc.nat(99), fc.nat(999), fc.nat(9999)).map(([a, b, c]) => `#${a}-${b}-${c}`),
);

test('property: generated ids, UUIDs, dates, times, timestamps, IP addresses, versions and prices are kept exactly', () => {
  fc.assert(
    fc.property(keptShapes, fc.constantFrom(...textKeys), fc.constantFrom(...modes), (value, key, pii) => {
      assert.equal(pushed(key, value, pii), value.slice(0, 100));
    }),
    { numRuns: RUNS * 2, seed: SEED },
  );
});

test('property: an email cut by the 300-character window leaves neither its at sign nor any of its domain (only its local part can remain)', () => {
  // Replacements before it shrink the text, so what stood near character 300 can land in the 100 that are kept.
  const long = fc.stringMatching(/^[a-z]{55,60}$/).map((local) => `${local}@example.org`);
  fc.assert(
    fc.property(fc.array(long, { minLength: 4, maxLength: 4 }), emailShapes, fc.nat(30), (prefix, { email, domain }, into) => {
      const head = prefix.join(' ') + ' ';
      const cutAt = Math.min(into, email.length);
      const value = head.padEnd(300 - cutAt, ' ') + email + ' and more';
      const out = pushed('label', value, 'redact');
      assert.ok(!out.toLowerCase().includes(domain.slice(0, 4).toLowerCase()), `domain left in ${JSON.stringify(out)}`);
      // What can remain is the start of its local part, and the start of an encoded at sign (`%4`, `&#6`): never a whole one.
      assert.doesNotMatch(out.replace(/\[redacted\]/g, ''), /[@\uff20]|%(?:25)?40|&#x?0*(?:64|40)|&commat;|example/i, `at sign left in ${JSON.stringify(out)}`);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

test('hostile values in any field: Symbols, BigInts, Proxies, boxed strings, getters and functions become null, never throw', () => {
  const proxy = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      getPrototypeOf: () => {
        throw new Error('trap');
      },
    },
  );
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const getter = Object.defineProperty({}, 'toString', {
    get() {
      throw new Error('getter');
    },
  });
  const hostile: unknown[] = [
    Symbol('jane@example.com'),
    BigInt(10),
    proxy,
    revocable.proxy,
    new String('jane@example.com'),
    new Number(4155550100),
    getter,
    () => 'x',
    [['jane@example.com']],
  ];
  for (const value of hostile) {
    for (const pii of modes) {
      const fields = Object.fromEntries(chatKeys.map((key) => [key, value]));
      const { chat } = toPush('chat_', { ...fields, action: 'lead' }, pii);
      for (const key of textKeys.filter((k) => k !== 'action')) assert.equal(chat[key], null, `${key} of ${typeof value}`);
      assert.deepEqual([chat.email, chat.phone, chat.email_sha256, chat.phone_sha256], [null, null, null, null]);
      assert.equal(typeof chat.timestamp, 'number');
      assert.equal(chat.duration_ms, null);
    }
  }
});
