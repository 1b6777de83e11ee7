import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { type Scenario, type ScenarioSteps, control, loadOrders } from './loadOrders';
import { actions, calls, doubleMounted, expectOnce, fakeLoaded, openOfficial, recorders, renderStrict, strictReacts } from './official';

// react-use-intercom 5.8.0 (devrnt's, MIT; not Intercom's package), its real code with React 18; only
// widget.intercom.io/widget/<appId> is answered, by fixtures/intercom.js. Read in its dist/index.js (sources in
// dist/index.js.map: src/provider.tsx, src/initialize.ts, src/api.ts): <IntercomProvider> has no effect. During render,
// behind an `isInitialized` ref, it runs its copy of Intercom's snippet (the `Intercom.q` stub, or, where a function
// `Intercom` exists, `reattach_activator` and `update`; the script added by a setTimeout of `initializeDelay` ms once the
// page has loaded), then with `autoBoot` calls its `boot`: it registers `onHide` and `onShow` (wrappers that set the
// hook's `isOpen`, then call the site's prop), `onUserEmailSupplied` and `onUnreadCountChange` (the site's props
// themselves), sets `window.intercomSettings` and calls `Intercom('boot')`. `boot` registers them again on every call
// after `shutdown()` (the package's answer to its issue #666: callbacks stop after a shutdown). chatwire does the same for
// its own through a Proxy of `window.Intercom` (runtime/vendors/intercom.ts). `hardShutdown()` also deletes `window.Intercom`. Unmounting does nothing to Intercom.
const CDN = 'https://widget.intercom.io/widget/abc12345';
const CALLBACKS = ['onShow', 'onHide', 'onUnreadCountChange', 'onUserEmailSupplied'];

/**
 * The page source of `<IntercomProvider appId autoBoot on…={site callback} {...props}><App /></IntercomProvider>`:
 * `App` puts the hook's value in `window.ic`. The site's callbacks are made once (`window.callbacks`), so a
 * re-render passes the same functions.
 */
const provider = (props = '{}') => `(window.callbacks = window.callbacks || Object.fromEntries(${JSON.stringify(CALLBACKS)}.map((name) => [name, site(name)])),
  window.App = window.App || function App() { window.ic = official.useIntercom(); return null; },
  official.React.createElement(official.IntercomProvider, Object.assign({ appId: 'abc12345', autoBoot: true }, callbacks, ${props}), official.React.createElement(App)))`;

/** Renders {@link provider} into `window.reactRoot` (made once: a second call re-renders with the new props). */
const render = (page: Page, props = '{}') =>
  run(page, `window.reactRoot = window.reactRoot || official.createRoot(document.getElementById('root')); reactRoot.render(${provider(props)})`);

/** The hook's show(), the agent's reply and the visitor's email (the fake's controls: only the Messenger does these), the hook's hide(). */
const converse = async (page: Page) => {
  await run(page, 'ic.show()');
  // The provider's onShow wrapper set its state: the hook's isOpen follows the Messenger.
  await expect.poll(() => run(page, 'ic.isOpen')).toBe(true);
  await run(page, `const f = chatwireFakes.intercom; f.events[1][1](); f.events[2][1](); ic.hide()`);
  await expect.poll(() => run(page, 'ic.isOpen')).toBe(false);
};

const ACTIONS = ['loaded', 'opened', 'message_received', 'lead', 'closed'];
/** A conversation after the first: no `loaded`. */
const LATER = ACTIONS.slice(1);
// The Messenger hands a new onUnreadCountChange callback the current count as it is registered (fixtures/intercom.js,
// docs/vendors/intercom.md), then each change: the registration call and the reply, with or without chatwire.
const CALLS = { onShow: 1, onUnreadCountChange: 2, onUserEmailSupplied: 1, onHide: 1 };

/** How every load-order test drives the provider (loadOrders.ts); the StrictMode ones below change the bundle, the mount and the counts. */
const STEPS: ScenarioSteps = {
  id: 'intercom-react',
  vendor: 'intercom',
  cdn: CDN,
  fake: 'fixtures/intercom.js',
  // The package's snippet stub, its calls queued in Intercom.q, until the widget replaces it.
  stub: 'Array.isArray(window.Intercom?.q)',
  mount: render,
  drive: converse,
  expectOnce: (page) => expectOnce(page, 'intercom', ACTIONS, CALLS),
};
const SCENARIO: Scenario = { ...STEPS, mounts: '<IntercomProvider autoBoot> renders (its snippet, its callbacks, boot)' };

[...loadOrders(SCENARIO), control(SCENARIO, { actions: ACTIONS, siteCalls: calls, calls: CALLS })].forEach((testCase) => test(...testCase));

/** chatwire's subscriptions wait in the stub's queue (`Intercom.q`). */
const QUEUED_BY_CHATWIRE = `Array.from(window.Intercom.q).some((args) => args[0] === 'ready')`;

// initializeDelay: the script is added `initializeDelay` ms after the render (the stub and boot at once). page.clock is
// installed before the page loads; chatwire's re-checks end 9,050 ms after its last trigger (runtime/lib/watchScripts.ts).
for (const [title, renderFirst] of [
  ['chatwire, the provider renders at once with initializeDelay 20 s: chatwire attaches to the stub in its tail, the script arrives 10 s after the tail', true],
  ["chatwire's tail over, then the provider renders with initializeDelay 5 s: chatwire sees the stub only when the script is added", false],
] as const) {
  test(`initializeDelay: ${title}; each event once`, async ({ page }) => {
    await page.clock.install();
    await openOfficial(page, 'intercom-react', CDN, 'fixtures/intercom.js');
    await loadScript(page, RUNTIME);
    if (renderFirst) {
      await render(page, '{ initializeDelay: 20000 }');
      await page.clock.runFor(10_000);
      // Still no script: the stub queues boot, and chatwire's subscriptions (a re-check of its tail found the stub).
      expect(await run(page, `[...document.scripts].some((script) => script.src === ${JSON.stringify(CDN)})`)).toBe(false);
      expect(await run(page, QUEUED_BY_CHATWIRE)).toBe(true);
      await page.clock.runFor(10_000);
    } else {
      await page.clock.runFor(10_000);
      await render(page, '{ initializeDelay: 5000 }');
      // A React render wakes no check: the stub waits without chatwire's subscriptions until the script is added.
      expect(await run(page, QUEUED_BY_CHATWIRE)).toBe(false);
      await page.clock.runFor(5_000);
    }
    await fakeLoaded(page, 'intercom');
    await converse(page);
    await expectOnce(page, 'intercom', ACTIONS, CALLS);
  });
}

test('shouldInitialize false, then true (a re-render): nothing before, then each event once', async ({ page }) => {
  await openOfficial(page, 'intercom-react', CDN, 'fixtures/intercom.js');
  await loadScript(page, RUNTIME);
  await render(page, '{ shouldInitialize: false }');
  await expect.poll(() => run(page, 'typeof window.ic')).toBe('object');
  expect(await run(page, `[typeof window.Intercom, [...document.scripts].some((script) => script.src === ${JSON.stringify(CDN)})]`)).toEqual(['undefined', false]);
  await render(page, '{ shouldInitialize: true }');
  await fakeLoaded(page, 'intercom');
  await converse(page);
  await expectOnce(page, 'intercom', ACTIONS, CALLS);
});

/**
 * The site logs the visitor out and in again (the hook's shutdown(), then boot()), then converses. `boot` registers
 * the site's callbacks again: where the Messenger keeps callbacks through a shutdown, each site callback then runs
 * twice per event (the package's, with or without chatwire); where it clears them, once.
 */
const relogin = async (page: Page) => {
  await run(page, 'ic.shutdown(); ic.boot()');
  await converse(page);
};
/** Per reading: each site callback's calls after a conversation and a re-login with its conversation, and, with `again`, a third conversation. */
const RELOGIN_CALLS = {
  // Registered twice: twice per event after the re-login. onUnreadCountChange: 0 and 1 at first; at the re-login the
  // new registration gets 1; the second reply (2) reaches both.
  keeps: (again: boolean) => ({
    onShow: again ? 5 : 3,
    onHide: again ? 5 : 3,
    onUserEmailSupplied: again ? 5 : 3,
    onUnreadCountChange: again ? 7 : 5,
  }),
  // Cleared and registered again: once per event. onUnreadCountChange: 0, 1; then 1 (registration) and 2.
  clears: (again: boolean) => ({
    onShow: again ? 3 : 2,
    onHide: again ? 3 : 2,
    onUserEmailSupplied: again ? 3 : 2,
    onUnreadCountChange: again ? 5 : 4,
  }),
};

for (const reading of ['keeps', 'clears'] as const) {
  test(`shutdown() then boot() (an SPA logout and login), the Messenger ${reading} callbacks through a shutdown: what chatwire pushes, then stop()/start()`, async ({ page }) => {
    await openOfficial(page, 'intercom-react', CDN, 'fixtures/intercom.js');
    await run(page, `window.fakeIntercomOptions = { shutdown: '${reading}' }`);
    await loadScript(page, RUNTIME);
    await render(page);
    await fakeLoaded(page, 'intercom');
    await converse(page);
    await expectOnce(page, 'intercom', ACTIONS, CALLS);
    await relogin(page);
    // Under both readings each event of the new session is pushed once, and no second `loaded`: chatwire put a Proxy in
    // place of the booted Intercom function and subscribes again after each boot (runtime/vendors/intercom.ts). Where
    // the Messenger kept its callbacks, the old ones are silent; where it cleared them (chatwire's with the site's: the
    // package registers only its own again), the new ones report. The site's callbacks run as without chatwire.
    await expectOnce(page, 'intercom', [...ACTIONS, ...LATER], RELOGIN_CALLS[reading](false));
    // The site restarts chatwire after its login: a new attachment subscribes again; `ready` (at once: booted) is not
    // pushed again for the same Intercom object (`announced`, runtime/chatwire.ts); each later event once. The old
    // callbacks are silent (the attachment guard): nothing twice.
    await run(page, 'chatwire.stop(); chatwire.start()');
    await converse(page);
    await expectOnce(page, 'intercom', [...ACTIONS, ...LATER, ...LATER], RELOGIN_CALLS[reading](true));
  });

  test(`control, without chatwire: shutdown() then boot(), the Messenger ${reading} callbacks: the site's callbacks as with chatwire`, async ({ page }) => {
    await openOfficial(page, 'intercom-react', CDN, 'fixtures/intercom.js');
    await run(page, `window.fakeIntercomOptions = { shutdown: '${reading}' }`);
    await render(page);
    await fakeLoaded(page, 'intercom');
    await converse(page);
    await relogin(page);
    await converse(page);
    await expect.poll(() => calls(page)).toEqual(RELOGIN_CALLS[reading](true));
    expect(await run(page, 'window.dataLayer')).toBeUndefined();
  });
}

test("the hook's boot() (no autoBoot), chatwire subscribed before it; then shutdown() and boot(), the Messenger keeps callbacks", async ({ page }) => {
  await openOfficial(page, 'intercom-react', CDN, 'fixtures/intercom.js');
  // Without autoBoot the package sets no intercomSettings before boot(): the Messenger loads and waits for it.
  await run(page, `window.fakeIntercomOptions = { autoBoot: false }`);
  await loadScript(page, RUNTIME);
  await render(page, '{ autoBoot: false }');
  await fakeLoaded(page, 'intercom');
  expect(await run(page, 'chatwireFakes.intercom.callbacks.ready.length')).toBe(1);
  expect(await actions(page, 'intercom')).toEqual([]);
  // The visitor logs in: boot() registers the site's callbacks, then boots; chatwire's `ready`, kept, runs.
  await run(page, 'ic.boot()');
  await converse(page);
  await expectOnce(page, 'intercom', ACTIONS, CALLS);
  // At the second boot the kept `ready` runs again: the same Messenger object, no second `loaded` (once per widget
  // object, runtime/vendors/intercom.ts); the new session's events once each.
  await relogin(page);
  await expectOnce(page, 'intercom', [...ACTIONS, ...LATER], RELOGIN_CALLS.keeps(false));
  expect(await run(page, 'chatwireFakes.intercom.callbacks.ready.length')).toBe(1);
});

/** The package's console.error for each call boot() makes once hardShutdown() deleted window.Intercom (src/api.ts; its spelling). */
const NOT_INITIALIZED = ['onHide', 'onShow', 'onUserEmailSupplied', 'onUnreadCountChange', 'boot'].map(
  (method) => `console.error: [react-use-intercom] ${method} Intercom instance is not initalized yet`,
);

for (const withChatwire of [true, false]) {
  test(`hardShutdown(): boot() cannot start it again (the package's errors); a new provider loads a new Messenger${withChatwire ? ': its loaded and each event once' : ' (control, without chatwire)'}`, async ({
    page,
    pageErrors,
  }) => {
    await openOfficial(page, 'intercom-react', CDN, 'fixtures/intercom.js');
    if (withChatwire) await loadScript(page, RUNTIME);
    await render(page);
    await fakeLoaded(page, 'intercom');
    await converse(page);
    if (withChatwire) await expectOnce(page, 'intercom', ACTIONS, CALLS);
    else await expect.poll(() => calls(page)).toEqual(CALLS);
    await run(page, 'ic.hardShutdown()');
    expect(await run(page, `'Intercom' in window || 'intercomSettings' in window`)).toBe(false);
    // The provider initializes once (its ref): boot() calls a window.Intercom that is gone, logs an error per call
    // and counts itself booted. The package's own errors, with or without chatwire.
    await run(page, 'ic.boot()');
    expect(pageErrors.splice(0)).toEqual(NOT_INITIALIZED);
    // The site mounts a new provider: a new snippet stub, the script again, a new Intercom function and callbacks.
    await recorders(page);
    await run(page, 'reactRoot.unmount(); window.reactRoot = undefined; window.callbacks = undefined; window.chatwireFakes.intercom.loaded = false');
    await render(page);
    await fakeLoaded(page, 'intercom');
    await converse(page);
    if (withChatwire) await expectOnce(page, 'intercom', [...ACTIONS, ...ACTIONS], CALLS);
    else {
      await expect.poll(() => calls(page)).toEqual(CALLS);
      expect(await run(page, 'window.dataLayer')).toBeUndefined();
    }
  });
}

for (const withChatwire of [true, false]) {
  test(`unmounting the provider leaves the Messenger and every callback: ${withChatwire ? 'chatwire and the site hear each event once' : 'control, without chatwire'}`, async ({
    page,
  }) => {
    await openOfficial(page, 'intercom-react', CDN, 'fixtures/intercom.js');
    await render(page);
    await fakeLoaded(page, 'intercom');
    if (withChatwire) await loadScript(page, RUNTIME);
    await converse(page);
    await run(page, 'reactRoot.unmount(); window.reactRoot = undefined');
    expect(await run(page, 'typeof window.Intercom')).toBe('function');
    // The visitor opens and closes the Messenger through its own launcher (the fake's controls).
    await run(page, 'const f = chatwireFakes.intercom; f.events[0][1](); f.events[3][1]()');
    const after = { ...CALLS, onShow: 2, onHide: 2 };
    if (withChatwire) await expectOnce(page, 'intercom', [...ACTIONS, 'opened', 'closed'], after);
    else {
      await expect.poll(() => calls(page)).toEqual(after);
      expect(await run(page, 'window.dataLayer')).toBeUndefined();
    }
  });
}

// React StrictMode (development builds: build/official/intercom-react-dev.js with React 18, intercom-react-19-dev.js
// with React 19, which the package's peerDependencies accept). React 18 renders a component twice on mount, the second
// time with fresh refs: the provider's render-time initialization runs twice. The second snippet run finds the stub (a
// function) and queues reattach_activator and update; boot runs twice, so the site's callbacks are registered twice and
// run twice per event (the package's, with or without chatwire); one script. React 19's second render reuses the first
// one's `isInitialized` ref (see strictReacts): one snippet run, one boot, each site callback once per event.
const STRICT_CALLS: Record<number, Record<string, number>> = { 18: { onShow: 2, onHide: 2, onUserEmailSupplied: 2, onUnreadCountChange: 4 }, 19: CALLS };
/** One script all the same (with React 18, the second snippet run found the stub). */
const oneScript = async (page: Page) => expect(await run(page, `[...document.scripts].filter((script) => script.src === ${JSON.stringify(CDN)}).length`)).toBe(1);

for (const { react, id } of strictReacts('intercom-react')) {
  test.describe(`React ${react}`, () => {
    const boots = react == 18 ? 'two boots, the site callbacks twice per event' : 'one boot, the site callbacks once per event';
    const STRICT: Scenario = {
      ...STEPS,
      id,
      titles: [
        `StrictMode, chatwire first: ${boots} (as without chatwire), each event pushed once`,
        `StrictMode, the provider's stub (${react == 18 ? 'two boots' : 'one boot'} queued), chatwire, then the script: each event pushed once`,
        'StrictMode, the Messenger loaded, then chatwire: each event pushed once',
      ],
      // StrictMode double-rendered the provider: the probe's effect ran twice.
      mount: async (page) => {
        await renderStrict(page, provider());
        await doubleMounted(page);
      },
      expectOnce: async (page) => {
        await oneScript(page);
        await expectOnce(page, 'intercom', ACTIONS, STRICT_CALLS[react]);
      },
    };

    [...loadOrders(STRICT), control(STRICT, { actions: ACTIONS, siteCalls: calls, calls: STRICT_CALLS[react] }, `StrictMode control, without chatwire: ${boots}`)].forEach(
      (testCase) => test(...testCase),
    );
  });
}
