import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setHash } from '../runtime/lib/hash.js';
import { sha256 } from '../runtime/lib/sha256.js';
import { chatKeys, toPush } from '../runtime/lib/toPush.js';

// The hash plugin, as dist/chatwire.hash.min.js registers it (test/hash.test.ts: without it).
setHash(sha256);

const hex = (text: string): string => createHash('sha256').update(text).digest('hex');
const base = { vendor: 'smartagent', action: 'opened', vendor_event: 'CHAT_VISIBLE', channel: 'chat' };

test('every key of CONTRACT §4, in order, null where unknown', () => {
  assert.deepEqual(chatKeys, [
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
  ]);
  const push = toPush('chat_', { ...base, timestamp: 1637147056035 }, 'redact');
  assert.equal(push.event, 'chat_opened');
  assert.deepEqual(Object.keys(push), ['event', 'chat']);
  assert.deepEqual(Object.keys(push.chat), chatKeys);
  assert.deepEqual(push.chat, {
    ...base,
    widget_id: null,
    widget_name: null,
    widget_type: null,
    ui_type: null,
    conversation_id: null,
    session_id: null,
    visitor_id: null,
    agent_id: null,
    agent_name: null,
    lead_type: null,
    label: null,
    duration_ms: null,
    timestamp: 1637147056035,
    email: null,
    phone: null,
    email_sha256: null,
    phone_sha256: null,
  });
});

test('the prefix is applied as given', () => {
  assert.equal(toPush('cw_', base, 'redact').event, 'cw_opened');
  assert.equal(toPush('', base, 'redact').event, 'opened');
});

test('identifiers become strings; objects, functions, booleans and non-finite numbers become null', () => {
  const { chat } = toPush(
    'chat_',
    {
      ...base,
      widget_id: 77,
      conversation_id: { id: 'x' },
      session_id: () => 'x',
      visitor_id: true,
      agent_id: NaN,
      agent_name: ['a'],
      label: Symbol('s'),
    },
    'redact',
  );
  assert.equal(chat.widget_id, '77');
  for (const key of ['conversation_id', 'session_id', 'visitor_id', 'agent_id', 'agent_name', 'label'] as const) {
    assert.equal(chat[key], null, key);
  }
});

test('numbers only where numbers belong; timestamp falls back to now', () => {
  const before = Date.now();
  const { chat } = toPush('chat_', { ...base, duration_ms: '120', timestamp: 'yesterday' }, 'redact');
  assert.equal(chat.duration_ms, null);
  assert.ok(chat.timestamp >= before && chat.timestamp <= Date.now());
  assert.equal(toPush('chat_', { ...base, duration_ms: 1234 }, 'redact').chat.duration_ms, 1234);
  assert.equal(toPush('chat_', { ...base, timestamp: Infinity }, 'redact').chat.timestamp >= before, true);
});

test('strings are cut to 100 characters, never leaving half a surrogate pair', () => {
  const { chat } = toPush('chat_', { ...base, widget_name: 'w'.repeat(250), label: 'x'.repeat(99) + '😀tail' }, 'redact');
  assert.equal(chat.widget_name, 'w'.repeat(100));
  assert.equal(chat.label, 'x'.repeat(99));
  assert.equal(toPush('chat_', { ...base, label: 'y'.repeat(100) }, 'redact').chat.label, 'y'.repeat(100));
});

test('the push is JSON-safe: it survives a JSON round trip unchanged', () => {
  const node = { nodeType: 1, parentNode: null as unknown };
  node.parentNode = node;
  const push = toPush('chat_', { ...base, widget_id: node, label: 'ok' }, 'hash');
  assert.deepEqual(JSON.parse(JSON.stringify(push)), push);
});

const contact = { ...base, action: 'lead', lead_type: 'email', email: '  Jane.Doe@Example.COM ', phone: ' +1 (415) 555-0100 ' };

test("pii 'redact' (default): no contact detail, only lead_type", () => {
  const { chat } = toPush('chat_', contact, 'redact');
  assert.equal(chat.lead_type, 'email');
  assert.deepEqual([chat.email, chat.phone, chat.email_sha256, chat.phone_sha256], [null, null, null, null]);
  // The timestamp aside: it is the time of the push, whose digits may contain 415 or 555 (1796341598562 did).
  assert.doesNotMatch(JSON.stringify({ ...chat, timestamp: 0 }), /jane|example|415|555/i);
});

test("pii 'hash': SHA-256 of the normalized values (email trimmed + lower-cased, phone digits with leading +)", () => {
  const { chat } = toPush('chat_', contact, 'hash');
  assert.equal(chat.email_sha256, hex('jane.doe@example.com'));
  assert.equal(chat.phone_sha256, hex('+14155550100'));
  assert.equal(chat.email, null);
  assert.equal(chat.phone, null);
  assert.equal(toPush('chat_', { ...base, phone: '0044 20 7946 0958' }, 'hash').chat.phone_sha256, hex('00442079460958'));
  assert.equal(toPush('chat_', { ...base, phone: 4155550100 }, 'hash').chat.phone_sha256, hex('4155550100'));
});

test("pii 'include': the values themselves", () => {
  const { chat } = toPush('chat_', contact, 'include');
  assert.equal(chat.email, 'Jane.Doe@Example.COM');
  assert.equal(chat.phone, '+1 (415) 555-0100');
  assert.equal(chat.email_sha256, null);
  assert.equal(chat.phone_sha256, null);
});

test('empty or non-text contact details count as none in every mode', () => {
  for (const pii of ['redact', 'hash', 'include'] as const) {
    const { chat } = toPush('chat_', { ...base, email: '   ', phone: 'n/a' }, pii);
    assert.deepEqual([chat.email, chat.phone, chat.email_sha256, chat.phone_sha256], [null, null, null, null], pii);
    const other = toPush('chat_', { ...base, email: { value: 'a@b.c' }, phone: ['+1'] }, pii).chat;
    assert.deepEqual([other.email, other.phone, other.email_sha256, other.phone_sha256], [null, null, null, null], pii);
  }
});

test('emails and phone numbers inside any other text field are replaced before cutting, in every mode', () => {
  for (const pii of ['redact', 'hash', 'include'] as const) {
    const { chat } = toPush(
      'chat_',
      {
        ...base,
        widget_name: 'Chat with jane.doe@example.com about order',
        label: 'Call +1 (415) 555-0100 or 020 7946 0958 or +14155550100',
        agent_name: 'x'.repeat(85) + ' jane@example.com',
        conversation_id: 'b2f10791-7599-4b49-9772-2713a198e104',
        visitor_id: '2026-12-01T10:00:00.000Z 192.168.0.1',
        session_id: 1637147056035,
        widget_id: 'w-77',
        ui_type: 'v1.2.3',
      },
      pii,
    );
    assert.equal(chat.widget_name, 'Chat with [redacted] about order', pii);
    assert.equal(chat.label, 'Call [redacted] or [redacted] or [redacted]', pii);
    assert.equal(chat.agent_name, 'x'.repeat(85) + ' [redacted]', 'scrubbed before the 100-character cut');
    // Identifiers that only look numeric are kept.
    assert.equal(chat.conversation_id, 'b2f10791-7599-4b49-9772-2713a198e104');
    assert.equal(chat.visitor_id, '2026-12-01T10:00:00.000Z 192.168.0.1');
    assert.equal(chat.session_id, '1637147056035');
    assert.equal(chat.widget_id, 'w-77');
    assert.equal(chat.ui_type, 'v1.2.3');
  }
});

test('huge hostile strings are scrubbed within a 300-character window, then cut', () => {
  // The window bounds the regular expression's work; npm run bench measures the speed.
  for (const hostile of ['a'.repeat(200_000) + '@', 'a@' + 'b'.repeat(200_000), '+1'.repeat(100_000), ('x'.repeat(60) + '@y.z ').repeat(3000)]) {
    const { chat } = toPush('chat_', { ...base, label: hostile }, 'redact');
    assert.ok((chat.label as string).length <= 100);
  }
  const label = toPush('chat_', { ...base, label: ('x'.repeat(60) + '@y.z ').repeat(3000) }, 'redact').chat.label as string;
  assert.ok(label.startsWith('[redacted] [redacted] '));
  assert.doesNotMatch(label, /@/);
});

/** The rows of one of docs/privacy.md's scrub tables (after its `<!-- scrub:… -->` marker), `\uXXXX` escapes decoded. */
const docRows = (marker: string): string[][] => {
  const doc = readFileSync(new URL('../../../docs/privacy.md', import.meta.url), 'utf8');
  const lines = doc.split(`<!-- scrub:${marker} -->`)[1].split('\n').slice(3);
  const rows: string[][] = [];
  for (const line of lines) {
    if (!line.startsWith('|')) break;
    const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, ''));
    rows.push(cells.map((cell) => cell.replace(/^`|`$/g, '').replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))));
  }
  assert.ok(rows.length > 10, `docs/privacy.md scrub:${marker} table`);
  return rows;
};

test("docs/privacy.md's recognised shapes are replaced exactly as listed, in every mode and every text key", () => {
  for (const [example, becomes] of docRows('recognised')) {
    for (const pii of ['redact', 'hash', 'include'] as const) {
      const { chat } = toPush('chat_', { ...base, label: example, agent_name: `x ${example} y` }, pii);
      assert.equal(chat.label, becomes, `${JSON.stringify(example)} (${pii})`);
      assert.equal(chat.agent_name, `x ${becomes} y`, `${JSON.stringify(example)} inside text (${pii})`);
    }
  }
});

test("docs/privacy.md's unrecognised shapes are kept exactly, in every mode", () => {
  for (const [example] of docRows('kept')) {
    for (const pii of ['redact', 'hash', 'include'] as const) {
      assert.equal(toPush('chat_', { ...base, label: example }, pii).chat.label, example, `${JSON.stringify(example)} (${pii})`);
    }
  }
});

test('a contact detail longer than any real one is neither hashed nor pushed, and costs no hashing', () => {
  const email = 'a'.repeat(243) + '@example.com';
  assert.equal(email.length, 255);
  const phone = '+1 ' + '5'.repeat(62);
  for (const pii of ['redact', 'hash', 'include'] as const) {
    const { chat } = toPush('chat_', { ...base, email, phone }, pii);
    assert.deepEqual([chat.email, chat.phone, chat.email_sha256, chat.phone_sha256], [null, null, null, null], pii);
  }
  // At the bounds they still count.
  const { chat } = toPush('chat_', { ...base, email: email.slice(1), phone: phone.slice(1) }, 'hash');
  assert.equal(chat.email_sha256, hex(email.slice(1)));
  assert.equal(chat.phone_sha256, hex('1' + '5'.repeat(62)));
  // 10 MB in every key, hash mode: bounded work, far below a millisecond once warm.
  const huge = JSON.parse(JSON.stringify('x@y.z '.repeat(1_750_000)));
  const fields = Object.fromEntries(chatKeys.map((key) => [key, huge]));
  toPush('chat_', { ...fields, action: 'lead', timestamp: 1 }, 'hash');
  const started = performance.now();
  for (let i = 0; i < 20; i++) toPush('chat_', { ...fields, action: 'lead', timestamp: 1 }, 'hash');
  assert.ok((performance.now() - started) / 20 < 5, 'a 10 MB payload costs what a small one does');
});

test('a contact detail is counted as given, before trimming: whitespace around it counts against the 254 and 64 limits', () => {
  // docs/privacy.md "The three modes": "more than 254 characters for an email [...] or 64 for a phone [...], counted as given,
  // before trimming"; docs/security.md "Bounded work on long strings": dropped "after one length check, before it is trimmed".
  // Trimmed first, these two would fit (250 and 60 characters) and be hashed or pushed.
  const email = ' '.repeat(10) + 'a'.repeat(238) + '@example.com';
  const phone = ' '.repeat(10) + '+1 ' + '5'.repeat(57);
  assert.deepEqual([email.length, email.trim().length, phone.length, phone.trim().length], [260, 250, 70, 60]);
  for (const pii of ['hash', 'include'] as const) {
    const { chat } = toPush('chat_', { ...base, email, phone }, pii);
    assert.deepEqual([chat.email, chat.phone, chat.email_sha256, chat.phone_sha256], [null, null, null, null], pii);
  }
  // At the limits as given, whitespace included, they still count, trimmed.
  const atEmail = ' ' + 'B'.repeat(240) + '@example.com ';
  const atPhone = ' +1 ' + '5'.repeat(59) + ' ';
  assert.deepEqual([atEmail.length, atPhone.length], [254, 64]);
  const hashed = toPush('chat_', { ...base, email: atEmail, phone: atPhone }, 'hash').chat;
  assert.equal(hashed.email_sha256, hex('b'.repeat(240) + '@example.com'));
  assert.equal(hashed.phone_sha256, hex('+1' + '5'.repeat(59)));
  const included = toPush('chat_', { ...base, email: atEmail, phone: atPhone }, 'include').chat;
  assert.equal(included.email, 'B'.repeat(100));
  assert.equal(included.phone, atPhone.trim());
});

test("pii 'include': a value over 100 characters is trimmed, then cut to 100, never leaving half a surrogate pair", () => {
  // docs/privacy.md "The three modes": include sends the values "trimmed and cut to 100 characters like every string";
  // docs/events.md: strings are cut "never in the middle of a surrogate pair". Within the 254 limit, so it is a detail.
  const email = 'jane.' + 'd'.repeat(133) + '@example.com';
  assert.equal(email.length, 150);
  const { chat } = toPush('chat_', { ...base, email: `  ${email} ` }, 'include');
  // Trimmed before the cut: the 100 characters start at the value's first, not at the whitespace.
  assert.equal(chat.email, email.slice(0, 100));
  assert.equal((chat.email as string).length, 100);
  // The hash is of the whole value: only what is pushed as text is cut.
  assert.equal(toPush('chat_', { ...base, email: `  ${email} ` }, 'hash').chat.email_sha256, hex(email));
  // A surrogate pair (an SMTPUTF8 local part may hold one) across the 100th unit is dropped whole.
  const emoji = 'x'.repeat(99) + '😀' + 'y'.repeat(20) + '@example.com';
  assert.equal(toPush('chat_', { ...base, email: emoji }, 'include').chat.email, 'x'.repeat(99));
  assert.equal(toPush('chat_', { ...base, email: 'x'.repeat(98) + '😀' + 'y'.repeat(20) + '@example.com' }, 'include').chat.email, 'x'.repeat(98) + '😀');
  // A phone can't reach the cut: its 64-character limit comes first, so one at the limit is sent whole.
  const phone = '+1 ' + '5'.repeat(61);
  assert.equal(toPush('chat_', { ...base, phone }, 'include').chat.phone, phone);
});

/** The label the scrub leaves of `text`, alone and inside other text. */
const scrubbed = (text: string): string[] => [text, `x ${text} y`].map((value) => toPush('chat_', { ...base, label: value }, 'redact').chat.label as string);

test("docs/privacy.md: an address's local part over 64 characters keeps its start; only the last 64 before the at sign are replaced", () => {
  // docs/privacy.md "What else this means in practice", and docs/security.md "Bounded work on long strings" (local part to 64).
  assert.deepEqual(scrubbed('a'.repeat(70) + '@example.com'), ['a'.repeat(6) + '[redacted]', `x ${'a'.repeat(6)}[redacted] y`]);
  // The longest local part an address may have is replaced whole.
  assert.deepEqual(scrubbed('a'.repeat(64) + '@example.com'), ['[redacted]', 'x [redacted] y']);
});

test('docs/privacy.md: a domain of more than 9 labels keeps the labels after the ninth; labels of 63 characters are replaced', () => {
  // docs/privacy.md: "a domain of 2 to 9 labels of up to 63 characters each", and "a domain of more than 9 labels keeps the labels
  // after the ninth"; docs/security.md "Bounded work on long strings": each domain label to 63.
  assert.deepEqual(scrubbed('jane@a.b.c.d.e.f.g.h.i.j.k'), ['[redacted].j.k', 'x [redacted].j.k y']);
  assert.deepEqual(scrubbed('jane@a.b.c.d.e.f.g.h.i'), ['[redacted]', 'x [redacted] y']);
  assert.deepEqual(scrubbed(`jane@${'b'.repeat(63)}.${'c'.repeat(63)}`), ['[redacted]', 'x [redacted] y']);
});

test('docs/privacy.md: a + number of more than 42 characters after its + keeps its end', () => {
  // docs/privacy.md: "`+` and a digit, then 6 to 40 [...], then a final digit", and "a `+` number of more than 42 characters its end";
  // docs/security.md "Bounded work on long strings": a `+` number to 42. The 42 count after the `+`.
  assert.deepEqual(scrubbed('+' + '1'.repeat(42)), ['[redacted]', 'x [redacted] y']);
  assert.deepEqual(scrubbed('+' + '1'.repeat(50)), ['[redacted]' + '1'.repeat(8), `x [redacted]${'1'.repeat(8)} y`]);
});

test('docs/privacy.md: an at sign at the end of the 300-character window takes everything after it, whatever it looks like', () => {
  // docs/privacy.md: "At the very end of the scrubbed text (the end of the field, or its character 300), an at sign takes everything
  // after it up to that end"; docs/security.md: "what follows an at sign at the very end by the window itself".
  assert.equal(toPush('chat_', { ...base, label: 'a@' + 'b'.repeat(200_000) }, 'redact').chat.label, '[redacted]');
  assert.equal(toPush('chat_', { ...base, label: 'see jane@localhost' }, 'redact').chat.label, 'see [redacted]');
  // The earlier slowest shape of docs/security.md: its at signs and what follows them go, whole.
  assert.equal(toPush('chat_', { ...base, label: ('x'.repeat(63) + '@').repeat(5) }, 'redact').chat.label, '[redacted]');
});

test("docs/security.md's slowest scrub shapes cost bounded time, and 200,000 characters of them cost what 300 do", () => {
  // docs/security.md "Bounded work on long strings" and its worst cases: every repetition is bounded and only 300 characters are
  // scrubbed, "so the regular expression's work stays small whatever a vendor sends (a 200,000-character string costs the same as
  // a 300-character one)". Each shape is pushed 1,000 times, as documented and repeated to about 200,000 characters. Measured on
  // a quiet 2-core machine, in ms per 1,000 pushes: 'a%25' 100-360, 'x62' 35-260, 'x63' 6-75; with the machine loaded 12 deep,
  // up to 990, 900 and 220. The bound, 20 times the slowest shape's quiet time, holds under that load, while scrubbing the whole
  // string (600 times the work: 'a%25' over 60,000 ms) or a pattern that backtracks without bound fails.
  const bound = 4000;
  for (const shape of ['a%25'.repeat(75), ('x'.repeat(62) + '@x ').repeat(5), ('x'.repeat(63) + '@').repeat(5)]) {
    for (const label of [shape, shape.repeat(Math.ceil(200_000 / shape.length))]) {
      const fields = { ...base, label, timestamp: 1 };
      for (let i = 0; i < 20; i++) toPush('chat_', fields, 'redact');
      const started = performance.now();
      let elapsed = 0;
      // Stops at the bound, so a regression fails in seconds rather than running on.
      for (let i = 0; i < 1000 && elapsed <= bound; i++) {
        toPush('chat_', fields, 'redact');
        elapsed = performance.now() - started;
      }
      assert.ok(elapsed <= bound, `${JSON.stringify(shape.slice(0, 8))}… × ${label.length} characters: over ${bound} ms for 1,000 pushes`);
    }
  }
});
