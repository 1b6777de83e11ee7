import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run, test } from '../helpers';
import { control, livechatLicense, livechatUnmount, loadOrders } from './loadOrders';
import { LIVECHAT_WRAPPER_ACTIONS, LIVECHAT_HANDLERS, LIVECHAT_NEW_EVENT, actions, fakeLoaded, livechatCalls, livechatReference, livechatWrapper, openOfficial } from './official';

// @livechat/widget-angular (LiveChat's Angular component, https://github.com/livechat/chat-widget-adapters), its real
// code (dist/widget-angular.esm.js, compiled by ngc) with Angular 18 (JIT compiler, zone.js), over
// @livechat/widget-core; only cdn.livechatinc.com/tracking.js is answered, by fixtures/livechat.js.
// <livechat-widget [license] (onNewEvent)="…">: ngOnInit creates the widget once (the LiveChatWidget stub,
// tracking.js) with a handler per JS API event that emits the component's output of the same name; the site's
// listeners are the host template's (no re-registration when they change); a change of `license`, `group` or
// `chatBetweenGroups` destroys the widget and creates another (ngOnChanges); ngOnDestroy destroys it.
const CDN = 'https://cdn.livechatinc.com/tracking.js';
/** The site's listeners: the component's outputs, widget-core's handler names (`(onNewEvent)="…"` in a template). */
const LISTENERS = LIVECHAT_HANDLERS;
/** The site's onNewEvent after the re-render (a new function: the template's listener calls whichever the host holds). */
const NEW = LIVECHAT_NEW_EVENT;
/** The services LiveChatWidgetModule provides (its README's "Services"), each with a BehaviorSubject `subject`. */
const SERVICES = ['WidgetIsReadyService', 'WidgetStateService', 'WidgetCustomerDataService', 'WidgetChatDataService', 'WidgetGreetingService'];

/** The host component's template: the wrapper with the site's license and a listener per output (onNewEvent through a signal). */
const TEMPLATE = `<livechat-widget [license]="license()" [visibility]="visibility()" ${Object.keys(LISTENERS)
  .map((name) => (name === 'onNewEvent' ? `(onNewEvent)="newEvent()($event)"` : `(${name})="on.${name}($event)"`))
  .join(' ')}></livechat-widget>`;

/**
 * Bootstraps an Angular application (`window.ngApp`, its ApplicationRef) on a new `<site-root>` in #root: a
 * standalone host component that imports LiveChatWidgetModule and renders {@link TEMPLATE}, declared as the
 * `@Component({ … })` decorator compiles (`Component({ … })(class …)`, its template compiled by Angular's JIT
 * compiler). Each listener records its arguments in `siteArgs[listener]` (`site`, see recorders()); onNewEvent, the
 * license and the visibility are the signals `window.newEvent`, `window.license` and `window.visibility`.
 * Resolves once the application is bootstrapped (its first change detection ran the wrapper's ngOnInit).
 */
const mount = (page: Page) =>
  run(
    page,
    `{ const { bootstrapApplication, Component, inject, signal, LiveChatWidgetModule } = official;
    window.callbacks = window.callbacks || Object.fromEntries(${JSON.stringify(Object.keys(LISTENERS))}.map((name) => [name, site(name)]));
    document.getElementById('root').replaceChildren(document.createElement('site-root'));
    const Host = Component({ selector: 'site-root', standalone: true, imports: [LiveChatWidgetModule], template: ${JSON.stringify(TEMPLATE)} })(
      class Host {
        on = callbacks;
        newEvent = (window.newEvent = signal(callbacks.onNewEvent));
        license = (window.license = signal('12345678'));
        visibility = (window.visibility = signal(undefined));
        constructor() {
          // With window.serviceValues, the host also injects the module's services and records each subject's values (JSON).
          if (window.serviceValues) for (const name of ${JSON.stringify(SERVICES)}) inject(official[name]).subject.subscribe((value) => (serviceValues[name] = serviceValues[name] || []).push(JSON.stringify(value)));
        }
      },
    );
    bootstrapApplication(Host).then((app) => void (window.ngApp = app)); }`,
  );
/** The site gives onNewEvent a new function, then Angular checks the application (ApplicationRef.tick). */
const reRender = (page: Page) => run(page, `newEvent.set(window.reRendered = site(${JSON.stringify(NEW)})); ngApp.tick()`);
const loaded = (page: Page) => fakeLoaded(page, 'livechat');
/**
 * zone.js (the bundle's first import, as an Angular app's polyfills) has patched the page before anything else ran:
 * the timers, MutationObserver and addEventListener chatwire uses are zone.js's (the originals kept under
 * `Zone.__symbol__`), as on an Angular site.
 */
const zonePatched = async (page: Page) =>
  expect(
    await run(
      page,
      `typeof Zone === 'function' && ['setTimeout', 'setInterval', 'MutationObserver'].every((name) => typeof window[Zone.__symbol__(name)] === 'function' && window[name] !== window[Zone.__symbol__(name)])
      && EventTarget.prototype.addEventListener !== EventTarget.prototype[Zone.__symbol__('addEventListener')]`,
    ),
  ).toBe(true);

// Each listener once per event, onReady once: the component registers its handlers once, at ngOnInit; the template's
// listeners read the host's current functions at each emit.
const { siteCalls, drive, expectOnce, expected: EXPECTED } = livechatWrapper(reRender, livechatCalls(1));
const ACTIONS = LIVECHAT_WRAPPER_ACTIONS;
const CALLS = EXPECTED.calls;

const SCENARIO = {
  id: 'livechat-angular',
  vendor: 'livechat',
  cdn: CDN,
  fake: 'fixtures/livechat.js',
  mounts: 'the app bootstraps the component',
  // widget-core's stub (its calls queued in _q) until tracking.js sets _h.
  stub: 'Array.isArray(window.LiveChatWidget?._q) && !window.LiveChatWidget._h',
  before: zonePatched,
  mount,
  drive,
  expectOnce,
};

[
  ...loadOrders(SCENARIO),
  control(SCENARIO, EXPECTED),
  // Destroying the application destroys the host view, whose LiveChatWidgetComponent's ngOnDestroy runs widget-core's destroy().
  livechatUnmount(SCENARIO, 'ngApp.destroy()', EXPECTED, 'app.destroy() destroys the widget: chatwire throws nothing and pushes nothing after; a re-mount is a new widget'),
  // ngOnChanges sees `license` change: reinitialize(), i.e. destroy() (LiveChatWidget.call('destroy')), then createWidget() and init().
  livechatLicense(
    SCENARIO,
    `license.set('87654321'); ngApp.tick()`,
    EXPECTED,
    'a new license re-creates the widget (ngOnChanges destroys it and makes another): chatwire attaches to the new one, each event once',
  ),
].forEach((testCase) => test(...testCase));

test('a new visibility updates the widget (ngOnChanges: updateVisibility, the JS API maximize / minimize): opened, closed once each', async ({ page }) => {
  await openOfficial(page, 'livechat-angular', CDN, 'fixtures/livechat.js');
  await loadScript(page, RUNTIME);
  await mount(page);
  await loaded(page);
  await livechatReference(page);
  await run(page, `visibility.set('maximized'); ngApp.tick()`);
  await expect.poll(() => actions(page, 'livechat')).toEqual(['loaded', 'opened']);
  await run(page, `visibility.set('minimized'); ngApp.tick()`);
  await expect.poll(() => actions(page, 'livechat')).toEqual(['loaded', 'opened', 'closed']);
  // The site's listener heard both changes, with the widget's own payloads; the wrapper registered nothing again.
  expect(await siteCalls(page)).toEqual({ onReady: 1, onVisibilityChanged: 2 });
});

/**
 * Opens the page, chatwire first where `chatwire`, bootstraps the host with the module's services injected (their
 * values recorded in `serviceValues`), drives the widget; with chatwire, checks every event pushed once.
 */
async function withServices(page: Page, chatwire: boolean): Promise<void> {
  await openOfficial(page, 'livechat-angular', CDN, 'fixtures/livechat.js');
  await run(page, 'window.serviceValues = {}');
  if (chatwire) await loadScript(page, RUNTIME);
  await mount(page);
  await loaded(page);
  await drive(page);
  if (chatwire) await expectOnce(page);
}

test("the module's services (its README's WidgetStateService and the others) give the host the same values with chatwire as without", async ({ page }) => {
  /** Each subject's values, after {@link withServices}. */
  const serviceValues = async (chatwire: boolean) => {
    await withServices(page, chatwire);
    if (!chatwire) expect(await siteCalls(page)).toEqual(CALLS);
    return run(page, 'serviceValues');
  };
  const control = await serviceValues(false);
  // The services heard the widget: ready, the greeting shown then hidden, five widget states (null, ready, maximized, minimized, offline).
  expect(control.WidgetIsReadyService).toEqual(['false', 'true']);
  expect(control.WidgetGreetingService).toEqual(['null', JSON.stringify({ id: 42, uniqueId: 'g-42-a' }), 'null']);
  expect(control.WidgetStateService).toHaveLength(5);
  expect(await serviceValues(true)).toEqual(control);
});

// The wrapper's own defect, pinned: ngOnDestroy (widget-core's destroy()) makes four services schedule, each with
// setTimeout(…, 0), their subject's reset (setIsReady(false), setWidgetState(null), setCustomerData(null),
// setGreeting(null)); ApplicationRef.destroy() then destroys the injector that holds them, whose ngOnDestroy
// unsubscribes each subject; the timers then call next() on unsubscribed BehaviorSubjects, which rxjs throws as
// ObjectUnsubscribedError, uncaught, from the page's timers. Not chatwire's: the same four without it.
test("app.destroy() with the module's services injected: the wrapper's own four ObjectUnsubscribedErrors, with chatwire as without, and nothing more", async ({
  page,
  pageErrors,
}) => {
  const SETTERS = ['setCustomerData', 'setGreeting', 'setIsReady', 'setWidgetState'];
  const ERRORS = SETTERS.map(() => 'pageerror: ObjectUnsubscribedErrorImpl');
  /** Bootstraps the host with the services, drives the widget, destroys the application: the errors it caused. */
  const destroyErrors = async (chatwire: boolean) => {
    await withServices(page, chatwire);
    // The page records the whole stack of each uncaught error.
    await run(page, `Error.stackTraceLimit = 50; window.stacks = []; addEventListener('error', (event) => stacks.push(String(event.error?.stack)))`);
    await run(page, 'ngApp.destroy()');
    await expect.poll(() => run(page, `chatwireFakes.livechat.destroyed && !('LiveChatWidget' in window)`)).toBe(true);
    await expect.poll(() => pageErrors.length).toBe(ERRORS.length);
    const stacks: string[] = await run(page, 'stacks');
    // Which setter threw, from each error's stack (one each).
    const threw = stacks.map((stack) => SETTERS.find((setter) => stack.includes(setter)));
    return { errors: pageErrors.splice(0), threw: threw.sort() };
  };
  const control = await destroyErrors(false);
  expect(control).toEqual({ errors: ERRORS, threw: SETTERS });
  expect(await destroyErrors(true)).toEqual(control);
  // chatwire pushed nothing after the destroy, and stop() / start() add no error (the fixture checks none came).
  await run(page, 'chatwire.stop(); chatwire.start()');
  expect(await actions(page, 'livechat')).toEqual(ACTIONS);
});
