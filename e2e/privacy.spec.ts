import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, dataLayerText, expect, loadScript, pushes, run, test } from './helpers';

// The shapes the privacy audit (s-privacy) found passing the scrub, through the
// built runtime in real Chromium: posted as CTLive's mapped fields, as in
// e2e/hostile.spec.ts. test/privacy.test.ts fuzzes the same shapes against
// toPush; this checks dist/ carries the fix. docs/privacy.md lists each shape.

/** Posts one CTLive message from the page itself (a trusted origin). */
const postCTLive = (page: Page, type: string, object: Record<string, unknown>) =>
  page.evaluate(([t, o]) => window.postMessage({ name: 'CTLiveEvent', type: t, object: o }, '*'), [type, object] as const);

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
    const text = (await dataLayerText(page)).replace(/"timestamp":\d+/g, '');
    for (const secret of ['jane\uff20', 'example', '7946', '0958', '095858', '5678', '0100', '56-78', 'localhost', 'private-domain']) expect(text).not.toContain(secret);
  });
}
