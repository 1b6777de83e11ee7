import { PAGE, RUNTIME, dataLayerText, expect, loadScript, postCTLive, pushes, run, test } from './helpers';

// The shapes the privacy audit (s-privacy) found passing the scrub, through the
// built runtime in real Chromium: posted as CTLive's mapped fields, as in
// e2e/hostile.spec.ts. test/privacy.test.ts fuzzes the same shapes against
// toPush; this checks dist/ carries the fix. docs/privacy.md lists each shape.

// An address straddling character 300 after four long ones: the replacements shrink the text, so its cut end lands in the 100 kept.
const straddling = Array.from({ length: 4 }, (_, i) => `${'x'.repeat(58)}${i}@example.org`).join(' ') + ' jane.doe@private-domain.com and more';

const SHAPES: [string, string][] = [
  ['jane\uff20example.com', '[redacted]'],
  ['jane\uff20example\uff0ecom', '[redacted]'],
  ['"jane"@example.com', '[redacted]'],
  ['jane&#64example.com', '[redacted]'],
  ['(020) 7946 0958', '[redacted]'],
  ['07946 095858', '[redacted]'],
  ['020-7946-0958', '[redacted]'],
  ['090-1234-5678', '[redacted]'],
  ['415 555-0100', '[redacted]'],
  ['06-12-34-56-78', '[redacted]'],
  ['jane@localhost', '[redacted]'],
];

for (const pii of ['redact', 'hash', 'include']) {
  test(`audit shapes: fullwidth, quoted, entity and national contact details never reach the dataLayer (pii: ${pii})`, async ({ page }) => {
    await page.goto(PAGE);
    await run(page, `window.chatwireConfig = { pii: '${pii}' }`);
    await loadScript(page, RUNTIME);
    for (const [value] of SHAPES) await postCTLive(page, 'WidgetClicked', { widgetID: value, userID: value, type: value });
    await postCTLive(page, 'WidgetClicked', { widgetID: 'w', userID: 'u', type: straddling });
    await expect.poll(async () => (await pushes(page)).length).toBe(SHAPES.length + 1);
    const all = await pushes(page);
    SHAPES.forEach(([value, becomes], i) => {
      for (const key of ['label', 'widget_id', 'visitor_id'] as const) expect(all[i].chat[key], `${value} in ${key}`).toBe(becomes);
    });
    // The straddling address: neither its at sign nor its domain is left, only the start of its local part can be.
    const cut = all[SHAPES.length].chat.label as string;
    expect(cut.startsWith('[redacted] [redacted] [redacted] [redacted] ')).toBe(true);
    expect(cut.replace(/\[redacted\]/g, '')).not.toMatch(/@|private|domain/);
    const text = await dataLayerText(page);
    for (const secret of ['jane\uff20', 'example', '7946', '0958', '095858', '5678', '0100', '56-78', 'localhost', 'private-domain']) expect(text).not.toContain(secret);
  });
}

test("debug mode logs event names and pushes, never a vendor's payload: unmapped names, messages and contact details stay out of the console", async ({ page }) => {
  await page.goto(PAGE);
  await run(
    page,
    `window.chatwireConfig = { debug: true }; window.logged = [];
    console.log = (...args) => logged.push(args.map((a) => { try { return typeof a == 'string' ? a : JSON.stringify(a) ?? String(a); } catch (e) { return String(a); } }).join(' '))`,
  );
  await loadScript(page, RUNTIME);
  await loadScript(page, '/fixtures/smartagent.js');
  await page.evaluate(() => {
    const sa = (window as any).fakeSmartAgent;
    // Mapped fields holding contact details (scrubbed in the logged push), unmapped ones holding anything.
    sa.deliverRaw({
      type: 'CONTACT_STARTED',
      data: { contactId: 'c-1', chatInstanceName: 'Chat with jane.secret@example.com', visitorName: 'Jane Secretname', message: 'call me on +44 20 7946 0958' },
      timestamp: 1637147056035,
    });
    sa.deliverRaw({ type: 'UNMAPPED_EVENT', data: { email: 'jane.secret@example.com', name: 'Jane Secretname' } });
  });
  await expect.poll(async () => (await pushes(page)).some((push) => push.chat.conversation_id === 'c-1')).toBe(true);
  // Each push's `timestamp` reads 0, as in dataLayerText: the time of a push is no personal data, and its digits
  // match a phone number's fragment now and then (1796392794605 holds 7946).
  const logged = (await run<string[]>(page, 'window.logged')).join('\n').replace(/"timestamp":\d+/g, '"timestamp":0');
  // The event names and the scrubbed push are there; nothing of the payload beyond them.
  expect(logged).toContain('CONTACT_STARTED');
  expect(logged).toContain('UNMAPPED_EVENT');
  expect(logged).toContain('Chat with [redacted]');
  for (const secret of ['jane.secret', 'Secretname', '7946', 'call me']) expect(logged).not.toContain(secret);
});
