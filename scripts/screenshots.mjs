// `npm run screenshots` (after the build): the README's pictures of the demo,
// docs/images/demo-desktop.png and docs/images/demo-phone.png. Starts the dev
// server (scripts/serve.mjs) on a free port, drives the demo in the system
// Chromium (scripts/chromium.mjs) as a person would — load two widgets, click
// a few events — and captures the viewport.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = new URL('../docs/images/', import.meta.url);
mkdirSync(out, { recursive: true });

const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  cwd: root,
  env: { ...process.env, HOST: '127.0.0.1', PORT: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const url = /http:\/\/\S+\//.exec(text);
    if (url) resolve(url[0]);
  });
  server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
});

const shots = [
  { file: 'demo-desktop.png', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { file: 'demo-phone.png', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
];

const browser = await chromium.launch(launchOptions());
try {
  for (const { file, ...options } of shots) {
    const page = await browser.newPage(options);
    await page.goto(base);
    await page.waitForFunction(() => document.querySelectorAll('#vendors .vendor').length > 0);
    const panel = (id) => page.locator(`.vendor[data-vendor="${id}"]`);
    for (const id of ['intercom', 'smartagent']) {
      await panel(id).locator('button.load').click();
      await panel(id)
        .locator('button.load')
        .filter({ hasText: / loaded$/ })
        .waitFor();
    }
    for (const [id, name] of [
      ['smartagent', 'CONTACT_STARTED'],
      ['intercom', 'open (show)'],
      ['intercom', 'agent replies'],
    ]) {
      const target = panel(id).locator('.events button', { hasText: name }).first();
      if (await target.count()) await target.click();
    }
    // The loaded SmartAgent panel at the top of the view; the log keeps the latest pushes in view.
    await panel('smartagent').evaluate((node) => window.scrollTo(0, node.getBoundingClientRect().top + window.scrollY - 8));
    await page.evaluate(() => document.fonts.ready);
    // animations: 'disabled' ends the highlight of the newest push.
    await page.screenshot({ path: fileURLToPath(new URL(file, out)), animations: 'disabled' });
    console.log(`docs/images/${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
