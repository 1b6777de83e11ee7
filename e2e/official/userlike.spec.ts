import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { calls, expectOnce, openOfficial, pushed } from './official';

// @userlike/messenger (Userlike's Messenger API loader, https://docs.userlike.com/developers/api/website-messenger-api),
// its real code. createMessenger() fetches the messenger's manifest (umm-manifest.json on Userlike's CDN), adds the
// scripts it lists to a hidden iframe and calls that iframe's run({ widget_key }, window) with the page's window.
// Only Userlike's CDN is answered: the manifest (a list naming one script), that script (fixtures/userlike-messenger.js,
// the fake messenger run in the iframe) and the messenger UI it adds to the page (the existing fake, fixtures/userlike.js).
//
// UNCONFIRMED: no Userlike doc says whether the messenger installed through this package reports the client-tracking
// events to the page's window.userlikeTrackingEvent (the one thing chatwire listens to); the fake assumes it does, as
// the script-tag messenger documents (https://docs.userlike.com/developers/api/client-tracking). What the package
// itself does is verified below: it puts no global on the page (its API and the messenger's state$ are returned to
// the site's code only, so chatwire cannot observe them) and adds only a hidden iframe.
const CDN = 'https://userlike-cdn-widgets.s3-eu-west-1.amazonaws.com';
const MANIFEST = `${CDN}/umm-manifest.json`;
// The manifest's real contents are not documented: these two script paths are the fake's own.
const MESSENGER = `${CDN}/chatwire-fake/messenger.js`;
const UI = `${CDN}/chatwire-fake/ui.js`;
const WIDGET_KEY = 'a1b2c3d4e5f6';
const ui = 'window.chatwireFakes.userlike';

/**
 * Opens the page with Userlike's CDN answered (`hold` may delay the messenger script); collects every request that
 * leaves the test server.
 */
async function open(page: Page, hold?: () => Promise<unknown>): Promise<string[]> {
  const outside: string[] = [];
  page.on('request', (request) => (/^https?:/.test(request.url()) && new URL(request.url()).hostname !== '127.0.0.1' ? outside.push(request.url()) : null));
  // A cross-origin fetch (mode: 'cors'): the CDN allows every origin.
  await page.route(MANIFEST, (route) => route.fulfill({ json: [MESSENGER], headers: { 'access-control-allow-origin': '*' } }));
  await page.route(UI, (route) => route.fulfill({ path: 'fixtures/userlike.js', contentType: 'application/javascript' }));
  await openOfficial(page, 'userlike', MESSENGER, 'fixtures/userlike-messenger.js', hold);
  return outside;
}

/** The site's own tracking function, as Userlike's client-tracking doc has it (assigned in a page script). */
const track = (page: Page) => run(page, `window.userlikeTrackingEvent = site('userlikeTrackingEvent')`);
/** The site creates the API (version 2, the current one); the manifest and the iframe load meanwhile. */
const create = (page: Page) => run(page, `void (window.created = official.createMessenger({ version: 2, widgetKey: '${WIDGET_KEY}' }))`);
/** The site mounts the messenger and subscribes to its state$, as the package's README does. */
const mount = (page: Page) =>
  run(
    page,
    `(async () => {
      const created = await window.created;
      if (created.kind !== 'success' || !created.value.api) throw new Error('createMessenger: ' + JSON.stringify(created));
      window.states = [];
      window.mounting = created.value.api.mount().subscribe((result) => {
        site('mount')(result);
        if (result.kind !== 'success' || !result.value) throw new Error('mount: ' + JSON.stringify(result));
        window.messenger = result.value;
        result.value.state$.subscribe({ next: (state) => (site('state$')(state), states.push(state.state)) });
      });
    })()`,
  );
/** Mounted: the site holds the messenger and its button is displayed. */
const mounted = (page: Page) => expect.poll(() => run(page, `!!window.messenger && ${ui}?.loaded === true`)).toBe(true);

/** The site drives the Messenger API; the visitor writes and the operator replies in the messenger's UI. */
async function use(page: Page): Promise<void> {
  expect(await run(page, 'messenger.maximize()')).toEqual({ kind: 'success' });
  await run(page, `${ui}.events.filter(([name]) => name === 'visitor writes' || name === 'operator replies').forEach(([, click]) => click())`);
  // Already maximized: "a no-op" (the package's types), no event.
  expect(await run(page, 'messenger.maximize()')).toEqual({ kind: 'success' });
  expect(await run(page, 'messenger.minimize()')).toEqual({ kind: 'success' });
}

const SHOWN = ['button_displayed → shown'];
// chat_started also fires on continuing a conversation: not mapped (docs/vendors/userlike.md).
const SESSION = [
  'chat_window_maximized → opened',
  'contact_first_message → started',
  'message_operator_terminating → message_sent',
  'message_client_terminating → message_received',
  'chat_window_minimized → closed',
];
const actionsOf = (lines: string[]) => lines.map((line) => line.split(' → ')[1]);
// The site's callbacks, once per event: mount's observer once; state$ for the state at subscription, then maximized
// and minimized; userlikeTrackingEvent for every messenger event (button_displayed, maximized, chat_started, the first
// message, the two messages, minimized), whether chatwire came before or after it.
const CALLS = { mount: 1, state$: 3, userlikeTrackingEvent: 7 };
const STATES = ['minimized', 'maximized', 'minimized'];

/** What the package did to the page: the requests it made, a hidden iframe running the messenger, no global. */
async function expectPackage(page: Page, outside: string[]): Promise<void> {
  expect(outside).toEqual([MANIFEST, MESSENGER, UI]);
  expect(
    await run(
      page,
      `(() => { const frames = [...document.querySelectorAll('iframe')];
      return frames.map((frame) => [/^userlike-frame-/.test(frame.id), frame.getAttribute('aria-hidden'), typeof frame.contentWindow.run, frame.contentWindow.chatwireFakes.userlikeMessenger.runs]); })()`,
    ),
  ).toEqual([[true, 'true', 'function', [WIDGET_KEY]]]);
  expect(await run(page, 'typeof window.run')).toBe('undefined');
  expect(await run(page, 'window.states')).toEqual(STATES);
}

test('chatwire first, then the site creates and mounts the messenger and drives it', async ({ page }) => {
  const outside = await open(page);
  await loadScript(page, RUNTIME);
  await track(page);
  // Every global the package could add shows up here.
  const before = await run<string[]>(page, 'Object.keys(window)');
  await create(page);
  await mount(page);
  await mounted(page);
  const added = await run<string[]>(page, `Object.keys(window).filter((key) => !${JSON.stringify(before)}.includes(key))`);
  // '0': the package's iframe (window.frames[0]); dataLayer: chatwire's first push; chatwireFakes: the fake UI; the rest the site's.
  expect(added.sort()).toEqual(['0', 'chatwireFakes', 'created', 'dataLayer', 'messenger', 'mounting', 'states']);
  await use(page);
  await expectOnce(page, 'userlike', actionsOf([...SHOWN, ...SESSION]), CALLS);
  expect(await pushed(page, 'userlike')).toEqual([...SHOWN, ...SESSION]);
  await expectPackage(page, outside);
});

test('createMessenger() first, chatwire while the messenger script loads, then mount; no site tracking function', async ({ page }) => {
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  const outside = await open(page, () => ((requested = true), held));
  await create(page);
  await expect.poll(() => requested).toBe(true);
  await loadScript(page, RUNTIME);
  release();
  await mount(page);
  await mounted(page);
  await use(page);
  // The site defines no userlikeTrackingEvent: chatwire's listener alone receives the events.
  const { userlikeTrackingEvent: _, ...rest } = CALLS;
  await expectOnce(page, 'userlike', actionsOf([...SHOWN, ...SESSION]), rest);
  expect(await pushed(page, 'userlike')).toEqual([...SHOWN, ...SESSION]);
  await expectPackage(page, outside);
});

test('messenger fully mounted (button displayed), then chatwire (the GTM order): events from then on, once', async ({ page }) => {
  const outside = await open(page);
  await track(page);
  await create(page);
  await mount(page);
  await mounted(page);
  expect(await calls(page)).toEqual({ mount: 1, state$: 1, userlikeTrackingEvent: 1 });
  await loadScript(page, RUNTIME);
  // Userlike replays nothing: button_displayed came before chatwire.
  expect(await pushed(page, 'userlike')).toEqual([]);
  await use(page);
  await expectOnce(page, 'userlike', actionsOf(SESSION), CALLS);
  expect(await pushed(page, 'userlike')).toEqual(SESSION);
  await expectPackage(page, outside);
});
