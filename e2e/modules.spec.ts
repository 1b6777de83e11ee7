import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import { rollup } from 'rollup';
import { registry } from '../runtime/registry';
import { RUNTIME, expect, test, walkDemo, watchErrors, type Push } from './helpers';

// Issue 14's split for bundlers: `chatwire/core` (dist/core.mjs), one
// `chatwire/vendors/<id>` per vendor (dist/vendors/<id>.mjs, sharing
// dist/lib/*.mjs with the core) and `chatwire/hash` (dist/hash.mjs). The
// classic scripts are run by every other spec; these modules are run here, as
// the application a bundler makes of them.

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const VENDORS = registry.map((vendor) => vendor.id).sort();

/** A chatwire push as the core's `isChatPush` must accept it once intercom is registered. */
const SAMPLE = { event: 'chat_opened', chat: { vendor: 'intercom', action: 'opened' } };

/**
 * What a bundler (rollup, here) ships for an application that imports the
 * core, each vendor's module and the hash plugin, registers them and starts
 * from `window.chatwireConfig`, as the classic script does: from the ES
 * modules (`import`), or from their CommonJS builds (`require`, dist/*.cjs,
 * sharing dist/lib/*.cjs), which a bundler's CommonJS plugin wraps.
 */
async function application(format: 'mjs' | 'cjs'): Promise<string> {
  const load = (name: string, file: string) => (format == 'mjs' ? `import { ${name} } from '${dist}${file}.mjs';` : `const { ${name} } = require('${dist}${file}.cjs');`);
  const code = [
    load('register, start, isChatPush', 'core'),
    load('hash', 'hash'),
    ...VENDORS.map((id) => load(id, `vendors/${id}`)),
    `register(${VENDORS.join(', ')}, hash);`,
    // The core's isChatPush knows the vendors registered with it: the adapters queued above are registered at start.
    `window.appGuard = { isChatPush, beforeStart: isChatPush(${JSON.stringify(SAMPLE)}) };`,
    'start(window.chatwireConfig);',
  ].join('\n');
  // The application's own file (no such file on disk): a CommonJS plugin transforms only real module ids.
  const app = `${dist}app.${format}`;
  const build = await rollup({
    input: app,
    plugins: [
      { name: 'app', resolveId: (id) => (id === app ? id : null), load: (id) => (id === app ? code : null) },
      ...(format == 'cjs' ? [commonjs({ include: /\.cjs$/ })] : []),
    ],
    // The CommonJS application has an export (its module.exports) that a page has no use for.
    onLog: (level, log, handler) => void (log.code != 'MISSING_NAME_OPTION_FOR_IIFE_EXPORT' && handler(level, log)),
  });
  const { output } = await build.generate({ format: 'iife' });
  return output[0].code;
}

/** `vendor action vendor_event` of each push, sorted: what two runs of the same walk must share. */
const cells = (all: Push[]): string[] => all.map(({ chat }) => `${chat.vendor} ${chat.action} ${chat.vendor_event}`).sort();

/**
 * The CommonJS walk's vendors: for each shared chunk of dist/lib/, the first
 * vendor (by id) whose CommonJS build requires it. The builds come from the
 * same sources as the ES modules; what differs is how the chunks are linked.
 */
const linking = (): string[] => {
  const sources = VENDORS.map((id) => [id, readFileSync(`${dist}vendors/${id}.cjs`, 'utf8')] as const);
  const chunks = readdirSync(`${dist}lib`).filter((name) => name.endsWith('.cjs'));
  const users = chunks.map((chunk) => sources.find(([, source]) => source.includes(`"../lib/${chunk}"`))?.[0]);
  return [...new Set(users.filter((id): id is string => !!id))].sort();
};

test('the ES modules, bundled as an application, push what the classic script pushes for every vendor of the demo; so do the CommonJS builds', async ({ page, pageErrors }) => {
  // Two walks of every vendor side by side take 1.7 min beside the rest of the suite; four at once on 2 cores, 3.2 min.
  test.setTimeout(360_000);
  // Side by side: the ES modules (this test's page) and the all-vendor classic script, in a context (a window) of its
  // own: a second tab of one window is a background tab, its timers throttled.
  const classic = await page.context().browser()!.newPage();
  watchErrors(classic, pageErrors);
  try {
    const bundle = await application('mjs');
    await page.route(`**${RUNTIME}`, (route) => route.fulfill({ contentType: 'text/javascript', body: bundle }));
    const [modules, script] = await Promise.all([walkDemo(page, VENDORS), walkDemo(classic, VENDORS)]);
    expect(await page.evaluate(() => (window as any).chatwire.vendors.slice().sort())).toEqual(VENDORS);
    for (const vendor of VENDORS)
      expect(
        modules.some((push) => push.chat.vendor === vendor),
        vendor,
      ).toBe(true);
    expect(cells(modules)).toEqual(cells(script));
    // chatwire/core's isChatPush picks exactly chatwire's pushes out of the dataLayer, and nothing else.
    const guard = await page.evaluate((sample) => {
      const { isChatPush, beforeStart } = (window as any).appGuard;
      const layer: unknown[] = (window as any).dataLayer;
      const others = [
        { event: 'gtm.js' },
        { ...sample, chat: { ...sample.chat, action: 'open' } },
        { ...sample, chat: { ...sample.chat, vendor: 'intercomm' } },
        null,
        'chat_opened',
      ];
      return {
        beforeStart,
        sample: isChatPush(sample),
        picked: layer.filter(isChatPush).length,
        chat: layer.filter((entry: any) => entry && entry.chat).length,
        others: others.filter(isChatPush),
      };
    }, SAMPLE);
    expect(guard).toEqual({ beforeStart: false, sample: true, picked: modules.length, chat: modules.length, others: [] });

    // The CommonJS builds, on the vendors that link every shared chunk.
    const some = linking();
    expect(some.length).toBeGreaterThanOrEqual(5);
    const commonJs = await application('cjs');
    await page.unrouteAll();
    await page.route(`**${RUNTIME}`, (route) => route.fulfill({ contentType: 'text/javascript', body: commonJs }));
    const required = await walkDemo(page, some);
    expect(cells(required)).toEqual(cells(script.filter((push) => some.includes(String(push.chat.vendor)))));
  } finally {
    await classic.close();
  }
});
