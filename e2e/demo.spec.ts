import { type Page } from '@playwright/test';
import { expect, pushes, test } from './helpers';

const titles = (page: Page) => page.locator('#pushes > li > strong');
const panel = (page: Page, vendor: string) => page.locator(`fieldset[data-vendor="${vendor}"]`);

// The page `npm start` serves: a person clicks the fake widgets and sees the pushes.
test('the demo page shows each chat_* push as a person clicks the fake SmartAgent', async ({ page }) => {
  await page.goto('/fixtures/');
  await expect(page.locator('#version')).toHaveText(/^\d+\.\d+\.\d+/);
  const sa = panel(page, 'smartagent');
  await sa.getByRole('button', { name: /^Load / }).click();
  await expect(titles(page)).toHaveText(['chat_shown', 'chat_loaded']);
  await sa.getByRole('button', { name: 'CONTACT_STARTED' }).click();
  await sa.getByRole('button', { name: 'CONNECT_TO_AGENT' }).click();
  await expect(titles(page)).toHaveText(['chat_agent_joined', 'chat_started', 'chat_shown', 'chat_loaded']);
  // What the page shows is what the dataLayer holds.
  const shown = await page.locator('#pushes > li > pre').first().textContent();
  expect(JSON.parse(shown ?? '')).toEqual((await pushes(page)).at(-1)?.chat);

  // The configuration panel applies to the next push.
  await page.locator('#prefix').fill('support_');
  await page.getByRole('button', { name: 'Apply' }).click();
  await sa.getByRole('button', { name: 'CONTACT_ENDED' }).click();
  await expect(titles(page).first()).toHaveText('support_ended');
});

test('every vendor panel loads its widget and every button pushes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/fixtures/');
  const vendors: string[] = await page.evaluate(() => (window as any).chatwire.vendors);
  // The five seed vendors first (their panels are written out in demo.js), then every other one.
  expect(vendors.slice(0, 5)).toEqual(['adobe_dynamic_chat', 'genesys_widgets', 'customerly', 'smartagent', 'ctlive']);
  for (const vendor of vendors) {
    const box = panel(page, vendor);
    await box.getByRole('button', { name: /^Load / }).click();
    await expect(box.getByRole('button', { name: / loaded$/ })).toBeDisabled();
    for (const button of await box.locator('.events button').all()) {
      const before: number = await page.evaluate(() => (window as any).dataLayer.length);
      await button.click();
      await expect.poll(() => page.evaluate(() => (window as any).dataLayer.length), `${vendor}: ${await button.textContent()}`).toBeGreaterThan(before);
    }
  }
  // Every push, of every vendor, is a valid chatwire push (pushes() checks the schema).
  const all = await pushes(page);
  expect(new Set(all.map((push) => push.chat.vendor))).toEqual(new Set(vendors));
});
