import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { CUSTOMERLY_ACTIONS, CUSTOMERLY_CALLBACKS, customerlyConverse, doubleMounted, expectOnce, openOfficial, renderStrict, sameCalls, strictReacts } from './official';

// react-live-chat-customerly 1.0.13 inside <React.StrictMode>, with React 18's development build
// (build/official/customerly-dev.js) and React 19's (customerly-19-dev.js; its peerDependencies ask for React >= 16),
// as a Next.js or Create React App dev server runs it. Read in dist/react-live-chat-customerly.esm.js:
// <CustomerlyProvider> has no effect; it runs the snippet (initialize()) during render, behind a ref. React 18's
// StrictMode renders it twice on mount with fresh refs, so the snippet runs twice: the second run finds
// `customerly.initialized` and logs "[customerly] SDK already initialized. Snippet included twice." with
// console.error (the wrapper's own, with or without chatwire). React 19's second render reuses the first one's
// ref (see strictReacts): the snippet runs once, and nothing is logged. The site's effect, run twice, calls
// load() twice (the provider's `isLoaded` ref, kept across the effect re-run, lets one through: one launcher
// script) and registerCallback() twice (the same single-slot property set again). chatwire chains each slot once.
const CDN = 'https://messenger.customerly.io/launcher.js';
const CALLBACKS = CUSTOMERLY_CALLBACKS;
/** The wrapper's console.error under StrictMode: its snippet ran twice (the test fixture fails on any other). */
const TWICE = 'console.error: [customerly] SDK already initialized. Snippet included twice.';

/**
 * <StrictMode><CustomerlyProvider appId><App /></CustomerlyProvider></StrictMode>: App's effect (its runs counted in
 * `window.appEffects`) calls the hook's load() and registerCallback() for every callback; the hook is `window.cly`.
 */
const render = (page: Page) =>
  renderStrict(
    page,
    `(window.appEffects = 0, React.createElement(official.CustomerlyProvider, { appId: 'cly-app-1' }, React.createElement(function App() {
      const cly = (window.cly = official.useCustomerly());
      React.useEffect(() => {
        appEffects++;
        cly.load({});
        ${JSON.stringify(CALLBACKS)}.forEach((type) => cly.registerCallback({ type, function: site(type) }));
      }, []);
      return null;
    })))`,
  );
const converse = customerlyConverse;
const loaded = (page: Page) => expect.poll(() => run(page, 'typeof window.fakeCustomerly')).toBe('object');
const attached = (logs: string[]) => expect.poll(() => logs.some((text) => text.startsWith('[chatwire] customerly attached')), { timeout: 10_000 }).toBe(true);
/** The double mount happened (with the React the bundle was built for): the probe's effect and the site's own ran twice; one launcher script all the same. */
async function doubled(page: Page): Promise<void> {
  await doubleMounted(page);
  expect(await run(page, 'window.appEffects')).toBe(2);
  expect(await run(page, `[...document.scripts].filter((script) => script.src === ${JSON.stringify(CDN)}).length`)).toBe(1);
}

const ACTIONS = CUSTOMERLY_ACTIONS;
const CALLS = Object.fromEntries(CALLBACKS.map((name) => [name, 1]));
/** Each site callback's calls against the launcher's own record of its calls: the very same arguments (`===`). */
const siteCalls = (page: Page) => sameCalls(page, `(name) => fakeCustomerly.calls.filter(([called]) => called === name).map(([, ...args]) => args)`);

/** The wrapper's own errors with each React: its snippet's second run under React 18; none under React 19 (one run). */
const WRAPPER_ERRORS: Record<number, string[]> = { 18: [TWICE], 19: [] };

/** Every event once (`loaded` where chatwire was there before the messenger initialized), each callback once with the launcher's arguments. */
async function expectCustomerlyOnce(page: Page, pageErrors: string[], react: number, initializedBefore = true): Promise<void> {
  await expectOnce(page, 'customerly', initializedBefore ? ['loaded', ...ACTIONS] : ACTIONS, CALLS);
  expect(await siteCalls(page)).toEqual(CALLS);
  // The wrapper's own error, as in the control test; nothing else.
  expect(pageErrors.splice(0)).toEqual(WRAPPER_ERRORS[react]);
}

for (const { react, id } of strictReacts('customerly')) {
  test.describe(`React ${react}`, () => {
    test('StrictMode, chatwire first, then the provider double-renders, loads and registers its callbacks', async ({ page, pageErrors }) => {
      // As in customerly.spec.ts: the launcher is held until chatwire found the provider's stub (a real CDN round trip).
      await openOfficial(page, id, CDN, 'fixtures/customerly.js', attached);
      await run(page, 'window.chatwireConfig = { debug: true }');
      await loadScript(page, RUNTIME);
      await render(page);
      await loaded(page);
      await doubled(page);
      await converse(page);
      await expectCustomerlyOnce(page, pageErrors, react);
    });

    test("StrictMode, the provider's stub and load() first, then chatwire, then the launcher script arrives", async ({ page, pageErrors }) => {
      await openOfficial(page, id, CDN, 'fixtures/customerly.js', attached);
      await run(page, 'window.chatwireConfig = { debug: true }');
      await render(page);
      await expect.poll(() => run(page, 'window.customerly && window.customerly.loaded')).toBe(true);
      await loadScript(page, RUNTIME);
      await loaded(page);
      await doubled(page);
      await converse(page);
      await expectCustomerlyOnce(page, pageErrors, react);
    });

    test('StrictMode, launcher fully loaded, then chatwire', async ({ page, pageErrors }) => {
      const logs = await openOfficial(page, id, CDN, 'fixtures/customerly.js');
      await render(page);
      await loaded(page);
      await doubled(page);
      await run(page, 'window.chatwireConfig = { debug: true }');
      await loadScript(page, RUNTIME);
      await attached(logs);
      await converse(page);
      await expectCustomerlyOnce(page, pageErrors, react, false);
    });

    test(`StrictMode control, without chatwire: the wrapper's snippet runs ${react == 18 ? 'twice (its console.error)' : 'once (nothing logged)'}, one launcher, each callback once`, async ({
      page,
      pageErrors,
    }) => {
      await openOfficial(page, id, CDN, 'fixtures/customerly.js');
      await render(page);
      await loaded(page);
      await doubled(page);
      await converse(page);
      await expect.poll(() => siteCalls(page)).toEqual(CALLS);
      expect(pageErrors.splice(0)).toEqual(WRAPPER_ERRORS[react]);
      expect(await run(page, 'window.dataLayer')).toBeUndefined();
    });
  });
}
