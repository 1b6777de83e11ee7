import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, expect, loadScript, pushes, run, test } from './helpers';
import { registry } from '../runtime/registry';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const sa = (page: Page, method: string) => page.evaluate((m) => (window as any).fakeSmartAgent[m](), method);
const events = async (page: Page, layer?: string) => (await pushes(page, layer)).map((push) => push.event);
const setConfig = (page: Page, config: unknown) => page.evaluate((c) => ((window as any).chatwireConfig = c), config);

/**
 * Opens the page with `window.stubbed`, a snippet stub that queues `on(name, fn)` calls in `q`, and registers an
 * adapter for it through the plugin queue before the core loads: it subscribes to `names` (`ready` → loaded,
 * `open` → opened) and is woken by the window event `stubbed:here`. The widget either replaces the stub (it is
 * the stub while it has `q`) or fills it in (it is the stub until it has `emit`).
 */
async function stubbedVendor(page: Page, widget: 'replaced' | 'filled', names: string[]): Promise<void> {
  await page.goto(PAGE);
  await page.evaluate(
    ([widget, names]) => {
      const w = window as any;
      w.stubbed = { q: [] as unknown[], on: (name: string, fn: () => void) => w.stubbed.q.push([name, fn]) };
      const actions: Record<string, string> = { ready: 'loaded', open: 'opened' };
      w.chatwirePlugins = [
        {
          id: 'stubbed',
          global: 'stubbed',
          channel: 'chat',
          stub: (target: any) => (widget == 'replaced' ? Array.isArray(target.q) : typeof target.emit != 'function'),
          wake: 'stubbed:here',
          events: Object.fromEntries((names as string[]).map((name) => [name, actions[name]])),
          fields: {},
          attach: (target: any, listen: any) => (names as string[]).forEach((name) => target.on(name, listen(name))),
        },
      ];
    },
    [widget, names] as const,
  );
  await loadScript(page, '/dist/chatwire.core.min.js');
}

/** The pushes of {@link stubbedVendor}'s adapter as `event vendor_event`, read without the schema's vendor list (its id is the test's own). */
const stubbedPushes = (page: Page): Promise<string[]> =>
  page.evaluate(() => ((window as any).dataLayer || []).map((push: { event: string; chat: { vendor_event: string } }) => `${push.event} ${push.chat.vendor_event}`));

test.describe('window.chatwire (CONTRACT §2)', () => {
  test('the classic script defines the API and starts itself', async ({ page }) => {
    await page.goto(PAGE);
    await loadScript(page, RUNTIME);
    const api = await page.evaluate(() => {
      const cw = (window as any).chatwire;
      return { version: cw.version, vendors: cw.vendors, start: typeof cw.start, stop: typeof cw.stop, keys: Object.keys(cw) };
    });
    expect(api).toEqual({
      version,
      // Every adapter of the registry, in its order.
      vendors: registry.map((vendor) => vendor.id),
      start: 'function',
      stop: 'function',
      keys: ['version', 'vendors', 'start', 'stop'],
    });
    await loadScript(page, '/fixtures/smartagent.js');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
  });

  test('start() again only replaces the configuration: nothing attached or pushed twice', async ({ page }) => {
    await page.goto(PAGE);
    await loadScript(page, '/fixtures/smartagent.js');
    await loadScript(page, RUNTIME);
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
    await page.evaluate(() => {
      (window as any).chatwire.start();
      (window as any).chatwire.start({ eventPrefix: 'cw_' });
    });
    await sa(page, 'startContact');
    // One subscriber from chatwire, however often start() ran.
    expect(await page.evaluate(() => (window as any).fakeSmartAgent.subscribers.length)).toBe(1);
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown', 'cw_started']);
  });

  test('a second copy of the script hands over to the first and applies its config', async ({ page }) => {
    await page.goto(PAGE);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
    const first = await page.evaluateHandle(() => (window as any).chatwire);
    await setConfig(page, { eventPrefix: 'second_' });
    // A distinct URL, so the browser really evaluates a second copy.
    await loadScript(page, `${RUNTIME}?copy=2`);
    expect(await page.evaluate((api) => api === (window as any).chatwire, first)).toBe(true);
    await sa(page, 'startContact');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown', 'second_started']);
    expect(await page.evaluate(() => (window as any).fakeSmartAgent.subscribers.length)).toBe(1);
  });

  test('the ES module build shares the page with the classic script', async ({ page }) => {
    await page.goto(PAGE);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    const esm = await page.evaluate(async () => {
      const mod = await import('/dist/chatwire.mjs' as string);
      mod.start({ events: ['started'] });
      return { exports: Object.keys(mod).sort(), owner: (window as any).chatwire.start === mod.start };
    });
    expect(esm).toEqual({ exports: ['actions', 'isChatPush', 'start', 'stop', 'vendors', 'version'], owner: false });
    await sa(page, 'startContact');
    await sa(page, 'endContact');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown', 'chat_started']);
    expect(await page.evaluate(() => (window as any).fakeSmartAgent.subscribers.length)).toBe(1);
  });

  test('the ES module build works on its own', async ({ page }) => {
    await page.goto(PAGE);
    await loadScript(page, '/fixtures/smartagent.js');
    await page.evaluate(async () => {
      const { start } = await import('/dist/chatwire.mjs' as string);
      start();
    });
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
  });

  test('stop() stops pushing; start() after it pushes new events and no replayed ones', async ({ page }) => {
    await page.goto(PAGE);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
    await page.evaluate(() => (window as any).chatwire.stop());
    await sa(page, 'startContact');
    await sa(page, 'transferToQueue');
    await page.evaluate(() => (window as any).chatwire.stop());
    expect(await events(page)).toEqual(['chat_loaded', 'chat_shown']);
    await page.evaluate(() => (window as any).chatwire.start());
    // SmartAgent replays its whole history to the new subscription: the two
    // events missed while stopped arrive, the two already pushed do not.
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown', 'chat_started', 'chat_agent_requested']);
    await sa(page, 'connectToAgent');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown', 'chat_started', 'chat_agent_requested', 'chat_agent_joined']);
  });
});

test.describe('configuration (CONTRACT §3)', () => {
  test('vendors: [] listens to nothing; naming the vendor listens to it', async ({ page }) => {
    await page.goto(PAGE);
    await setConfig(page, { vendors: [] });
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await sa(page, 'startContact');
    expect(await events(page)).toEqual([]);
    expect(await page.evaluate(() => (window as any).fakeSmartAgent.subscribers.length)).toBe(0);
    await page.evaluate(() => (window as any).chatwire.start({ vendors: ['smartagent'] }));
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown', 'chat_started']);
  });

  test('events filters the actions pushed', async ({ page }) => {
    await page.goto(PAGE);
    await setConfig(page, { events: ['started', 'ended'] });
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await sa(page, 'startContact');
    await sa(page, 'connectToAgent');
    await sa(page, 'endContact');
    await expect.poll(() => events(page)).toEqual(['chat_started', 'chat_ended']);
  });

  test('eventPrefix changes the event name only', async ({ page }) => {
    await page.goto(PAGE);
    await setConfig(page, { eventPrefix: 'support_' });
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    const seen = await pushes(page);
    expect(seen.map((push) => [push.event, push.chat.action])).toEqual([
      ['support_loaded', 'loaded'],
      ['support_shown', 'shown'],
    ]);
  });

  test('dataLayerName pushes into that array, created if missing, and leaves dataLayer alone', async ({ page }) => {
    await page.goto(PAGE);
    await setConfig(page, { dataLayerName: 'chatLayer' });
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await expect.poll(() => events(page, 'chatLayer')).toEqual(['chat_loaded', 'chat_shown']);
    expect(await page.evaluate(() => 'dataLayer' in window)).toBe(false);
  });

  test('an existing dataLayer keeps its entries and its own push (as GTM installs it)', async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() => {
      const layer: unknown[] = [{ event: 'gtm.js' }];
      const seen: unknown[] = ((window as any).seenByGtm = []);
      (layer as any).push = function (...items: unknown[]) {
        seen.push(...items);
        return Array.prototype.push.apply(this, items);
      };
      (window as any).dataLayer = layer;
    });
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
    expect(await page.evaluate(() => (window as any).dataLayer[0])).toEqual({ event: 'gtm.js' });
    expect(await page.evaluate(() => (window as any).seenByGtm.map((p: any) => p.event))).toEqual(['chat_loaded', 'chat_shown']);
  });

  test('invalid configuration falls back to the defaults, with debug warnings', async ({ page }) => {
    const logs: string[] = [];
    page.on('console', (message) => logs.push(message.text()));
    await page.goto(PAGE);
    await setConfig(page, { debug: true, vendors: 'smartagent', eventPrefix: 42, pii: 'everything', colour: 'blue' });
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
    for (const key of ['vendors', 'eventPrefix', 'pii', 'colour']) {
      expect(
        logs.some((line) => line.startsWith('[chatwire] ignored config') && line.includes(key)),
        key,
      ).toBe(true);
    }
  });

  test('debug logs each vendor attached, each vendor event and each push; silent without debug', async ({ page }) => {
    const logs: string[] = [];
    page.on('console', (message) => logs.push(message.text()));
    await page.goto(PAGE);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
    expect(logs.filter((line) => line.includes('[chatwire]'))).toEqual([]);
    await page.evaluate(() => (window as any).chatwire.start({ debug: true }));
    await sa(page, 'startContact');
    await expect.poll(() => logs.some((line) => line.startsWith('[chatwire] smartagent CONTACT_STARTED'))).toBe(true);
    expect(logs.some((line) => line.startsWith('[chatwire] push'))).toBe(true);
    // A widget found later is named as it is attached.
    await loadScript(page, '/fixtures/chatwoot.js');
    await expect.poll(() => logs.includes('[chatwire] chatwoot attached')).toBe(true);
  });
});

test.describe('error isolation (CONTRACT §2)', () => {
  test("a throwing dataLayer.push reaches neither the page nor the vendor's other subscribers", async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() => {
      (window as any).attempts = [];
      (window as any).dataLayer = {
        push(item: unknown) {
          (window as any).attempts.push(item);
          throw new Error('a broken dataLayer');
        },
      };
    });
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    // The site's own subscriber, after chatwire's in the vendor's loop.
    await page.evaluate(() => {
      (window as any).siteSaw = [];
      (window as any).saEvents.subscribe((event: { type: string }) => (window as any).siteSaw.push(event.type));
    });
    await sa(page, 'startContact');
    expect(await page.evaluate(() => (window as any).siteSaw)).toEqual(['CHAT_LOADED', 'CHAT_VISIBLE', 'CONTACT_STARTED']);
    expect(await page.evaluate(() => (window as any).attempts.map((p: any) => p.event))).toEqual(['chat_loaded', 'chat_shown', 'chat_started']);
  });

  test('a vendor API that throws on subscribe does not break start or the page', async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() => {
      (window as any).saEvents = {
        subscribe() {
          throw new Error('vendor bug');
        },
      };
    });
    await loadScript(page, RUNTIME);
    expect(await page.evaluate(() => typeof (window as any).chatwire.start)).toBe('function');
    expect(await events(page)).toEqual([]);
  });

  // docs/security.md: each vendor's detection check and each detach in stop() is guarded on its own.
  test("one vendor's throwing global and another's throwing off() leave every other vendor working: detected, pushing, detached by stop()", async ({ page }) => {
    await page.goto(PAGE);
    // AdobeDX is the registry's first vendor and drift comes before livechat: a guard around the whole loop would stop at them.
    await run(
      page,
      `Object.defineProperty(window, 'AdobeDX', { configurable: true, get() { throw new Error('getter bug'); } });
      window.drift = { api: {}, on() {}, off() { throw new Error('off bug'); } }; 0`,
    );
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await loadScript(page, '/fixtures/livechat.js');
    const seen = async () => (await pushes(page)).map((push) => `${push.chat.vendor} ${push.event}`).sort();
    await expect.poll(seen).toEqual(['drift chat_loaded', 'livechat chat_loaded', 'smartagent chat_loaded', 'smartagent chat_shown']);
    await run(page, "chatwireFakes.livechat.emit('greeting_displayed', { id: 42 })");
    await expect.poll(async () => (await pushes(page)).length).toBe(5);
    // chatwire's handler is the only one on LiveChat's event: stop() must remove it although drift's off() throws first.
    const livechatHandlers = () => run(page, 'chatwireFakes.livechat.handlers.greeting_displayed.length');
    expect(await livechatHandlers()).toBe(1);
    await run(page, 'window.chatwire.stop()');
    expect(await livechatHandlers()).toBe(0);
    await run(page, "chatwireFakes.livechat.emit('greeting_displayed', { id: 43 }); window.fakeSmartAgent.startContact()");
    expect(await pushes(page)).toHaveLength(5);
  });

  // CONTRACT §2: stop() detaches everything it can, chatwire's own listeners and observers included.
  test('stop() removes every listener and observer the runtime added, and a widget arriving while stopped is left alone until start()', async ({ page }) => {
    await page.goto(PAGE);
    await run(
      page,
      `(() => {
        const live = (window.liveListeners = new Map());
        const key = (target, type, fn, options) => [target === window ? 'window' : target === document ? 'document' : String(target), type, !!(options === true || (options && options.capture))].join(' ');
        const add = EventTarget.prototype.addEventListener;
        const remove = EventTarget.prototype.removeEventListener;
        EventTarget.prototype.addEventListener = function (type, fn, options) {
          live.set(fn, (live.get(fn) || []).concat(key(this, type, fn, options)));
          return add.call(this, type, fn, options);
        };
        EventTarget.prototype.removeEventListener = function (type, fn, options) {
          const keys = live.get(fn) || [];
          const i = keys.indexOf(key(this, type, fn, options));
          if (i >= 0) keys.splice(i, 1);
          if (!keys.length) live.delete(fn);
          return remove.call(this, type, fn, options);
        };
        window.observing = 0;
        const observe = MutationObserver.prototype.observe;
        const disconnect = MutationObserver.prototype.disconnect;
        MutationObserver.prototype.observe = function (...args) { if (!this.counted) (this.counted = true), observing++; return observe.apply(this, args); };
        MutationObserver.prototype.disconnect = function () { if (this.counted) (this.counted = false), observing--; return disconnect.call(this); };
      })(); 0`,
    );
    // The page's own loadScript helper adds no listener (it uses onload); the runtime's are all that is recorded.
    await loadScript(page, RUNTIME);
    const left = () => run<string[]>(page, '[...liveListeners.values()].flat().sort()');
    const added = await left();
    // Script loads on the document, the vendors' ready events and the postMessage vendors' message listener.
    expect(added).toContain('document load true');
    expect(added).toContain('window message false');
    expect(await run(page, 'window.observing')).toBeGreaterThan(0);
    await run(page, 'window.chatwire.stop()');
    expect(await left()).toEqual([]);
    expect(await run(page, 'window.observing')).toBe(0);
    // A widget arriving now: its script's load event finds no listener, so nothing subscribes (checked as soon as it ran).
    await loadScript(page, '/fixtures/smartagent.js');
    expect(await run(page, 'window.fakeSmartAgent.subscribers.length')).toBe(0);
    expect(await pushes(page)).toEqual([]);
    await run(page, 'window.chatwire.start()');
    expect(await run(page, 'window.fakeSmartAgent.subscribers.length')).toBe(1);
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
  });

  test("a ready event heard through a snippet's stub, while the widget replaces it, counts for the widget: loaded once across stop()/start()", async ({ page }) => {
    // A vendor shaped like the queueing snippets (Help Scout, Smartsupp, Genesys Messenger): the stub queues `on`
    // calls; the widget replaces it, replays the queue and announces itself at once, before any detection check.
    await stubbedVendor(page, 'replaced', ['ready', 'open']);
    await page.evaluate(() => {
      const w = window as any;
      const handlers: [string, () => void][] = w.stubbed.q;
      // The widget: replays the queue, and a listener added once it is ready hears `ready` at once (as LiveChat's does).
      w.stubbed = {
        emit: (name: string) => handlers.filter(([n]) => n === name).forEach(([, fn]) => fn()),
        on: (name: string, fn: () => void) => (handlers.push([name, fn]), name === 'ready' && fn()),
      };
      w.stubbed.emit('ready');
      w.stubbed.emit('open');
    });
    await expect.poll(() => stubbedPushes(page)).toEqual(['chat_loaded ready', 'chat_opened open']);
    // The next check (here woken by the adapter's window event) takes the widget on; a restart subscribes
    // to it again, and it replays its readiness.
    await page.evaluate(() => {
      window.dispatchEvent(new Event('stubbed:here'));
      (window as any).chatwire.stop();
      (window as any).chatwire.start();
    });
    await page.evaluate(() => (window as any).stubbed.emit('open'));
    await expect.poll(() => stubbedPushes(page)).toEqual(['chat_loaded ready', 'chat_opened open', 'chat_opened open']);
  });

  test("a snippet's stub that the widget fills in place (not replaces): loaded derived once, when it stops being the stub; subscribed once", async ({ page }) => {
    // Shaped like LivePerson's lpTag.events (bind/trigger deferring into a queue until the tag is there), whose tag
    // may replace the object or put its methods on it (undocumented): here, on it. No ready event, so the core
    // derives `loaded`, and only for the real object.
    await stubbedVendor(page, 'filled', ['open']);
    expect(await page.evaluate(() => (window as any).stubbed.q.length)).toBe(1);
    // Checks while it is still the stub derive nothing.
    await page.evaluate(() => window.dispatchEvent(new Event('stubbed:here')));
    expect(await stubbedPushes(page)).toEqual([]);
    await page.evaluate(() => {
      const w = window as any;
      const handlers: [string, () => void][] = w.stubbed.q;
      // The widget puts its methods on the snippet's object and takes the queue over.
      Object.assign(w.stubbed, {
        emit: (name: string) => handlers.filter(([n]) => n === name).forEach(([, fn]) => fn()),
        on: (name: string, fn: () => void) => handlers.push([name, fn]),
      });
      window.dispatchEvent(new Event('stubbed:here'));
      window.dispatchEvent(new Event('stubbed:here'));
      w.stubbed.emit('open');
    });
    await expect.poll(() => stubbedPushes(page)).toEqual(['chat_loaded chatwire:attached', 'chat_opened open']);
    // Not subscribed again: the one queued subscription is all the widget holds.
    expect(await page.evaluate(() => (window as any).stubbed.q.length)).toBe(1);
  });

  test('a saEvents replaced by a new widget (SPA re-mount) is re-attached once, without repeats', async ({ page }) => {
    await page.goto(PAGE);
    await loadScript(page, RUNTIME);
    await loadScript(page, '/fixtures/smartagent.js');
    await expect.poll(() => events(page)).toEqual(['chat_loaded', 'chat_shown']);
    // The SPA mounts the widget again: a fresh loader with a fresh history.
    await page.evaluate(() => ((window as any).fakeSmartAgentOptions = { instance: 'checkout_bot' }));
    await loadScript(page, '/fixtures/smartagent.js?remount=1');
    await expect
      .poll(async () => (await pushes(page)).map((push) => [push.event, push.chat.widget_id]))
      .toEqual([
        ['chat_loaded', 'help_faq_bot'],
        ['chat_shown', 'help_faq_bot'],
        ['chat_loaded', 'checkout_bot'],
        ['chat_shown', 'checkout_bot'],
      ]);
  });
});
