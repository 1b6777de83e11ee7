import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { TAWKTO_ACTIONS, actions, openOfficial, sameCalls } from './official';

// @tawk.to/tawk-messenger-vue-3 (Tawk.to's Vue 3 plugin, https://github.com/tawk/tawk-messenger-vue-3), its real
// code with Vue 3; only embed.tawk.to/<property>/<widget> is answered, by fixtures/tawkto.js.
// app.use(TawkMessengerVue, { propertyId, widgetId }) sets window.Tawk_API = Tawk_API || {} and inserts the embed
// script at once; it provides an on… function per event (docs/api-reference.md) that the site injects and calls with
// its callback: each adds a window listener for the embed's CustomEvent (onLoad → tawkLoad) and never removes it.
const CDN = 'https://embed.tawk.to/p-1234/w-5678';
/** The plugin's on… functions and the window event each listens to. */
const PROPS = [
  'onLoad',
  'onStatusChange',
  'onBeforeLoad',
  'onChatMaximized',
  'onChatMinimized',
  'onChatHidden',
  'onChatStarted',
  'onChatEnded',
  'onPrechatSubmit',
  'onOfflineSubmit',
  'onChatMessageVisitor',
  'onChatMessageAgent',
  'onChatMessageSystem',
  'onAgentJoinChat',
  'onAgentLeaveChat',
  'onChatSatisfaction',
  'onVisitorNameChanged',
  'onFileUpload',
  'onTagsUpdated',
  'onUnreadCountChanged',
];
/** The ones the plugin calls without an argument (its code: `callback()`); the others get `event.detail`. */
const NO_ARGUMENT = ['onLoad', 'onBeforeLoad', 'onChatMaximized', 'onChatMinimized', 'onChatHidden', 'onChatStarted', 'onChatEnded'];

/**
 * The site's app: a component whose setup injects every on… function and passes it a callback that records its
 * arguments in `siteArgs`; the plugin installed with the widget's ids; mounted on #root as `window.vueApp`.
 */
const mount = (page: Page) =>
  run(
    page,
    `{ const { createApp, h, inject, TawkMessengerVue } = official;
    const App = { setup() { ${JSON.stringify(PROPS)}.forEach((name) => inject(name)(site(name))); return () => h('p', 'site'); } };
    window.vueApp = createApp(App);
    vueApp.use(TawkMessengerVue, { propertyId: 'p-1234', widgetId: 'w-5678' });
    vueApp.mount('#root'); }`,
  );
/**
 * What the embed dispatches, as another listener of the page hears it: `event.detail` per event, recorded by
 * a window listener added before the plugin (so it hears everything the site's callbacks hear).
 */
const reference = (page: Page) =>
  run(
    page,
    `${JSON.stringify(PROPS)}.forEach((name) => window.addEventListener('tawk' + name.slice(2), (event) => (vendorArgs[name] = vendorArgs[name] || []).push(event.detail)))`,
  );
const loaded = (page: Page) => expect.poll(() => run(page, 'window.chatwireFakes?.tawkto?.loaded === true')).toBe(true);
/** Every demo button of the fake, then the events it has no button for (chatwire maps none of these). */
const clickAll = (page: Page) =>
  run(
    page,
    `{ const fake = window.chatwireFakes.tawkto;
    fake.events.forEach(([, click]) => click());
    fake.emit('tawkChatMessageSystem', 'Sam left the chat');
    fake.emit('tawkAgentLeaveChat', { name: 'Sam Support', id: 'agent-42' });
    fake.emit('tawkVisitorNameChanged', 'Jane');
    fake.emit('tawkFileUpload', 'https://example.com/file.pdf');
    fake.emit('tawkTagsUpdated', ['vip']);
    fake.emit('tawkUnreadCountChanged', 2); }`,
  );

/** Each site callback's calls, checked (sameCalls): no argument where the plugin passes none, else the very `event.detail`. */
const siteCalls = (page: Page) => sameCalls(page, `(name) => (vendorArgs[name] || []).map((detail) => (${JSON.stringify(NO_ARGUMENT)}.includes(name) ? [] : [detail]))`);

const ACTIONS = TAWKTO_ACTIONS;
const CALLS = Object.fromEntries(PROPS.map((name) => [name, 1]));

/** Every event pushed once, in order, and each site callback once per event with the plugin's arguments. */
async function expectOnce(page: Page): Promise<void> {
  await expect.poll(() => actions(page, 'tawkto')).toEqual(ACTIONS);
  expect(await siteCalls(page)).toEqual(CALLS);
}

test('chatwire first, then the app installs the plugin and loads the widget', async ({ page }) => {
  await openOfficial(page, 'tawkto-vue', CDN, 'fixtures/tawkto.js');
  await reference(page);
  await loadScript(page, RUNTIME);
  await mount(page);
  await loaded(page);
  await clickAll(page);
  await expectOnce(page);
});

test('the plugin installed (Tawk_API and the embed script), chatwire, then the widget script arrives', async ({ page }) => {
  await openOfficial(page, 'tawkto-vue', CDN, 'fixtures/tawkto.js', (logs) =>
    expect.poll(() => logs.some((text) => text.startsWith('[chatwire] tawkto attached')), { timeout: 10_000 }).toBe(true),
  );
  await reference(page);
  await run(page, 'window.chatwireConfig = { debug: true }');
  await mount(page);
  await expect.poll(() => run(page, `typeof window.Tawk_API == 'object' && !window.Tawk_API.onLoaded`)).toBe(true);
  await loadScript(page, RUNTIME);
  await loaded(page);
  await clickAll(page);
  await expectOnce(page);
});

test('widget fully loaded, then chatwire', async ({ page }) => {
  await openOfficial(page, 'tawkto-vue', CDN, 'fixtures/tawkto.js');
  await reference(page);
  await mount(page);
  await loaded(page);
  await loadScript(page, RUNTIME);
  await expect.poll(() => actions(page, 'tawkto')).toEqual(['loaded']);
  await clickAll(page);
  await expectOnce(page);
});

test('app.unmount() leaves the widget and the plugin listeners on the page: chatwire keeps pushing each event once', async ({ page }) => {
  await openOfficial(page, 'tawkto-vue', CDN, 'fixtures/tawkto.js');
  await reference(page);
  await mount(page);
  await loaded(page);
  await loadScript(page, RUNTIME);
  // The plugin has no cleanup (its install() adds listeners and the script, nothing removes them): the widget stays.
  await run(page, 'vueApp.unmount()');
  expect(await run(page, `document.getElementById('root').innerHTML`)).toBe('');
  await clickAll(page);
  await expectOnce(page);
});
