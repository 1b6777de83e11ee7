// Finds the system Chromium for the e2e tests; when run directly (npm run
// test:e2e) and none is found, installs Debian's `chromium` as root, or stops
// with a one-line instruction. Browser downloads (`npx playwright install`)
// are never used: Playwright launches this binary through `executablePath`.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const candidates = () => [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const INSTRUCTION = 'chatwire e2e tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** The path of a Chromium or Chrome binary on this machine, or undefined. */
export function chromiumPath() {
  return candidates().find((path) => path && existsSync(path));
}

/** chromiumPath(), installing Debian's chromium first when root and apt-get allow it; exits with an instruction otherwise. */
export function ensureChromium() {
  const found = chromiumPath();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian package `chromium`…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    } catch {
      // Reported below.
    }
    const installed = chromiumPath();
    if (installed) return installed;
  }
  console.error(INSTRUCTION);
  process.exit(1);
}

/** Launch options for Playwright; throws the one-line instruction when no Chromium is found. */
export function launchOptions() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(INSTRUCTION);
  return {
    executablePath,
    // Headless on a machine without a sandbox or outgoing network: no GPU, no
    // sandbox (root), no background connections that would only be refused.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`Chromium: ${ensureChromium()}`);
}
