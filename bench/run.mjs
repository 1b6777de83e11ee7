// npm run bench: chatwire against the usual per-vendor polling listeners
// (bench/baseline/), measured with the same probes in one run of headless
// Chromium. Prints a table and rewrites docs/performance.md and
// docs/performance.svg. Needs a build (npm run bench builds first).
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { ensureChromium, launchOptions } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
/** Every vendor of the registry, in its order (read from the source: the bench builds its own bundles). */
const VENDORS = [...read('runtime/registry.ts').split('registry')[1].matchAll(/^\s+(\w+),?$/gm)].map((match) => match[1]);
const RUNTIME = read('dist/chatwire.min.js');
const BASELINE = VENDORS.map((id) => read(`bench/baseline/${id}.js`)).join('\n');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const brotli = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const started = Date.now();
const say = (text) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${text}`);

// ---- Bytes, and what each adapter adds ------------------------------------

/** The classic script built with only the given adapters in the registry. */
async function buildWith(ids) {
  const registry = {
    name: 'bench-registry',
    resolveId: (source, importer) => (source === './registry.js' && importer?.endsWith('chatwire.ts') ? '\0registry' : null),
    load: (id) =>
      id === '\0registry'
        ? ids.map((v) => `import { ${v} } from ${JSON.stringify(join(root, `runtime/vendors/${v}.ts`))};`).join('\n') + `\nexport const registry = [${ids.join(', ')}];`
        : null,
  };
  const bundle = await rollup({
    input: join(root, 'runtime/auto.ts'),
    plugins: [
      registry,
      { name: 'version', transform: (code) => ({ code: code.replaceAll('__CHATWIRE_VERSION__', '"bench"'), map: null }) },
      typescript({ tsconfig: join(root, 'tsconfig.json'), include: ['runtime/**/*.ts'], outDir: undefined, rootDir: undefined, declaration: false, noEmitOnError: true }),
      terser({ ecma: 2017, module: true, compress: { passes: 3, unsafe_arrows: true, unsafe: true, unsafe_methods: true, pure_getters: true, keep_fargs: false } }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'iife' });
  return output[0].code;
}

// ---- A local server: the repository, plus generated bench pages -------------

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };
const probes = `<script>
  window.longTasks = 0;
  try { new PerformanceObserver((list) => { window.longTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
  // Every timer callback the page runs, with its time: the idle probe.
  window.timerCalls = [];
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
</script>`;
const code = (variant) => (variant === 'chatwire' ? RUNTIME : BASELINE);
const page = (variant) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">${probes}
<script>performance.mark('evaluate')</script>
<script>${code(variant)}</script>
<script>window.evaluateMs = performance.measure('e', 'evaluate').duration;</script>
<script src="/fixtures/harness.js"></script></head><body></body></html>`;

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/bench') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(page(url.searchParams.get('variant')));
    return;
  }
  const file = join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

ensureChromium();
const browser = await chromium.launch(launchOptions());
const results = {};

try {
  say('sizes');
  const core = await buildWith([]);
  const perVendor = {};
  for (const id of VENDORS) perVendor[id] = gzip(await buildWith([id])) - gzip(core);
  results.size = {
    chatwire: { raw: RUNTIME.length, gzip: gzip(RUNTIME), brotli: brotli(RUNTIME) },
    baseline: { raw: BASELINE.length, gzip: gzip(BASELINE), brotli: brotli(BASELINE) },
    core: gzip(core),
    perVendor,
  };

  say('evaluation + start, 25 page loads each');
  for (const variant of ['chatwire', 'baseline']) {
    const times = [];
    let longTasks = 0;
    const tab = await browser.newPage();
    for (let i = 0; i < 25; i++) {
      await tab.goto(`${base}/bench?variant=${variant}`);
      times.push(await tab.evaluate(() => window.evaluateMs));
      longTasks += await tab.evaluate(() => window.longTasks);
    }
    await tab.close();
    results[variant] = { evaluateMs: median(times), longTasks };
  }

  say('per-event cost, 10,000 events');
  for (const variant of ['chatwire', 'baseline']) {
    const tab = await browser.newPage();
    await tab.goto(`${base}/bench?variant=${variant}`);
    await tab.evaluate(() => window.loadScript('/fixtures/smartagent.js'));
    await tab.waitForFunction(() => window.fakeSmartAgent.subscribers.length > 0, null, { timeout: 5000 });
    // The listener the widget calls, timed alone: its cost from vendor event to push.
    results[variant].perEventMs = await tab.evaluate(() => {
      const listener = window.fakeSmartAgent.subscribers[0];
      const batches = [];
      for (let b = 0; b < 20; b++) {
        const t0 = performance.now();
        for (let i = 0; i < 500; i++) {
          listener({ type: 'CONTACT_STARTED', data: { contactId: `c-${b}-${i}` }, timestamp: 1637147056035 + b * 500 + i });
        }
        batches.push((performance.now() - t0) / 500);
      }
      batches.sort((a, b) => a - b);
      return (batches[9] + batches[10]) / 2;
    });
    await tab.close();
  }

  say('idle cost and detection latency, 30 s of page life (both variants side by side)');
  const idle = async (variant) => {
    const tab = await browser.newPage();
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.goto(`${base}/bench?variant=${variant}`);
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await tab.waitForTimeout(10_000);
    const at10 = await metric();
    await tab.waitForTimeout(20_000);
    const at30 = await metric();
    const calls = await tab.evaluate(() => window.timerCalls);
    await tab.close();
    return {
      timerCalls: calls.length,
      wakeupsAfter10s: calls.filter((t) => t > 10_000).length,
      cpuMs10to30: (at30.TaskDuration - at10.TaskDuration) * 1000,
      scriptMs10to30: (at30.ScriptDuration - at10.ScriptDuration) * 1000,
    };
  };
  /** Loads the SmartAgent fake after `delay` ms; latency from its global appearing to the first push. */
  const detect = async (variant, delay) => {
    const tab = await browser.newPage();
    await tab.goto(`${base}/bench?variant=${variant}`);
    await tab.waitForTimeout(delay);
    await tab.evaluate(() => window.loadScript('/fixtures/smartagent.js'));
    const latency = await tab
      .waitForFunction(() => window.firstPushAt && window.firstPushAt - window.definedAt, null, { timeout: 2500 })
      .then((handle) => handle.jsonValue())
      .catch(() => Infinity);
    await tab.close();
    return latency;
  };
  const detections = async (variant) => {
    const early = [];
    for (let i = 0; i < 5; i++) early.push(await detect(variant, 2000));
    return { detectEarlyMs: median(early), detectLateMs: await detect(variant, 25_000) };
  };
  const [idleChatwire, idleBaseline, detectChatwire, detectBaseline] = await Promise.all([
    idle('chatwire'),
    idle('baseline'),
    detections('chatwire'),
    detections('baseline'),
  ]);
  Object.assign(results.chatwire, idleChatwire, detectChatwire);
  Object.assign(results.baseline, idleBaseline, detectBaseline);
} finally {
  await browser.close();
  server.close();
}

// ---- Report --------------------------------------------------------------

const { chatwire: c, baseline: b, size } = results;
const ms = (value) => (value === Infinity ? 'never' : value < 0.1 ? value.toFixed(4) : value.toFixed(2));
const ratio = (x, y) => (y === 0 || !Number.isFinite(y) || !Number.isFinite(x) ? (x === y ? '–' : Number.isFinite(y) ? '–' : '0 (baseline never)') : (x / y).toFixed(2));
const goal = (ok) => (ok ? 'met' : '**not met**');
const rows = [
  [`gzip bytes (${VENDORS.length} vendors)`, size.chatwire.gzip, size.baseline.gzip, ratio(size.chatwire.gzip, size.baseline.gzip), `≤ 8192: ${goal(size.chatwire.gzip <= 8192)}`],
  ['raw / brotli bytes', `${size.chatwire.raw} / ${size.chatwire.brotli}`, `${size.baseline.raw} / ${size.baseline.brotli}`, ratio(size.chatwire.brotli, size.baseline.brotli), ''],
  ['evaluate + start, ms (median of 25)', ms(c.evaluateMs), ms(b.evaluateMs), ratio(c.evaluateMs, b.evaluateMs), `≤ 1 ms: ${goal(c.evaluateMs <= 1)}`],
  ['long tasks (25 loads)', c.longTasks, b.longTasks, '', `none: ${goal(c.longTasks === 0)}`],
  ['per event, ms (median, 10,000 events)', ms(c.perEventMs), ms(b.perEventMs), ratio(c.perEventMs, b.perEventMs), `≤ 0.02 ms: ${goal(c.perEventMs <= 0.02)}`],
  ['timer callbacks in 30 s, no widget', c.timerCalls, b.timerCalls, ratio(c.timerCalls, b.timerCalls), ''],
  ['wakeups after 10 s, no widget', c.wakeupsAfter10s, b.wakeupsAfter10s, '', `0: ${goal(c.wakeupsAfter10s === 0)}`],
  ['CPU ms from 10 s to 30 s, no widget', ms(c.cpuMs10to30), ms(b.cpuMs10to30), '', ''],
  ['detection, widget at 2 s, ms (median of 5)', ms(c.detectEarlyMs), ms(b.detectEarlyMs), ratio(c.detectEarlyMs, b.detectEarlyMs), `≤ 50 ms: ${goal(c.detectEarlyMs <= 50)}`],
  ['detection, widget at 25 s, ms', ms(c.detectLateMs), ms(b.detectLateMs), ratio(c.detectLateMs, b.detectLateMs), `≤ 50 ms: ${goal(c.detectLateMs <= 50)}`],
];
const table = ['| metric | chatwire | baseline | chatwire / baseline | target |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const vendorTable = ['| adapter | gzip bytes it adds |', '|---|---|', `| core alone (no adapter) | ${size.core} |`, ...VENDORS.map((id) => `| \`${id}\` | ${size.perVendor[id]} |`)].join('\n');
console.log(`\n${table}\n\n${vendorTable}\n`);

/** Horizontal bars, chatwire against baseline, each metric scaled to the larger of the two. */
function chart() {
  const metrics = [
    ['gzip bytes', size.chatwire.gzip, size.baseline.gzip],
    ['evaluate + start (ms)', c.evaluateMs, b.evaluateMs],
    ['per event (ms)', c.perEventMs, b.perEventMs],
    ['timer callbacks in 30 s', c.timerCalls, b.timerCalls],
    ['detection at 2 s (ms)', c.detectEarlyMs, b.detectEarlyMs],
  ];
  const width = 720;
  const rowHeight = 58;
  const label = 200;
  const bar = width - label - 90;
  const parts = [];
  metrics.forEach(([name, x, y], i) => {
    const top = 40 + i * rowHeight;
    const max = Math.max(x, y) || 1;
    const w = (v) => Math.max(1, Math.round((Number.isFinite(v) ? v / max : 1) * bar));
    const value = (v) => (Number.isFinite(v) ? (v < 1 ? v.toFixed(3) : v.toFixed(v < 100 ? 1 : 0)) : 'never');
    parts.push(`<text x="10" y="${top + 22}" font-size="13">${name}</text>`);
    parts.push(`<rect x="${label}" y="${top}" width="${w(x)}" height="18" fill="#0b6b3a"/><text x="${label + w(x) + 6}" y="${top + 14}" font-size="12">${value(x)}</text>`);
    parts.push(`<rect x="${label}" y="${top + 22}" width="${w(y)}" height="18" fill="#b0b7c9"/><text x="${label + w(y) + 6}" y="${top + 36}" font-size="12">${value(y)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${60 + metrics.length * rowHeight}" font-family="system-ui, sans-serif" role="img" aria-label="chatwire against polling listeners">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="22" font-size="15" font-weight="600">chatwire (green) against one polling listener per vendor (grey); shorter is better</text>
${parts.join('\n')}
</svg>
`;
}

const env = `${(await import('node:os')).cpus()[0].model.trim()}, ${(await import('node:os')).cpus().length} cores; Node ${process.version}; Chromium ${browser.version()}`;
writeFileSync(join(root, 'docs/performance.svg'), chart());
writeFileSync(
  join(root, 'docs/performance.md'),
  `# Performance

Measured by \`npm run bench\` (bench/run.mjs) in one run of headless Chromium,
chatwire against what sites use today: one Custom HTML listener per vendor
that polls for the vendor's global every second for 20 s (bench/baseline/, the
same ${VENDORS.length} vendors). Both are evaluated inline in the same page, under the same
probes. This file is rewritten by every run.

Machine: ${env}.

![chatwire against polling listeners](performance.svg)

${table}

What each adapter adds to the classic script (gzip bytes, each built alone with the core):

${vendorTable}

## How each number is measured

- **Bytes**: \`dist/chatwire.min.js\` (all ${VENDORS.length} vendors) against the ${VENDORS.length}
  baseline listeners concatenated, unminified as Custom HTML tags are; gzip
  level 9, brotli quality 11. Per adapter: the core built with only that
  adapter, minus the core built with none.
- **Evaluate + start**: a performance mark before and after the inline script
  (parse, compile, run, and for chatwire \`start()\` with its first detection
  pass), median of 25 page loads. Long tasks: a \`longtask\` PerformanceObserver.
- **Per event**: the listener the SmartAgent fake calls, invoked directly with
  10,000 distinct events (20 batches of 500, median batch), from vendor event
  to \`dataLayer.push\` — for chatwire that includes validation, mapping,
  scrubbing, the replay check and the push.
- **Idle**: a page with no widget for 30 s. Every timer callback is counted
  (setTimeout/setInterval wrapped before the script runs); CPU from Chromium's
  TaskDuration between 10 s and 30 s.
- **Detection**: the SmartAgent fake is loaded 2 s (and 25 s) after the page;
  latency from \`window.saEvents\` being defined to the first push. The
  baseline listeners stop polling after 20 s, so a widget at 25 s is never seen.

Timings vary by machine and run; the ratios and the zero counts are what to compare.
`,
);
say('wrote docs/performance.md and docs/performance.svg');
