import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { TAWKTO_ACTIONS, TAWKTO_REACT_PROPS, actions, expectOnce, openOfficial } from './official';

// @tawk.to/tawk-messenger-react (Tawk.to's React component), its real code with React 18;
// only embed.tawk.to/<property>/<widget> is answered, by fixtures/tawkto.js.
const CDN = 'https://embed.tawk.to/p-1234/w-5678';
const PROPS = TAWKTO_REACT_PROPS;
/** The site renders <TawkMessengerReact propertyId widgetId on…={callback} /> with a callback per event. */
const render = (page: Page) =>
  run(
    page,
    `const { React, createRoot, TawkMessengerReact } = official;
    const props = { propertyId: 'p-1234', widgetId: 'w-5678' }; ${JSON.stringify(PROPS)}.forEach((name) => (props[name] = site(name)));
    createRoot(document.getElementById('root')).render(React.createElement(TawkMessengerReact, props))`,
  );
const clickAll = (page: Page) => run(page, `window.chatwireFakes.tawkto.events.forEach(([, click]) => click())`);
const loaded = (page: Page) => expect.poll(() => run(page, 'window.chatwireFakes?.tawkto?.loaded === true')).toBe(true);

const ACTIONS = TAWKTO_ACTIONS;
const CALLS = Object.fromEntries(PROPS.map((name) => [name, 1]));

test('chatwire first, then the component renders and loads the widget', async ({ page }) => {
  await openOfficial(page, 'tawkto', CDN, 'fixtures/tawkto.js');
  await loadScript(page, RUNTIME);
  await render(page);
  await loaded(page);
  await clickAll(page);
  await expectOnce(page, 'tawkto', ACTIONS, CALLS);
});

test('the component renders (Tawk_API and the embed script), chatwire, then the widget script arrives', async ({ page }) => {
  await openOfficial(page, 'tawkto', CDN, 'fixtures/tawkto.js', (logs) =>
    expect.poll(() => logs.some((text) => text.startsWith('[chatwire] tawkto attached')), { timeout: 10_000 }).toBe(true),
  );
  await run(page, 'window.chatwireConfig = { debug: true }');
  await render(page);
  await expect.poll(() => run(page, 'typeof window.Tawk_API')).toBe('object');
  await loadScript(page, RUNTIME);
  await loaded(page);
  await clickAll(page);
  await expectOnce(page, 'tawkto', ACTIONS, CALLS);
});

test('widget fully loaded, then chatwire', async ({ page }) => {
  await openOfficial(page, 'tawkto', CDN, 'fixtures/tawkto.js');
  await render(page);
  await loaded(page);
  await loadScript(page, RUNTIME);
  await expect.poll(() => actions(page, 'tawkto')).toEqual(['loaded']);
  await clickAll(page);
  await expectOnce(page, 'tawkto', ACTIONS, CALLS);
});
