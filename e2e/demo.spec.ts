import { expect, pushes, test } from './helpers';

// The page `npm start` serves: a person clicks the fake widget and sees the pushes.
test('the demo page shows each chat_* push as the fake SmartAgent is clicked', async ({ page }) => {
  await page.goto('/fixtures/');
  await expect(page.locator('#version')).toHaveText(/^\d+\.\d+\.\d+/);
  await page.getByRole('button', { name: 'Load the SmartAgent widget' }).click();
  await expect(page.locator('#pushes > li > strong')).toHaveText(['chat_shown', 'chat_loaded']);
  await page.getByRole('button', { name: 'CONTACT_STARTED' }).click();
  await page.getByRole('button', { name: 'CONNECT_TO_AGENT' }).click();
  await expect(page.locator('#pushes > li > strong')).toHaveText(['chat_agent_joined', 'chat_started', 'chat_shown', 'chat_loaded']);
  // What the page shows is what the dataLayer holds.
  const shown = await page.locator('#pushes > li > pre').first().textContent();
  expect(JSON.parse(shown ?? '')).toEqual((await pushes(page)).at(-1)?.chat);

  // Privacy mode and prefix from the configuration panel apply to the next push.
  await page.locator('#prefix').fill('support_');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('button', { name: 'CONTACT_ENDED' }).click();
  await expect(page.locator('#pushes > li > strong').first()).toHaveText('support_ended');
});
