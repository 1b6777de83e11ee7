import { readdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
// @ts-expect-error -- a plain ES module script shared with `npm run test:e2e`.
import { launchOptions } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT) || 4173;
/**
 * Each vendor's specs, for the adapters in runtime/vendors/: e2e/<id>.spec.ts and
 * e2e/official/<id>.spec.ts or <id>-<package>.spec.ts (a name matches in any folder).
 */
const VENDOR_SPECS = readdirSync(new URL('./runtime/vendors/', import.meta.url))
  .filter((name) => name.endsWith('.ts'))
  .flatMap((name) => [name.replace(/\.ts$/, '.spec.ts'), name.replace(/\.ts$/, '-*.spec.ts')]);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: Number(process.env.E2E_WORKERS) || 2,
  reporter: 'list',
  timeout: 15_000,
  expect: { timeout: 3_000 },
  projects: [
    // Every spec against the all-vendor file (dist/chatwire.min.js).
    { name: 'all' },
    // Each vendor's spec again against the core plus that vendor's plugin file (see RUNTIME in e2e/helpers.ts).
    { name: 'plugins', testMatch: VENDOR_SPECS },
  ],
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
