import { type Page } from '@playwright/test';
import { expect, pushes, test } from './helpers';

// The page `npm start` serves (fixtures/index.html): a person loads fake
// widgets, clicks their events and reads the pushes in the log pane.
const log = (page: Page) => page.locator('#pushes > li');
const titles = (page: Page) => page.locator('#pushes > li:not([hidden]) .event');
const panel = (page: Page, vendor: string) => page.locator(`.vendor[data-vendor="${vendor}"]`);
const chatVendors = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).chatwire.vendors);

async function load(page: Page, vendor: string) {
  await panel(page, vendor).locator('button.load').click();
  await expect(panel(page, vendor).locator('button.load')).toHaveText(/ loaded$/);
}

/** Whether the page scrolls sideways: its content is wider than the viewport. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('each push shows compact (its non-null keys), expands to the full push, and follows the configuration', async ({ page }) => {
  await page.goto('/fixtures/');
  await expect(page.locator('#version')).toHaveText(/^\d+\.\d+\.\d+/);
  await load(page, 'smartagent');
  await expect(titles(page)).toHaveText(['chat_shown', 'chat_loaded']);
  const sa = panel(page, 'smartagent');
  await sa.getByRole('button', { name: 'CONTACT_STARTED' }).click();
  await sa.getByRole('button', { name: 'CONNECT_TO_AGENT' }).click();
  await expect(titles(page)).toHaveText(['chat_agent_joined', 'chat_started', 'chat_shown', 'chat_loaded']);

  const last = (await pushes(page)).at(-1)!;
  const newest = log(page).first();
  // Compact: the keys with a value, without the ones the line already says (vendor, action) or the time.
  const shownKeys = await newest.locator('.keys dt').allTextContents();
  const valued = Object.keys(last.chat).filter((key) => (last.chat as any)[key] !== null && !['vendor', 'action', 'timestamp'].includes(key));
  expect(shownKeys).toEqual(valued);
  expect(shownKeys.length).toBeLessThan(Object.keys(last.chat).length / 2);
  // Expanded: exactly what the dataLayer holds.
  await expect(newest.locator('pre')).toBeHidden();
  await newest.locator('summary').click();
  expect(JSON.parse((await newest.locator('pre').textContent()) ?? '')).toEqual(last);

  // The configuration panel applies to the next push.
  await page.locator('#prefix').fill('support_');
  await page.getByRole('button', { name: 'Apply' }).click();
  await sa.getByRole('button', { name: 'CONTACT_ENDED' }).click();
  await expect(titles(page).first()).toHaveText('support_ended');
});

test('the log filters by vendor and by action, and clears', async ({ page }) => {
  await page.goto('/fixtures/');
  await load(page, 'smartagent');
  await load(page, 'intercom');
  await panel(page, 'intercom').getByRole('button', { name: 'open (show)' }).click();
  await expect(titles(page)).toHaveText(['chat_opened', 'chat_loaded', 'chat_shown', 'chat_loaded']);

  await page.locator('#filter-vendor').selectOption('intercom');
  await expect(titles(page)).toHaveText(['chat_opened', 'chat_loaded']);
  await expect(page.locator('#count')).toHaveText('2 of 4');
  await page.locator('#filter-action').selectOption('loaded');
  await expect(titles(page)).toHaveText(['chat_loaded']);
  await expect(page.locator('#pushes > li:not([hidden])')).toHaveAttribute('data-vendor', 'intercom');
  await page.locator('#filter-vendor').selectOption('');
  await expect(titles(page)).toHaveText(['chat_loaded', 'chat_loaded']);

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(log(page)).toHaveCount(0);
  await expect(page.locator('#empty')).toBeVisible();
  // Clearing the view leaves the dataLayer alone.
  expect(await pushes(page)).toHaveLength(4);
});

test('vendor panels are titled with the product name and searchable', async ({ page }) => {
  await page.goto('/fixtures/');
  const vendors = await chatVendors(page);
  await expect(page.locator('#vendors > .vendor')).toHaveCount(vendors.length);
  // Every title is a name, not the id (names come from the seed list or the vendor doc's heading).
  for (const id of vendors) await expect(panel(page, id).locator('.name'), id).not.toHaveText(id);
  await expect(panel(page, 'intercom').locator('.name')).toHaveText('Intercom Messenger');

  await page.locator('#search').fill('messenger');
  await expect(panel(page, 'intercom')).toBeVisible();
  await expect(panel(page, 'drift')).toBeHidden();
  await page.locator('#search').fill('smartagent');
  await expect(page.locator('#vendors > .vendor:not([hidden])')).toHaveCount(1);
  await expect(page.locator('#matches')).toHaveText(`1 of ${vendors.length}`);
  await page.locator('#search').fill('');
  await expect(page.locator('#vendors > .vendor:not([hidden])')).toHaveCount(vendors.length);
});

for (const size of [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
]) {
  test.describe(`at ${size.name} size (${size.viewport.width}×${size.viewport.height})`, () => {
    test.use({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile });

    test("a click's push shows in the log without scrolling, for the first and the last panel", async ({ page }) => {
      await page.goto('/fixtures/');
      const vendors = await chatVendors(page);
      for (const vendor of [vendors[0], 'intercom', vendors.at(-1)!]) {
        await load(page, vendor);
        const button = panel(page, vendor).locator('.events button').first();
        await button.scrollIntoViewIfNeeded();
        await expect(button).toBeInViewport();
        const before = await pushes(page);
        await button.click();
        // Where the person is after the click (Playwright may have scrolled the button clear of the log sheet).
        const scrollY = await page.evaluate(() => window.scrollY);
        await expect.poll(async () => (await pushes(page)).length, vendor).toBeGreaterThan(before.length);
        const last = (await pushes(page)).at(-1)!;
        // The newest entry is that push, in view at the page's current scroll position.
        await expect(log(page).first().locator('.event')).toHaveText(last.event);
        await expect(log(page).first()).toHaveAttribute('data-vendor', vendor);
        await expect(log(page).first()).toBeInViewport();
        await expect(panel(page, vendor).locator('.events button').first()).toBeInViewport();
        expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
      }
    });

    test('no horizontal scroll, before and after widgets load and push', async ({ page }) => {
      // Loads every widget of the demo, one after the other: three times the usual time on a slow machine.
      test.slow();
      await page.goto('/fixtures/');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      for (const vendor of await chatVendors(page)) await load(page, vendor);
      await panel(page, 'smartagent').getByRole('button', { name: 'CONTACT_STARTED' }).click();
      await log(page).first().locator('summary').click();
      await expect(log(page).first().locator('pre')).toBeVisible();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      // Every event button fits its panel, none clipped.
      const clipped = await page.evaluate(() => [...document.querySelectorAll('.vendor button')].filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent));
      expect(clipped).toEqual([]);
    });
  });
}

test('no horizontal scroll at 360 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/fixtures/');
  await load(page, 'adobe_dynamic_chat');
  await panel(page, 'adobe_dynamic_chat').getByRole('button', { name: 'CONVERSATION_LIVE_CHAT_REQUEST_TIMEOUT' }).click();
  await expect(log(page).first().locator('.event')).toHaveText('chat_agent_timeout');
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

test('every vendor panel loads its widget and every button pushes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/fixtures/');
  const vendors = await chatVendors(page);
  for (const vendor of vendors) {
    await load(page, vendor);
    for (const button of await panel(page, vendor).locator('.events button').all()) {
      const before: number = await page.evaluate(() => (window as any).dataLayer.length);
      await button.click();
      await expect.poll(() => page.evaluate(() => (window as any).dataLayer.length), `${vendor}: ${await button.textContent()}`).toBeGreaterThan(before);
    }
  }
  // Every push, of every vendor, is a valid chatwire push (pushes() checks the schema), and each is in the log.
  const all = await pushes(page);
  expect(new Set(all.map((push) => push.chat.vendor))).toEqual(new Set(vendors));
  await expect(log(page)).toHaveCount(all.length);
});
