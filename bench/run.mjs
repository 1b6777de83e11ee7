// npm run bench: what a page pays for chatwire, side by side in one run of
// headless Chromium with web-vitals and with ONE polling listener (what a
// one-widget site runs today): the core with one vendor plugin, with two,
// and the all-vendor file. Prints the tables and rewrites docs/performance.md
// and docs/performance.svg. Needs a build (npm run bench builds first).
// About 2 to 3 minutes: evaluation loads are interleaved, the 25 s page-life
// probes run in two batches of parallel tabs.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { ensureChromium, launchOptions } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const started = Date.now();
const say = (text) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${text}`);

/** Page loads per variant, per clock mode (cold, warm) and per CPU rate. */
const LOADS = 12;
/** Chromium's CPU throttling for a mid-range phone. */
const SLOW = 4;
/** Page life watched by the idle probes. */
const LIFE_MS = 25_000;

// ---- What is compared ------------------------------------------------------

const WEB_VITALS_VERSION = JSON.parse(read('node_modules/web-vitals/package.json')).version;
/** Each variant: the scripts a site adds, in the order a tag manager runs them. */
const VARIANTS = {
  'core + 1': ['dist/chatwire.core.min.js', 'dist/vendors/smartagent.min.js'],
  'core + 2': ['dist/chatwire.core.min.js', 'dist/vendors/smartagent.min.js', 'dist/vendors/crisp.min.js'],
  'all vendors': ['dist/chatwire.min.js'],
  'web-vitals': ['node_modules/web-vitals/dist/web-vitals.iife.js'],
  'one polling listener': ['bench/baseline/smartagent.js'],
};
const NAMES = Object.keys(VARIANTS);
/** web-vitals' "start": the five listeners a site registers (its README's basic usage). */
const WEB_VITALS_START =
  'webVitals.onCLS(console.debug);webVitals.onINP(console.debug);webVitals.onLCP(console.debug);webVitals.onFCP(console.debug);webVitals.onTTFB(console.debug);';
const scripts = (name) => VARIANTS[name].map(read).concat(name === 'web-vitals' ? [WEB_VITALS_START] : []);

// ---- Pages ------------------------------------------------------------------

const probes = `<script>
  window.longTasks = 0;
  try { new PerformanceObserver((list) => { window.longTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
  // Every timer callback the page runs, with its time: the wakeup probe. The page's own image loop uses the originals.
  window.timerCalls = [];
  window.rawSetTimeout = window.setTimeout;
  window.rawSetInterval = window.setInterval;
  const wrap = (original) => function (fn, delay, ...rest) {
    return original.call(window, function () { window.timerCalls.push(performance.now()); return typeof fn === 'function' ? fn.apply(this, arguments) : undefined; }, delay, ...rest);
  };
  window.setTimeout = wrap(window.setTimeout);
  window.setInterval = wrap(window.setInterval);
  // When a vendor global appears, and when the first push lands: the detection probe.
  window.dataLayer = [];
  const push = window.dataLayer.push;
  window.dataLayer.push = function () { if (!window.firstPushAt) window.firstPushAt = performance.now(); return push.apply(this, arguments); };
  let saEvents;
  Object.defineProperty(window, 'saEvents', { configurable: true, get: () => saEvents, set: (value) => { saEvents = value; window.definedAt = performance.now(); } });
  // The message probe: a listener before chatwire's and one after (added by the bench once chatwire attached).
  addEventListener('message', () => { window.messageIn = performance.now(); });
</script>`;
/** A page keeping busy with images: one every 300 ms, each unique (a carousel, lazy loading, pixels). */
const imageLoop = `<script>
  let n = 0;
  window.rawSetInterval(() => {
    const image = new Image();
    image.src = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="' + ++n + '" height="1"/>');
    document.body.appendChild(image);
  }, 300);
</script>`;
/**
 * The page: probes, a mark, each script of the variant inline, the measure.
 * `nonce` makes every script's text unique (cold: nothing compiled can be
 * reused); without it the same text is served every time (warm).
 */
const page = ({ variant, nonce, images, config }) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">${probes}
${config ? `<script>window.chatwireConfig = ${config};</script>` : ''}
<script>performance.mark('evaluate')</script>
${scripts(variant)
  .map((code) => `<script>${nonce ? `/*${nonce}*/` : ''}${code}</script>`)
  .join('\n')}
<script>window.evaluateMs = performance.measure('e', 'evaluate').duration; window.isolated = self.crossOriginIsolated;</script>
<script src="/fixtures/harness.js"></script></head><body>${images ? imageLoop : ''}</body></html>`;

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };
// Cross-origin isolated: performance.now() at 5 µs instead of 100 µs, so a 1 ms script is measurable.
const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-resource-policy': 'same-origin' };
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/bench') {
    response.writeHead(200, { 'content-type': 'text/html', ...isolation });
    response.end(
      page({
        variant: url.searchParams.get('variant'),
        nonce: url.searchParams.get('nonce'),
        images: url.searchParams.has('images'),
        config: url.searchParams.get('config'),
      }),
    );
    return;
  }
  const file = join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...isolation });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const url = (variant, extra = {}) => `${base}/bench?${new URLSearchParams({ variant, ...extra })}`;

ensureChromium();
const browser = await chromium.launch(launchOptions());
const results = Object.fromEntries(NAMES.map((name) => [name, {}]));
const worst = {};
let isolated = true;

/** A tab, optionally CPU-throttled through CDP (Emulation.setCPUThrottlingRate). */
async function tab(rate = 1) {
  const tabPage = await browser.newPage();
  const cdp = await tabPage.context().newCDPSession(tabPage);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { page: tabPage, cdp };
}

try {
  say(`evaluate + start: ${LOADS} loads per variant, cold and warm, at 1× and ${SLOW}× CPU (loads interleaved)`);
  for (const rate of [1, SLOW]) {
    for (const mode of ['cold', 'warm']) {
      const { page: p } = await tab(rate);
      const times = Object.fromEntries(NAMES.map((name) => [name, []]));
      const longTasks = Object.fromEntries(NAMES.map((name) => [name, 0]));
      // Warm: one unmeasured load first, so the compiled code is there to reuse.
      if (mode === 'warm') for (const name of NAMES) await p.goto(url(name));
      for (let i = 0; i < LOADS; i++) {
        for (const name of NAMES) {
          await p.goto(url(name, mode === 'cold' ? { nonce: `${Date.now()}-${Math.random()}` } : {}));
          const probe = await p.evaluate(() => ({ ms: window.evaluateMs, longTasks: window.longTasks, isolated: window.isolated }));
          times[name].push(probe.ms);
          longTasks[name] += probe.longTasks;
          isolated &&= probe.isolated;
        }
      }
      await p.close();
      for (const name of NAMES) {
        results[name][`${mode}${rate}`] = median(times[name]);
        results[name].longTasks = (results[name].longTasks ?? 0) + longTasks[name];
      }
    }
  }

  say('per-event cost: the SmartAgent listener, 10,000 distinct events');
  for (const name of ['core + 1', 'all vendors', 'one polling listener']) {
    const { page: p } = await tab();
    await p.goto(url(name));
    await p.evaluate(() => window.loadScript('/fixtures/smartagent.js'));
    await p.waitForFunction(() => window.fakeSmartAgent.subscribers.length > 0, null, { timeout: 5000 });
    results[name].perEventMs = await p.evaluate(() => {
      const listener = window.fakeSmartAgent.subscribers[0];
      const batches = [];
      for (let b = 0; b < 20; b++) {
        const t0 = performance.now();
        for (let i = 0; i < 500; i++) listener({ type: 'CONTACT_STARTED', data: { contactId: `c-${b}-${i}` }, timestamp: 1637147056035 + b * 500 + i });
        batches.push((performance.now() - t0) / 500);
      }
      batches.sort((a, b) => a - b);
      return (batches[9] + batches[10]) / 2;
    });
    await p.close();
  }

  say('worst-case payloads: a 10 MB email, a 10 MB JSON string message');
  const big = 'a'.repeat(10_000_000 - '@example.com'.length) + '@example.com';
  /** One Crisp email event with a 10 MB value: ms inside the vendor's emit (chatwire's whole handler). */
  const email = async (pii, variant) => {
    const { page: p } = await tab();
    await p.goto(url(variant, { config: JSON.stringify({ pii }) }));
    if (variant !== 'all vendors') await p.evaluate(() => window.loadScript('/dist/chatwire.hash.min.js'));
    await p.evaluate(() => window.loadScript('/fixtures/crisp.js'));
    const ms = await p.evaluate((value) => {
      const t0 = performance.now();
      window.chatwireFakes.crisp.emit('user:email:changed', value);
      return performance.now() - t0;
    }, big);
    const pushed = await p.evaluate(() => window.dataLayer.filter((entry) => entry.chat && entry.chat.action === 'lead').length);
    await p.close();
    return { ms, pushed };
  };
  worst.emailHash = await email('hash', 'core + 2');
  worst.emailRedact = await email('redact', 'core + 2');
  /**
   * A 10 MB JSON string posted to the page by something that is not CTLive, five times: the median ms between a
   * listener before chatwire's and one after. `before` is the scripts loaded between them, or a listener's code.
   */
  const message = async (before) => {
    const { page: p } = await tab();
    await p.goto(url('one polling listener'));
    if (typeof before === 'string') await p.evaluate(before);
    else for (const src of before) await p.evaluate((s) => window.loadScript(s), src);
    await p.evaluate(() =>
      addEventListener('message', () => {
        window.messageOuts.push(performance.now() - window.messageIn);
      }),
    );
    const times = await p.evaluate(async (size) => {
      window.messageOuts = [];
      const text = JSON.stringify({ source: 'some-other-library', blob: 'x'.repeat(size) });
      for (let i = 1; i <= 5; i++) {
        postMessage(text, location.origin);
        // The next post once this one has reached the last listener: one message at a time.
        while (window.messageOuts.length < i) await new Promise((resolve) => window.rawSetTimeout(resolve, 20));
      }
      return window.messageOuts;
    }, 10_000_000);
    await p.close();
    return median(times);
  };
  worst.messageNone = await message([]);
  // What any listener pays that looks at the message: Chromium copies the data out of the message at its first read.
  worst.messageRead = await message(`addEventListener('message', (event) => void event.data)`);
  worst.messageCore = await message(['/dist/chatwire.core.min.js', '/dist/vendors/ctlive.min.js']);
  worst.messageAll = await message(['/dist/chatwire.min.js']);

  say(`page life: ${LIFE_MS / 1000} s of a quiet page and of one loading an image every 300 ms; SmartAgent detection (parallel tabs)`);
  const idle = async (name, images) => {
    const { page: p, cdp } = await tab();
    await cdp.send('Performance.enable');
    await p.goto(url(name, images ? { images: '1' } : {}));
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await p.waitForTimeout(10_000);
    const at10 = await metric();
    await p.waitForTimeout(LIFE_MS - 10_000);
    const atEnd = await metric();
    const calls = await p.evaluate(() => window.timerCalls);
    // From the page's load event (its last script ran): on a busy machine that can be a second after navigation.
    const loaded = await p.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
    const loadedImages = await p.evaluate(() => document.images.length);
    await p.close();
    return { timerCalls: calls.length, wakeupsAfter10s: calls.filter((t) => t > loaded + 10_000).length, cpuMs: (atEnd.TaskDuration - at10.TaskDuration) * 1000, loadedImages };
  };
  const detect = async (name, delay) => {
    const { page: p } = await tab();
    await p.goto(url(name));
    await p.waitForTimeout(delay);
    await p.evaluate(() => window.loadScript('/fixtures/smartagent.js'));
    const latency = await p
      .waitForFunction(() => window.firstPushAt && window.firstPushAt - window.definedAt, null, { timeout: 2500 })
      .then((handle) => handle.jsonValue())
      .catch(() => Infinity);
    await p.close();
    return latency;
  };
  const detections = async (name) => {
    const early = [];
    for (let i = 0; i < 3; i++) early.push(await detect(name, 2000));
    return { detectEarlyMs: median(early), detectLateMs: await detect(name, LIFE_MS) };
  };
  const life = ['core + 1', 'all vendors', 'web-vitals', 'one polling listener'];
  const detected = ['core + 1', 'all vendors', 'one polling listener'];
  // Two batches of tabs, so that timers are not made late by a crowd of busy tabs on a small machine.
  const outcomes = [
    ...(await Promise.all([
      ...life.map((name) => idle(name, false).then((r) => ({ name, quiet: r }))),
      ...detected.map((name) => detections(name).then((r) => ({ name, detection: r }))),
    ])),
    ...(await Promise.all(life.map((name) => idle(name, true).then((r) => ({ name, images: r }))))),
  ];
  for (const { name, ...rest } of outcomes) Object.assign(results[name], rest);
} finally {
  await browser.close();
  server.close();
}

// ---- Report -------------------------------------------------------------------

const size = Object.fromEntries(NAMES.map((name) => [name, scripts(name).reduce((sum, code) => sum + gzip(code), 0)]));
const ms = (value) => (value === undefined ? '–' : value === Infinity ? 'never' : value < 0.1 ? value.toFixed(3) : value.toFixed(2));
const cell = (name, get) => {
  try {
    const value = get(results[name]);
    return value === undefined ? '–' : value;
  } catch {
    return '–';
  }
};
const row = (label, get, format = (v) => v) =>
  `| ${label} | ${NAMES.map((name) => {
    const v = cell(name, get);
    return v === '–' ? v : format(v);
  }).join(' | ')} |`;
const core1 = results['core + 1'];
const wv = results['web-vitals'];
const table = [
  `| metric | ${NAMES.join(' | ')} |`,
  `|---|${NAMES.map(() => '---|').join('')}`,
  `| gzip bytes (files added to the page) | ${NAMES.map((name) => size[name]).join(' | ')} |`,
  row(`evaluate + start, cold, ms (median of ${LOADS})`, (r) => r.cold1, ms),
  row(`evaluate + start, warm, ms (median of ${LOADS})`, (r) => r.warm1, ms),
  row(`evaluate + start, cold, ${SLOW}× CPU, ms`, (r) => r[`cold${SLOW}`], ms),
  row(`evaluate + start, warm, ${SLOW}× CPU, ms`, (r) => r[`warm${SLOW}`], ms),
  row(`long tasks (${LOADS * 4} loads)`, (r) => r.longTasks),
  row('per event, ms (median, 10,000 SmartAgent events)', (r) => r.perEventMs, ms),
  row(`timer callbacks in ${LIFE_MS / 1000} s, quiet page`, (r) => r.quiet.timerCalls),
  row('wakeups later than 10 s after the load event, quiet page', (r) => r.quiet.wakeupsAfter10s),
  row(
    'same, page loading an image every 300 ms (images loaded)',
    (r) => `${r.images.wakeupsAfter10s} (${r.images.loadedImages} images)`,
    (v) => v,
  ),
  row(`CPU ms from 10 s to ${LIFE_MS / 1000} s, image page`, (r) => r.images.cpuMs, ms),
  row('detection, widget at 2 s, ms (median of 3)', (r) => r.detection.detectEarlyMs, ms),
  row(`detection, widget at ${LIFE_MS / 1000} s, ms`, (r) => r.detection.detectLateMs, ms),
].join('\n');
const met = (ok) => (ok ? 'met' : '**not met**');
const sizeOf = (file) => gzip(read(file));
/** [id, gzip bytes] of each dist/vendors/<id>.min.js, by file name: the targets and the Files table read these. */
const adapterSizes = readdirSync(join(root, 'dist/vendors'))
  .filter((name) => name.endsWith('.min.js'))
  .sort()
  .map((name) => [name.slice(0, -'.min.js'.length), sizeOf(`dist/vendors/${name}`)]);
const largest = adapterSizes.reduce((a, b) => (b[1] > a[1] ? b : a));
const overAdapters = adapterSizes.filter(([, size]) => size > 600);
const coreSize = sizeOf('dist/chatwire.core.min.js');
const allSize = sizeOf('dist/chatwire.min.js');
const targets = [
  `- core ≤ 2,000 B gzip: ${coreSize} B: ${met(coreSize <= 2000)}`,
  `- core + any one vendor ≤ 2,500 B: largest pair ${coreSize + largest[1]} B (with ${largest[0]}): ${met(coreSize + largest[1] <= 2500)}`,
  `- each adapter file ≤ 600 B: ${overAdapters.length} of ${adapterSizes.length} over (${overAdapters
    .sort((a, b) => b[1] - a[1])
    .map(([id, size]) => `${id} ${size}`)
    .join(', ')}): ${met(!overAdapters.length)}`,
  `- the all-vendor file ≤ core + 300 B per adapter: ${allSize} B against ${coreSize + 300 * adapterSizes.length} B: ${met(allSize <= coreSize + 300 * adapterSizes.length)}`,
  `- cold evaluate + start of core + 1 no slower than web-vitals in the same run: ${ms(core1.cold1)} ms against ${ms(wv.cold1)} ms at 1×, ${ms(core1[`cold${SLOW}`])} against ${ms(wv[`cold${SLOW}`])} ms at ${SLOW}×: ${met(core1.cold1 <= wv.cold1 && core1[`cold${SLOW}`] <= wv[`cold${SLOW}`])} (aim: half, ${met(core1.cold1 <= wv.cold1 / 2)})`,
  `- 0 timer wakeups after 10 s on a page that keeps loading images: core + 1 ${core1.images.wakeupsAfter10s}, all vendors ${results['all vendors'].images.wakeupsAfter10s}: ${met(core1.images.wakeupsAfter10s === 0 && results['all vendors'].images.wakeupsAfter10s === 0)}`,
].join('\n');
const worstTable = [
  '| payload | page | ms for the one event |',
  '|---|---|---|',
  `| 10 MB email, \`pii: 'hash'\` (Crisp \`user:email:changed\`) | core + smartagent + crisp + hash plugin | ${ms(worst.emailHash.ms)} (${worst.emailHash.pushed} push) |`,
  `| 10 MB email, \`pii: 'redact'\` | core + smartagent + crisp | ${ms(worst.emailRedact.ms)} (${worst.emailRedact.pushed} push) |`,
  `| 10 MB JSON string message from another library (median of 5) | no chatwire (the two probe listeners alone, neither reads the data) | ${ms(worst.messageNone)} |`,
  `| same | no chatwire, one listener that reads \`event.data\` (the copy out of the message any reader pays) | ${ms(worst.messageRead)} |`,
  `| same | core + ctlive | ${ms(worst.messageCore)} |`,
  `| same | all vendors | ${ms(worst.messageAll)} |`,
].join('\n');
const fileTable = [
  '| file | gzip bytes | with the core |',
  '|---|---|---|',
  ...[
    ['dist/chatwire.core.min.js', coreSize],
    ['dist/chatwire.hash.min.js', sizeOf('dist/chatwire.hash.min.js')],
    ['dist/chatwire.min.js', allSize],
  ].map(([file, size]) => `| \`${file}\` | ${size} |  |`),
  ...adapterSizes.map(([id, size]) => `| \`dist/vendors/${id}.min.js\` | ${size} | ${coreSize + size} |`),
].join('\n');
console.log(`\n${table}\n\n${targets}\n\n${worstTable}\n\n${fileTable}\n`);

/** Horizontal bars: cold evaluate + start at 1× and at 4× CPU, each variant. */
function chart() {
  const width = 760;
  const rowHeight = 50;
  const label = 190;
  const bar = width - label - 80;
  const max = Math.max(...NAMES.map((name) => results[name][`cold${SLOW}`])) || 1;
  const parts = NAMES.map((name, i) => {
    const top = 44 + i * rowHeight;
    const w = (v) => Math.max(1, Math.round((v / max) * bar));
    const one = results[name].cold1;
    const slow = results[name][`cold${SLOW}`];
    return [
      `<text x="10" y="${top + 22}" font-size="13">${name}</text>`,
      `<rect x="${label}" y="${top}" width="${w(one)}" height="16" fill="#0b6b3a"/><text x="${label + w(one) + 6}" y="${top + 13}" font-size="12">${one.toFixed(2)} ms</text>`,
      `<rect x="${label}" y="${top + 19}" width="${w(slow)}" height="16" fill="#b0b7c9"/><text x="${label + w(slow) + 6}" y="${top + 32}" font-size="12">${slow.toFixed(2)} ms</text>`,
    ].join('\n');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${60 + NAMES.length * rowHeight}" font-family="system-ui, sans-serif" role="img" aria-label="cold evaluate + start, side by side">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="24" font-size="15" font-weight="600">Cold evaluate + start, median (green: 1× CPU, grey: ${SLOW}× CPU throttling); shorter is better</text>
${parts.join('\n')}
</svg>
`;
}

const env = `${cpus()[0].model.trim()}, ${cpus().length} cores; Node ${process.version}; Chromium ${browser.version()}; web-vitals ${WEB_VITALS_VERSION}`;
writeFileSync(join(root, 'docs/performance.svg'), chart());
writeFileSync(
  join(root, 'docs/performance.md'),
  `# Performance

Measured by \`npm run bench\` (bench/run.mjs) in one run of headless Chromium:
what a page pays for chatwire as a tag manager installs it (the core plus one
plugin per ticked vendor, or the all-vendor file), side by side with
web-vitals and with ONE polling listener (bench/baseline/smartagent.js: what a
site with one widget runs today). Every variant is evaluated inline in the
same page under the same probes. This file is rewritten by every run.

Machine: ${env}. Clock: ${isolated ? 'cross-origin isolated (performance.now() at 5 µs)' : '**not** cross-origin isolated (100 µs clock)'}.

![cold evaluate + start, side by side](performance.svg)

## What a page loads

- A tag manager in *Only these* mode: \`dist/chatwire.core.min.js\` plus one
  \`dist/vendors/<id>.min.js\` per ticked vendor, and
  \`dist/chatwire.hash.min.js\` only when \`pii\` is \`hash\` (without it hash
  mode pushes no hash; debug says so). Any order: a plugin file pushes its
  adapter into \`window.chatwirePlugins\` (a queue, like a vendor's snippet);
  the core takes what is queued when it starts and replaces \`push\`, so a
  plugin arriving later, however late, is taken on by the running runtime.
- *Every supported widget*: \`dist/chatwire.min.js\`, every adapter and the
  SHA-256 in one file.
- Bundlers: \`import { register, start } from 'chatwire/core'\`,
  \`import { intercom } from 'chatwire/vendors/intercom'\`,
  \`import { hash } from 'chatwire/hash'\`, then \`register(intercom, hash)\` and
  \`start({ pii: 'hash' })\`; \`import { start } from 'chatwire'\` has everything.
  \`require()\` gets the same entries as CommonJS. Use one module system for
  all of them: the core and the adapters share helpers (dist/lib/), and an
  ES core with CommonJS adapters would carry two copies of them (and the
  adapters' debug lines would stay silent).

## Side by side

${table}

Targets (issue 14):

${targets}

The size targets are older than the privacy scrub, the derived events and
the hostile-input guards that every core now carries (issues 10 and 11), and
than complete event tables per vendor. \`test/size.test.ts\` holds each file
that is over its target to its measured size (at most 2% more), with the
reason next to it, so no file grows unnoticed; [size.md](size.md) says where
the bytes go and what reaching the targets would cost.

## Worst-case payloads: the work one event costs

At 1× CPU; the emails once each, the message five times (median). They show
whether an event's work grows with its payload, as a hash over every byte or
a JSON parse of every string message would, whatever the normal case costs.
chatwire checks a contact detail's length and a string message's length
before anything else (docs/security.md). What a message costs with chatwire
is what any listener that reads \`event.data\` pays: Chromium copies the data
out of the message at its first read.

${worstTable}

## Files

Each classic script, gzip level 9; "with the core" is what a page with that
one widget downloads in *Only these* mode (two files, each compressed).

${fileTable}

## How each number is measured

- **Variants**: *core + 1* is \`dist/chatwire.core.min.js\` then
  \`dist/vendors/smartagent.min.js\`; *core + 2* adds \`dist/vendors/crisp.min.js\`;
  *all vendors* is \`dist/chatwire.min.js\`; *web-vitals* is its IIFE build
  plus \`onCLS\`, \`onINP\`, \`onLCP\`, \`onFCP\` and \`onTTFB\` registered; the
  polling listener is one Custom HTML tag polling for SmartAgent every second
  for 20 s. Each script is an inline \`<script>\`, in that order.
- **Evaluate + start**: a performance mark before the first script and a
  measure after the last (parse, compile, run, and for chatwire \`start()\`
  with its first detection pass), median of ${LOADS} loads per variant, the
  variants' loads interleaved. *Cold*: every script's text is made unique per
  load (a comment with a nonce), so no compiled code can be reused; *warm*:
  the same text every load after one unmeasured load. ${SLOW}× CPU:
  \`Emulation.setCPUThrottlingRate\` (CDP) at ${SLOW}, a mid-range phone. The
  page is cross-origin isolated (COOP + COEP) for a 5 µs clock. Long tasks: a
  \`longtask\` PerformanceObserver over all those loads.
- **Per event**: the listener the SmartAgent fake calls, invoked directly with
  10,000 distinct events (20 batches of 500, median batch), from vendor event
  to \`dataLayer.push\`.
- **Page life**: ${LIFE_MS / 1000} s per page, in two batches of parallel tabs. Every timer
  callback is counted (setTimeout/setInterval wrapped before any script; the
  image page's own loop uses the unwrapped ones); CPU from Chromium's
  TaskDuration after 10 s. Wakeups are counted from 10 s after the page's
  load event (its last script ran). The image page appends an image every 300 ms, each
  firing a \`load\` event that a capturing listener on \`document\` sees.
- **Detection**: the SmartAgent fake is loaded 2 s (and ${LIFE_MS / 1000} s) after
  the page; latency from \`window.saEvents\` being defined to the first push.
  The polling listener gives up after 20 s, so a widget at ${LIFE_MS / 1000} s is never seen.
- **Worst-case payloads**: the email is emitted by the Crisp fake
  (\`user:email:changed\`), timed around the synchronous emit; the message is
  posted to the page by a script that is not CTLive, timed between a
  \`message\` listener registered before chatwire and one registered after it.

Timings vary by machine and run (two CPU cores shared with other work here);
compare the columns of one run, and the zero counts.
`,
);
say('wrote docs/performance.md and docs/performance.svg');
