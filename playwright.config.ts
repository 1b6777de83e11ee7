import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain ES module script shared with `npm run test:e2e`.
import { launchOptions } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT) || 4173;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: Number(process.env.E2E_WORKERS) || 2,
  reporter: 'list',
  timeout: 15_000,
  expect: { timeout: 3_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: launchOptions(),
  },
  webServer: {
    // The fixtures and the built runtime, as a site would serve them.
    command: `node node_modules/http-server/bin/http-server . -p ${PORT} -a 127.0.0.1 -c-1 -s`,
    url: `http://127.0.0.1:${PORT}/fixtures/page.html`,
    reuseExistingServer: !process.env.CI,
  },
});
