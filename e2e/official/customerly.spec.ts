import { type Page } from '@playwright/test';
import { PAGE, RUNTIME, expect, loadScript, run, test } from '../helpers';
import { CUSTOMERLY_ACTIONS, CUSTOMERLY_CALLBACKS, customerlyConverse, expectOnce, openOfficial } from './official';

// react-live-chat-customerly (Customerly's React provider and hook), its real code with React 18;
// only messenger.customerly.io/launcher.js is answered, by fixtures/customerly.js.
const CDN = 'https://messenger.customerly.io/launcher.js';
const CALLBACKS = CUSTOMERLY_CALLBACKS;
/**
 * The site renders <CustomerlyProvider appId> around a component whose effect
 * calls the hook's load() and registerCallback() for every callback; the hook is kept as `window.cly`.
 */
const render = (page: Page) =>
  run(
    page,
    `const { React, createRoot, CustomerlyProvider, useCustomerly } = official;
    function App() {
      const cly = (window.cly = useCustomerly());
      React.useEffect(() => {
        cly.load({});
        ${JSON.stringify(CALLBACKS)}.forEach((type) => cly.registerCallback({ type, function: site(type) }));
      }, []);
      return null;
    }
    createRoot(document.getElementById('root')).render(React.createElement(CustomerlyProvider, { appId: 'cly-app-1' }, React.createElement(App)))`,
  );
const converse = customerlyConverse;
const loaded = (page: Page) => expect.poll(() => run(page, 'typeof window.fakeCustomerly')).toBe('object');

const ACTIONS = CUSTOMERLY_ACTIONS;
const CALLS = Object.fromEntries(CALLBACKS.map((name) => [name, 1]));

/**
 * `loaded` comes from onMessengerInitialized, so only when chatwire was there before the
 * messenger initialized (docs/vendors/customerly.md: not in the widget-first order).
 */
const expectCustomerlyOnce = (page: Page, initializedBefore = true) => expectOnce(page, 'customerly', initializedBefore ? ['loaded', ...ACTIONS] : ACTIONS, CALLS);

test('chatwire first, then the provider renders, loads and registers its callbacks', async ({ page }) => {
  // The provider's load() creates the stub inline (no script load event), so chatwire finds it at its
  // next re-check (+50 ms): the launcher, answered at once here, must not beat that, as a real CDN
  // round trip does not. Held until chatwire has attached, then answered.
  await openOfficial(page, 'customerly', CDN, 'fixtures/customerly.js', (logs) =>
    expect.poll(() => logs.some((text) => text.startsWith('[chatwire] customerly attached')), { timeout: 10_000 }).toBe(true),
  );
  await run(page, 'window.chatwireConfig = { debug: true }');
  await loadScript(page, RUNTIME);
  await render(page);
  await loaded(page);
  await converse(page);
  await expectCustomerlyOnce(page);
});

test("the provider's stub and load() first, then chatwire, then the launcher script arrives", async ({ page }) => {
  await openOfficial(page, 'customerly', CDN, 'fixtures/customerly.js', (logs) =>
    expect.poll(() => logs.some((text) => text.startsWith('[chatwire] customerly attached')), { timeout: 10_000 }).toBe(true),
  );
  await run(page, 'window.chatwireConfig = { debug: true }');
  await render(page);
  await expect.poll(() => run(page, 'window.customerly && window.customerly.loaded')).toBe(true);
  await loadScript(page, RUNTIME);
  await loaded(page);
  await converse(page);
  await expectCustomerlyOnce(page);
});

test('launcher fully loaded, then chatwire', async ({ page }) => {
  const logs = await openOfficial(page, 'customerly', CDN, 'fixtures/customerly.js');
  await render(page);
  await loaded(page);
  await run(page, 'window.chatwireConfig = { debug: true }');
  await loadScript(page, RUNTIME);
  await expect.poll(() => logs.some((text) => text.startsWith('[chatwire] customerly attached'))).toBe(true);
  await converse(page);
  await expectCustomerlyOnce(page, false);
});

/** The stub's own keys and the type of each (property callbacks aside): what chatwire attaches to before the launcher. */
const stubShape = (page: Page) =>
  run<[string, string][]>(page, `Object.keys(window.customerly).filter((key) => !/^on[A-Z]/.test(key)).sort().map((key) => [key, typeof window.customerly[key]])`);

test("the other specs' snippet (fixtures/customerly-snippet.js) builds the window.customerly this package builds", async ({ page }) => {
  await openOfficial(page, 'customerly', CDN, 'fixtures/customerly.js');
  await render(page);
  await loaded(page);
  const official = await stubShape(page);
  expect(official.map(([key]) => key)).toEqual(expect.arrayContaining(['factory', 'initialized', 'load', 'loaded', 'methods', 'queue', 'settings', 'throw']));
  await page.goto(PAGE);
  await loadScript(page, '/fixtures/customerly-snippet.js');
  await run(page, 'window.customerly.load({})');
  await loaded(page);
  expect(await stubShape(page)).toEqual(official);
  expect(await run(page, 'Array.isArray(window.customerly) && window.customerly.methods')).toEqual(['event', 'attribute', 'update', 'show', 'hide', 'open', 'close']);
});
