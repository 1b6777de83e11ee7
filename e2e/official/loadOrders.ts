import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, run } from '../helpers';
import { actions, doubleMounted, fakeLoaded, livechatReference, openOfficial, recorders } from './official';

/**
 * One test, as a spec declares it: `test(...testCase)`. The spec calls `test` itself, so Playwright files the test
 * under the spec (the `plugins` project picks the vendor's plugin file by the spec's name).
 */
export type TestCase = [title: string, body: (fixtures: { page: Page }) => Promise<void>];

/** How a spec drives one official package, for {@link loadOrders}: the test titles come from `mounts` or are `titles`. */
export type Scenario = ScenarioSteps & ({ mounts: string } | { titles: LoadOrderTitles });

/**
 * The three load-order tests' titles, where a spec words them itself (its tests had these titles before it used
 * {@link loadOrders}): chatwire first; the stub first, chatwire, then the script; the widget fully loaded, then chatwire.
 */
export type LoadOrderTitles = [chatwireFirst: string, stubFirst: string, widgetFirst: string];

/** What a {@link Scenario} does in each test. */
export interface ScenarioSteps {
  /** The bundle, build/official/<id>.js, that fixtures/official/page.html?<id> loads. */
  id: string;
  /** chatwire's vendor id, which is also the fake widget's key in `window.chatwireFakes`. */
  vendor: string;
  /** The vendor's CDN script, answered by the fake. */
  cdn: string;
  /** The fake widget that answers it, e.g. `fixtures/livechat.js`. */
  fake: string;
  /** A page expression, true (or `stubbed`) once the package has made the vendor's stub and asked for its script (not yet loaded). */
  stub: string;
  /** What `stub` evaluates to once the stub is there, compared with toEqual (default true). */
  stubbed?: unknown;
  /** Runs first in each test, after the page opened (e.g. a reference listener that must come before the package's). */
  before?: (page: Page) => Promise<unknown>;
  /** The site installs / mounts the package. */
  mount: (page: Page) => Promise<unknown>;
  /** The visitor and the agent use the loaded widget. */
  drive: (page: Page) => Promise<unknown>;
  /** Every event pushed once, and each site callback once per event with the vendor's arguments. */
  expectOnce: (page: Page) => Promise<void>;
}

/**
 * The three load orders every vendor is tested in (docs/development.md), for an official package: chatwire first;
 * the package's stub first, chatwire attached to it while the CDN script is held, then the script; the widget fully
 * loaded, then chatwire (how GTM loads it). Each drives the widget and asserts with the scenario's expectOnce.
 */
export function loadOrders(scenario: Scenario): TestCase[] {
  const { id, vendor, cdn, fake, stub, mount, drive, expectOnce } = scenario;
  const before = scenario.before || (() => Promise.resolve());
  const loaded = (page: Page) => fakeLoaded(page, vendor);
  const titles: LoadOrderTitles =
    'titles' in scenario
      ? scenario.titles
      : [
          `chatwire first, then ${scenario.mounts}, which loads the widget`,
          `${scenario.mounts} (the vendor's stub, its script requested), chatwire, then the script arrives`,
          `${scenario.mounts}, the widget fully loaded, then chatwire`,
        ];
  return [
    [
      titles[0],
      async ({ page }) => {
        await openOfficial(page, id, cdn, fake);
        await before(page);
        await loadScript(page, RUNTIME);
        await mount(page);
        await loaded(page);
        await drive(page);
        await expectOnce(page);
      },
    ],
    [
      titles[1],
      async ({ page }) => {
        await openOfficial(page, id, cdn, fake, (logs) => expect.poll(() => logs.some((text) => text.startsWith(`[chatwire] ${vendor} attached`)), { timeout: 10_000 }).toBe(true));
        await before(page);
        await run(page, 'window.chatwireConfig = { debug: true }');
        await mount(page);
        await expect.poll(() => run(page, stub)).toEqual(scenario.stubbed ?? true);
        await loadScript(page, RUNTIME);
        await loaded(page);
        await drive(page);
        await expectOnce(page);
      },
    ],
    [
      titles[2],
      async ({ page }) => {
        await openOfficial(page, id, cdn, fake);
        await before(page);
        await mount(page);
        await loaded(page);
        await loadScript(page, RUNTIME);
        await expect.poll(() => actions(page, vendor)).toEqual(['loaded']);
        await drive(page);
        await expectOnce(page);
      },
    ],
  ];
}

/** What a spec expects of the site's callbacks, for {@link control} and {@link livechatUnmount}. */
export interface SiteExpectations {
  /** The vendor's actions after one {@link Scenario.drive}, in order (without the core's `chatwire:` ones). */
  actions: string[];
  /** How often each site callback ran, each checked against the vendor's arguments (a `sameCalls` page helper). */
  siteCalls: (page: Page) => Promise<Record<string, number | string>>;
  /** What siteCalls returns after one drive. */
  calls: Record<string, number>;
}

/** The control test: without chatwire, the package and the widget call the site's callbacks exactly as with it, and nothing is pushed. */
export function control(scenario: Scenario, expected: SiteExpectations, title = 'control, without chatwire: the site callbacks run exactly as with it'): TestCase {
  return [
    title,
    async ({ page }) => {
      await openOfficial(page, scenario.id, scenario.cdn, scenario.fake);
      await (scenario.before || (() => Promise.resolve()))(page);
      await scenario.mount(page);
      await fakeLoaded(page, scenario.vendor);
      await scenario.drive(page);
      await expect.poll(() => expected.siteCalls(page)).toEqual(expected.calls);
      expect(await run(page, 'window.dataLayer')).toBeUndefined();
    },
  ];
}

/**
 * LiveChat's framework components (over @livechat/widget-core): `unmount`, a page expression, unmounts the site's
 * component, whose cleanup destroys the widget (`LiveChatWidget.call('destroy')` once tracking.js ran
 * `LC_API.on_after_load`). chatwire throws nothing and pushes nothing after it, nor on stop() / start(); the site
 * mounting the component again (new callbacks: `window.callbacks` emptied) makes a new widget, pushed once as such.
 */
export function livechatUnmount(scenario: Scenario, unmount: string, expected: SiteExpectations, title: string): TestCase {
  return [
    title,
    async ({ page }) => {
      await openOfficial(page, scenario.id, scenario.cdn, scenario.fake);
      await scenario.mount(page);
      await fakeLoaded(page, 'livechat');
      await loadScript(page, RUNTIME);
      await scenario.drive(page);
      await scenario.expectOnce(page);
      await run(page, unmount);
      await expect.poll(() => run(page, `chatwireFakes.livechat.destroyed && !('LiveChatWidget' in window)`)).toBe(true);
      // The destroyed widget emits nothing to anyone any more.
      await run(page, `chatwireFakes.livechat.emit('new_event', { type: 'message', author: { id: 'x', type: 'agent' } })`);
      expect(await actions(page, 'livechat')).toEqual(expected.actions);
      // stop() detaches through the destroyed object (its calls do nothing now), start() finds no widget: no throw, no push.
      await run(page, 'chatwire.stop(); chatwire.start()');
      expect(await actions(page, 'livechat')).toEqual(expected.actions);
      // The site mounts the component again: a new stub, tracking.js again, a new widget: its own loaded, each event once.
      await recorders(page);
      await run(page, 'window.callbacks = undefined');
      await scenario.mount(page);
      await fakeLoaded(page, 'livechat');
      await scenario.drive(page);
      await expect.poll(() => actions(page, 'livechat')).toEqual([...expected.actions, ...expected.actions]);
      expect(await expected.siteCalls(page)).toEqual(expected.calls);
    },
  ];
}

/**
 * React StrictMode (the *-strict specs): chatwire loaded first, then started by a component of the site
 * (CHATWIRE_COMPONENT of official.ts: its effect starts chatwire, its cleanup stops it, so StrictMode runs start,
 * stop, start) that `mountStarter` renders with the package's component. Each event is pushed once all the same.
 */
export function strictStartStop(scenario: Scenario, mountStarter: (page: Page) => Promise<unknown>, title: string): TestCase {
  return [
    title,
    async ({ page }) => {
      await openOfficial(page, scenario.id, scenario.cdn, scenario.fake);
      await (scenario.before || (() => Promise.resolve()))(page);
      await loadScript(page, RUNTIME);
      await mountStarter(page);
      await doubleMounted(page);
      expect(await run(page, 'window.chatwireEffects')).toBe(2);
      await fakeLoaded(page, scenario.vendor);
      await scenario.drive(page);
      await scenario.expectOnce(page);
    },
  ];
}

/**
 * LiveChat's framework components: `change`, a page expression, gives the site's component the license 87654321,
 * which it answers by destroying the widget and making another (widget-core's destroy(), then createWidget() and
 * init()). chatwire attaches to the new widget: the first widget's `loaded`, then the new one's own `loaded` and
 * events, each once; the site's onReady heard both widgets' `ready`.
 */
export function livechatLicense(scenario: Scenario, change: string, expected: SiteExpectations, title: string): TestCase {
  return [
    title,
    async ({ page }) => {
      await openOfficial(page, scenario.id, scenario.cdn, scenario.fake);
      await loadScript(page, RUNTIME);
      await scenario.mount(page);
      await fakeLoaded(page, 'livechat');
      await livechatReference(page);
      await expect.poll(() => actions(page, 'livechat')).toEqual(['loaded']);
      await run(page, change);
      await expect.poll(() => run(page, 'window.__lc?.license')).toBe(87654321);
      await fakeLoaded(page, 'livechat');
      await scenario.drive(page);
      await expect.poll(() => actions(page, 'livechat')).toEqual(['loaded', ...expected.actions]);
      expect(await expected.siteCalls(page)).toEqual({ ...expected.calls, onReady: 2 });
    },
  ];
}
