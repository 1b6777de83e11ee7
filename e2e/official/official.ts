import { type Frame, type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, pushes, run } from '../helpers';
import { type TestCase } from './loadOrders';

/**
 * Opens fixtures/official/page.html?<id>, the page that loads build/official/<id>.js
 * (the vendor's own npm package, bundled by scripts/official.mjs, as `window.official`), with the recorders of
 * {@link recorders}: `window.site(name)` is a site callback. Only the
 * vendor's CDN script is answered, by the existing fake widget; `hold` may
 * delay that answer (network time) until it resolves (it gets the console lines).
 * @returns the page's console lines, as they come
 */
export async function openOfficial(page: Page, id: string, cdn: string | RegExp, fake: string, hold?: (logs: string[]) => Promise<unknown>): Promise<string[]> {
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  await page.route(cdn, async (route) => {
    if (hold) await hold(logs);
    await route.fulfill({ path: fake, contentType: 'application/javascript' });
  });
  await page.goto(`/fixtures/official/page.html?${id}`);
  await recorders(page);
  return logs;
}

/**
 * The frame a vendor's own script opened at `prefix` (its app in an iframe, whose page the test answers), once it
 * is there: the test posts the app's messages from it.
 */
export async function frameAt(page: Page, prefix: string): Promise<Frame> {
  const find = () => page.frames().find((frame) => frame.url().startsWith(prefix));
  await expect.poll(() => !!find()).toBe(true);
  return find() as Frame;
}

/** The vendor's pushes as `vendor_event → action` lines, in order, without the ones the core derives (`chatwire:…`). */
export const pushed = async (page: Page, vendor: string): Promise<string[]> =>
  (await pushes(page))
    .filter((push) => push.chat.vendor === vendor && !String(push.chat.vendor_event).startsWith('chatwire:'))
    .map((push) => `${push.chat.vendor_event} → ${push.chat.action}`);

/** How many times each site callback ran. */
export const calls = async (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => Object.fromEntries(Object.entries((window as any).siteArgs as Record<string, unknown[][]>).map(([name, args]) => [name, args.length])));

/** The vendor's actions in order, without the ones the core derives (`vendor_event` `chatwire:…`, see COMMON conventions). */
export const actions = async (page: Page, vendor: string): Promise<string[]> =>
  (await pushes(page)).filter((push) => push.chat.vendor === vendor && !String(push.chat.vendor_event).startsWith('chatwire:')).map((push) => String(push.chat.action));

/**
 * Waits until the vendor has pushed as many actions as expected, then asserts
 * that each site callback ran exactly as often as `expectedCalls` says and the
 * actions are exactly `expectedActions`, in order: nothing pushed twice.
 */
export async function expectOnce(page: Page, vendor: string, expectedActions: string[], expectedCalls: Record<string, number>): Promise<void> {
  await expect.poll(async () => (await actions(page, vendor)).length).toBe(expectedActions.length);
  expect(await calls(page)).toEqual(expectedCalls);
  expect(await actions(page, vendor)).toEqual(expectedActions);
}

/**
 * Defines `window.record(store, name)`, a callback that records each call's
 * arguments in `store[name]`; the stores `window.siteArgs` (the site's
 * callbacks) and `window.vendorArgs` (what the vendor passed, as another
 * listener hears it), empty; and `window.site(name)`, the site callback
 * `record(siteArgs, name)`. {@link openOfficial} calls it; called again, it
 * empties the stores.
 */
export const recorders = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const w = window as any;
    w.record =
      (store: Record<string, unknown[][]>, name: string) =>
      (...args: unknown[]) =>
        (store[name] = store[name] || []).push(args);
    w.siteArgs = {};
    w.vendorArgs = {};
    w.site = (name: string) => w.record(w.siteArgs, name);
  });

/**
 * How many times each site callback ran (`siteArgs`), each call checked
 * against the argument lists it should have got: `heard`, the source of a
 * page function `(name) => argument lists` that reads them from `vendorArgs`.
 * The very same values (`===`), in order: nothing copied or wrapped on the
 * way. A mismatch reads as a string (what was got, what was heard).
 */
export const sameCalls = (page: Page, heard: string): Promise<Record<string, number | string>> =>
  page.evaluate(`(() => {
    const heard = ${heard};
    return Object.fromEntries(Object.keys(siteArgs).map((name) => {
      const got = siteArgs[name], want = heard(name) || [];
      const same = got.length === want.length && got.every((args, i) => args.length === want[i].length && args.every((arg, j) => arg === want[i][j]));
      return [name, same ? got.length : JSON.stringify({ got, want })];
    }));
  })()`);

// React StrictMode (e2e/official/*-strict.spec.ts).

/**
 * Renders `element`, the source of a page expression building a React element from `official` (a bundle made
 * with React's development build: the bundle <id>-dev), inside <React.StrictMode> into
 * `window.reactRoot`, after a probe component whose effect counts its runs in `window.effects` (see {@link doubleMounted}).
 */
export const renderStrict = (page: Page, element: string): Promise<void> =>
  run(
    page,
    `{ const { React, createRoot } = official;
    window.effects = 0;
    const Probe = () => (React.useEffect(() => void effects++, []), null);
    window.reactRoot = createRoot(document.getElementById('root'));
    reactRoot.render(React.createElement(React.StrictMode, null, React.createElement(Probe), ${element})); }`,
  );

/**
 * StrictMode really double-mounted: the probe's effect ran twice (mount, unmount, mount again), which only
 * React's development build does; with the production build, or without StrictMode, it runs once. And with the
 * React the bundle is named for (`page.html?<base>-19-dev` React 19, every other React 18, see {@link strictReacts}):
 * a bundle built against the wrong React fails here.
 */
export const doubleMounted = async (page: Page): Promise<void> => {
  await expect.poll(() => run(page, 'window.effects')).toBe(2);
  const [major, search] = await run<[string, string]>(page, `[official.React.version.split('.')[0], location.search]`);
  expect(major).toBe(/-19-dev$/.test(search) ? '19' : '18');
};

/**
 * The React builds every StrictMode test runs with (scripts/official.mjs): React 18's development build (bundle
 * `<base>-dev`) and React 19's (`<base>-19-dev`), for the wrappers whose peerDependencies accept React 19. React 19
 * no longer throws the first of StrictMode's two mount renders away: the second reuses its hooks, refs included
 * (facebook/react#25583, "Strict Mode: Reuse memoized result from first pass"; react.dev's React 19 upgrade guide,
 * "StrictMode changes"). So a wrapper's render-time initialization behind a ref runs once with React 19, where React 18
 * ran it twice; effects still run, are cleaned up and run again with both. Each suite's control test pins what the
 * wrapper does with each React.
 */
export const strictReacts = (base: string) =>
  [
    { react: 18, id: `${base}-dev` },
    { react: 19, id: `${base}-19-dev` },
  ] as const;

/**
 * For {@link sameCalls}: the page expression `lists` (argument lists another listener heard) with each list
 * twice in a row, as a site callback the wrapper registered twice receives them.
 */
export const twice = (lists: string): string => `(${lists}).flatMap((args) => [args, args])`;

/**
 * The source of a React element whose effect calls `chatwire.start()` and whose cleanup calls `chatwire.stop()`:
 * a site starting chatwire from its own component (the ES module's `start`), which StrictMode runs as start,
 * stop, start. `window.chatwireEffects` counts the starts.
 */
export const CHATWIRE_COMPONENT = `React.createElement(() => (React.useEffect(() => {
  window.chatwireEffects = (window.chatwireEffects || 0) + 1;
  chatwire.start();
  return () => chatwire.stop();
}, []), null))`;

// The React wrappers' tables, shared by their specs with and without StrictMode.

/** @tawk.to/tawk-messenger-react's event props the specs pass (tawkto.spec.ts, tawkto-strict.spec.ts). */
export const TAWKTO_REACT_PROPS = [
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
  'onAgentJoinChat',
  'onChatSatisfaction',
];

/** The callbacks the Customerly specs register through react-live-chat-customerly's registerCallback (customerly.spec.ts, customerly-strict.spec.ts). */
export const CUSTOMERLY_CALLBACKS = [
  'onChatOpened',
  'onNewConversation',
  'onLeadGenerated',
  'onProfilingQuestionAsked',
  'onProfilingQuestionAnswered',
  'onRealtimeVideoAnswered',
  'onRealtimeVideoRejected',
  'onHelpCenterArticleOpened',
  'onChatClosed',
];
/** The actions of {@link customerlyConverse}, in order (chatwire's `loaded` aside). */
export const CUSTOMERLY_ACTIONS = ['opened', 'started', 'lead', 'question_shown', 'question_answered', 'video_answered', 'video_rejected', 'article_opened', 'closed'];

/** react-live-chat-customerly's hook (`window.cly`) opens and closes the chat around the launcher's own events (the fake's controls). */
export const customerlyConverse = (page: Page): Promise<void> =>
  run(
    page,
    `const f = window.fakeCustomerly; cly.open(); f.newConversation(); f.lead(); f.askQuestion(); f.answerQuestion();
    f.videoAnswered(); f.videoRejected(); f.openArticle(); cly.close()`,
  );

/** The actions of LiveChat's fake demo events in order (CONTRACT §5: minimizing LiveChat's window is `closed`). */
export const LIVECHAT_ACTIONS = [
  'loaded',
  'shown',
  'opened',
  'message_sent',
  'agent_requested',
  'agent_joined',
  'message_received',
  'question_answered',
  'rating_submitted',
  'survey_submitted',
  'closed',
];

/** The actions of Tawk.to's fake demo events in order (CONTRACT §5: minimize, back to the bubble, is `closed`). */
export const TAWKTO_ACTIONS = [
  'loaded',
  'opened',
  'started',
  'message_sent',
  'agent_joined',
  'message_received',
  'rating_submitted',
  'ended',
  'closed',
  'form_submitted',
  'lead',
  'hidden',
];

/** The fake widget `id` (window.chatwireFakes[id]) has loaded. */
export const fakeLoaded = (page: Page, id: string): Promise<void> =>
  expect.poll(() => page.evaluate((fake) => (window as any).chatwireFakes?.[fake]?.loaded === true, id)).toBe(true);

/**
 * LiveChat's JS API events by the name of @livechat/widget-core's handler for each (`createWidget({ onReady, … })`):
 * the React component's props, the Vue component's `on…` listeners (`@new-event` is `onNewEvent`).
 */
export const LIVECHAT_HANDLERS: Record<string, string> = {
  onReady: 'ready',
  onAvailabilityChanged: 'availability_changed',
  onVisibilityChanged: 'visibility_changed',
  onCustomerStatusChanged: 'customer_status_changed',
  onNewEvent: 'new_event',
  onFormSubmitted: 'form_submitted',
  onRatingSubmitted: 'rating_submitted',
  onGreetingDisplayed: 'greeting_displayed',
  onGreetingHidden: 'greeting_hidden',
  onRichMessageButtonClicked: 'rich_message_button_clicked',
};

/**
 * What LiveChat's widget passes, as another listener of the page hears it: a recorder per JS API event in
 * `vendorArgs`, registered on window.LiveChatWidget once the widget is loaded (LiveChat replays `ready` to it).
 */
export const livechatReference = (page: Page): Promise<void> =>
  page.evaluate(
    (events) => events.forEach((name) => (window as any).LiveChatWidget.on(name, (window as any).record((window as any).vendorArgs, name))),
    Object.values(LIVECHAT_HANDLERS),
  );

/** The LiveChat fake's demo buttons from..to (its `events`), then, with `rest`, the events it has no button for: availability changes, the greeting goes away. */
export const livechatClick = (page: Page, from: number, to?: number, rest = to === undefined): Promise<void> =>
  page.evaluate(
    ([start, end, others]) => {
      const fake = (window as any).chatwireFakes.livechat;
      (fake.events as [string, () => void][]).slice(start, end).forEach(([, click]) => click());
      if (!others) return;
      fake.emit('availability_changed', { availability: 'offline' });
      fake.emit('greeting_hidden', { id: 42, uniqueId: 'g-42-a' });
    },
    [from, to, rest] as const,
  );

/** Tawk.to's window CustomEvents, without their `tawk` prefix (its JS API: `tawkLoad` … `tawkUnreadCountChanged`). */
export const TAWKTO_EVENTS = [
  'Load',
  'StatusChange',
  'BeforeLoad',
  'ChatMaximized',
  'ChatMinimized',
  'ChatHidden',
  'ChatStarted',
  'ChatEnded',
  'PrechatSubmit',
  'OfflineSubmit',
  'ChatMessageVisitor',
  'ChatMessageAgent',
  'ChatMessageSystem',
  'AgentJoinChat',
  'AgentLeaveChat',
  'ChatSatisfaction',
  'VisitorNameChanged',
  'FileUpload',
  'TagsUpdated',
  'UnreadCountChanged',
];
/** The ones Tawk.to's framework plugins hand the site's callback without an argument (their code); the others get `event.detail`. */
export const TAWKTO_NO_DETAIL = ['Load', 'BeforeLoad', 'ChatMaximized', 'ChatMinimized', 'ChatHidden', 'ChatStarted', 'ChatEnded'];

/**
 * What Tawk.to's embed dispatches, as another listener of the page hears it: `event.detail` per window event in
 * `vendorArgs[<event without tawk>]`, recorded by a window listener added before any plugin's.
 */
export const tawktoReference = (page: Page): Promise<void> =>
  page.evaluate(
    (events) =>
      events.forEach((name) =>
        window.addEventListener(`tawk${name}`, (event) => {
          const store = (window as any).vendorArgs as Record<string, unknown[]>;
          (store[name] = store[name] || []).push((event as CustomEvent).detail);
        }),
      ),
    TAWKTO_EVENTS,
  );

/** Every demo button of the Tawk.to fake, then the events it has no button for (chatwire maps none of these). */
export const tawktoClickAll = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const fake = (window as any).chatwireFakes.tawkto;
    (fake.events as [string, () => void][]).forEach(([, click]) => click());
    fake.emit('tawkChatMessageSystem', 'Sam left the chat');
    fake.emit('tawkAgentLeaveChat', { name: 'Sam Support', id: 'agent-42' });
    fake.emit('tawkVisitorNameChanged', 'Jane');
    fake.emit('tawkFileUpload', 'https://example.com/file.pdf');
    fake.emit('tawkTagsUpdated', ['vip']);
    fake.emit('tawkUnreadCountChanged', 2);
  });

/**
 * Each site callback's calls (sameCalls) against what the embed dispatched ({@link tawktoReference}): `events` maps
 * each callback's name to its window event (without `tawk`); no argument where the plugins pass none, else the very
 * `event.detail`.
 */
export const tawktoSiteCalls = (page: Page, events: Record<string, string>): Promise<Record<string, number | string>> =>
  sameCalls(
    page,
    `(name) => (vendorArgs[${JSON.stringify(events)}[name]] || []).map((detail) => (${JSON.stringify(TAWKTO_NO_DETAIL)}.includes(${JSON.stringify(events)}[name]) ? [] : [detail]))`,
  );

/** The LiveChat wrapper specs' site onNewEvent after the re-render that gives it a new function. */
export const LIVECHAT_NEW_EVENT = 'onNewEvent (re-rendered)';

/**
 * Each site callback's calls in the LiveChat wrapper specs, checked against the widget's own calls of the same event
 * ({@link livechatReference}, sameCalls): the very same argument objects, in order. onNewEvent had the widget's first
 * new_event (before the re-render), {@link LIVECHAT_NEW_EVENT} the others. With `readyAgain` (a component that
 * registers onReady again), each registration got the one `ready` (LiveChat replays it).
 */
export const livechatSiteCalls = (page: Page, readyAgain = false): Promise<Record<string, number | string>> =>
  sameCalls(
    page,
    `(name) => {
      const handlers = Object.assign(${JSON.stringify(LIVECHAT_HANDLERS)}, { [${JSON.stringify(LIVECHAT_NEW_EVENT)}]: 'new_event' });
      const heard = vendorArgs[handlers[name]] || [];
      const first = (siteArgs.onNewEvent || []).length;
      if (name === 'onNewEvent') return heard.slice(0, first);
      if (name === ${JSON.stringify(LIVECHAT_NEW_EVENT)}) return heard.slice(first);
      if (name === 'onReady' && ${readyAgain}) return siteArgs.onReady.map(() => vendorArgs.ready[0]);
      return heard;
    }`,
  );

/**
 * {@link livechatSiteCalls} after the LiveChat wrapper specs' drive (the fake's demo, the re-render between the
 * visitor's and the agent's message, availability and greeting_hidden): each event once, onReady `ready` times.
 */
export const livechatCalls = (ready: number): Record<string, number> => ({
  onReady: ready,
  onGreetingDisplayed: 1,
  onVisibilityChanged: 2,
  onNewEvent: 1,
  [LIVECHAT_NEW_EVENT]: 1,
  onCustomerStatusChanged: 2,
  onRichMessageButtonClicked: 1,
  onRatingSubmitted: 1,
  onFormSubmitted: 1,
  onAvailabilityChanged: 1,
  onGreetingHidden: 1,
});

/** The livechat.spec.ts actions, then the greeting going away (`hidden`); availability_changed maps to nothing. */
export const LIVECHAT_WRAPPER_ACTIONS = [...LIVECHAT_ACTIONS, 'hidden'];

/**
 * What the React, Vue and Angular LiveChat wrapper specs check, around `reRender`, the spec's way of giving the
 * component a new onNewEvent: `drive` (the greeting, open, the visitor's message; the re-render; the other events),
 * `siteCalls` ({@link livechatSiteCalls}), `expectOnce` (every event pushed once, in order, each site callback as
 * `calls` says with the widget's own arguments) and `expected`, what control() compares with.
 */
export function livechatWrapper(reRender: (page: Page) => Promise<unknown>, calls: Record<string, number>, readyAgain = false) {
  const siteCalls = (page: Page) => livechatSiteCalls(page, readyAgain);
  return {
    siteCalls,
    drive: async (page: Page): Promise<void> => {
      await livechatReference(page);
      await livechatClick(page, 0, 3);
      await reRender(page);
      await livechatClick(page, 3);
    },
    expectOnce: async (page: Page): Promise<void> => {
      await expect.poll(() => actions(page, 'livechat')).toEqual(LIVECHAT_WRAPPER_ACTIONS);
      expect(await siteCalls(page)).toEqual(calls);
    },
    expected: { actions: LIVECHAT_WRAPPER_ACTIONS, siteCalls, calls },
  };
}

// react-live-chat-loader (e2e/official/<vendor>-loader.spec.ts).

/**
 * The fake chat button react-live-chat-loader renders until the real widget is there ("Open live chat": its HubSpot
 * component's; its Front component's button has no label, only an SVG titled "Launch Front Chat" in its placeholder).
 */
export const LOADER_BUTTON = '[aria-label="Load Chat"], [aria-label="Open live chat"], .live-chat-loader-placeholder > button';

/**
 * Renders react-live-chat-loader (the bundle `loader`) into #root: `<LiveChatLoaderProvider provider
 * providerKey idlePeriod={0} beforeInit onReady {...props}><Component /></…>`. idlePeriod 0 turns its idle loading off,
 * so only the visitor's hover or click loads the widget. `beforeInit` (the site's hook, called once the vendor's
 * snippet is there) runs `site('beforeInit')` then the page source `setup`, where a spec registers the site's own
 * vendor callbacks; `onReady` (called once the loader considers the widget loaded) is `site('onReady')`.
 */
export const renderLoader = (page: Page, provider: string, component: string, providerKey: string, setup = '', props = '{}'): Promise<void> =>
  run(
    page,
    `{ const { React, createRoot, LiveChatLoaderProvider } = official;
    const beforeInit = () => { site('beforeInit')(); ${setup} };
    createRoot(document.getElementById('root')).render(React.createElement(LiveChatLoaderProvider,
      Object.assign({ provider: ${JSON.stringify(provider)}, providerKey: ${JSON.stringify(providerKey)}, idlePeriod: 0, beforeInit, onReady: site('onReady') }, ${props}),
      React.createElement(official[${JSON.stringify(component)}]))); }`,
  );

/** The fake button removed: the loader considers the widget loaded (its state `complete`; it waits up to 2 s more). */
export const loaderDone = (page: Page): Promise<void> => expect(page.locator(LOADER_BUTTON)).toHaveCount(0, { timeout: 8_000 });

/** How a `<vendor>-loader.spec.ts` drives react-live-chat-loader with one provider, for {@link loaderTests}. */
export interface LoaderScenario {
  /** chatwire's vendor id, also the fake widget's key in `window.chatwireFakes`. */
  vendor: string;
  /** The loader's provider name (`<LiveChatLoaderProvider provider>`) and its component (an export of the package). */
  provider: string;
  component: string;
  /** `providerKey`, as the site passes it (the vendor's app id, widget key or website token). */
  providerKey: string;
  /** More props of `<LiveChatLoaderProvider>` (page source of an object), where the provider needs them. */
  props?: string;
  /** The script the loader adds, answered by `fake` (fixtures/<id>.js). */
  cdn: string | RegExp;
  fake: string;
  /** Page source run in the loader's beforeInit: the site registers its own vendor callbacks (`site(name)`). */
  setup: string;
  /** Runs after the page opened (e.g. the fake's options, as the vendor's script would find its configuration). */
  before?: (page: Page) => Promise<unknown>;
  /** The visitor makes the loader load (and open) the widget; resolves once the widget is loaded. */
  visit: (page: Page) => Promise<unknown>;
  /**
   * The visitor taps the loader's button: on a touch screen a click comes with no hover first, so the loader loads
   * the widget and asks it to open in one go, before chatwire can have attached (most often {@link tapLoader}).
   * Absent where the spec says why the loader's open cannot run.
   */
  tap?: (page: Page) => Promise<unknown>;
  /** The vendor's actions after a tap, where they differ from `actions` (the spec says why). */
  tapActions?: string[];
  /** Whether the loader's onReady runs within the test (it does where its check of the vendor's global succeeds). */
  ready: boolean;
  /** The visitor and the agent use the loaded widget. */
  drive: (page: Page) => Promise<unknown>;
  /** The vendor's actions when chatwire was there before the visit, and when it came after it (GTM). */
  actions: string[];
  lateActions: string[];
  /** How often each site callback ran at the end (the loader's beforeInit and onReady included). */
  calls: Record<string, number>;
}

/**
 * The tests of a loader spec: chatwire at page load, then the visitor's visit; the visit after chatwire's
 * timer tail (page.clock installed before the page loads, its timers run 10 s on after chatwire started: its
 * re-checks end at +9,050 ms, runtime/lib/watchScripts.ts); the widget loaded (and opened) by the loader first, then
 * chatwire, as GTM may load it; with `tap`, chatwire at page load, then the visitor's tap. Each drives the widget and
 * checks that every action is pushed once and every site callback ran as often as `calls` says. The spec declares them (`test(...testCase)`), as the `plugins` project needs.
 */
export function loaderTests(scenario: LoaderScenario): TestCase[] {
  const { vendor, cdn, fake, drive, calls } = scenario;
  /** Opens the page (with `clock`, its clock faked first), then the visitor makes the loader load the widget. */
  const visited = async (page: Page, chatwire: (page: Page) => Promise<unknown>, clock = false, visit = scenario.visit) => {
    if (clock) await page.clock.install();
    await openOfficial(page, 'loader', cdn, fake);
    await scenario.before?.(page);
    await chatwire(page);
    await renderLoader(page, scenario.provider, scenario.component, scenario.providerKey, scenario.setup, scenario.props);
    await visit(page);
    if (scenario.ready) await loaderDone(page);
  };
  /** chatwire started before the visit (a tap, or hover and click), its timer tail over (`tail`, page.clock) or not: each event once. */
  const chatwireFirst =
    (tail: boolean, visit = scenario.visit): TestCase[1] =>
    async ({ page }) => {
      await visited(
        page,
        async () => {
          await loadScript(page, RUNTIME);
          if (tail) await page.clock.runFor(10_000);
        },
        tail,
        visit,
      );
      await drive(page);
      await expectOnce(page, vendor, visit == scenario.tap && scenario.tapActions ? scenario.tapActions : scenario.actions, calls);
    };
  const tests: TestCase[] = [
    ['chatwire at page load, then the visitor makes the loader load the widget: each event once', chatwireFirst(false)],
    ["the visitor comes after chatwire's timer tail has ended: chatwire still attaches, each event once", chatwireFirst(true)],
    [
      'the loader loaded the widget first, then chatwire (GTM): later events once',
      async ({ page }) => {
        await visited(page, () => Promise.resolve());
        await loadScript(page, RUNTIME);
        await expect.poll(() => actions(page, vendor)).toEqual(scenario.lateActions.filter((action) => action == 'loaded'));
        await drive(page);
        await expectOnce(page, vendor, scenario.lateActions, calls);
      },
    ],
  ];
  if (scenario.tap)
    tests.push(['chatwire at page load, then the visitor taps the button (no hover: load and open at once): the listed actions, each once', chatwireFirst(false, scenario.tap)]);
  return tests;
}

/** The loader spec's drive: the fake widget `vendor`'s demo buttons (its `events`) at `indexes`, in order. */
export const fakeEvents =
  (vendor: string, ...indexes: number[]) =>
  (page: Page): Promise<void> =>
    page.evaluate(([id, picked]) => picked.forEach((index) => ((window as any).chatwireFakes[id].events as [string, () => void][])[index][1]()), [vendor, indexes] as const);

/** The loader spec's tap: a click on the loader's button with no hover before it (HTMLElement.click()), as on a touch screen. */
export const tap = (page: Page): Promise<void> => page.locator(LOADER_BUTTON).evaluate((button: HTMLElement) => button.click());

/** The loader spec's tap: the visitor taps the loader's button (see {@link tap}), the fake widget `vendor` loads. */
export const tapLoader =
  (vendor: string) =>
  async (page: Page): Promise<void> => {
    await tap(page);
    await fakeLoaded(page, vendor);
  };

/** The loader spec's visit: the visitor clicks the loader's button (Playwright hovers first), the fake widget `vendor` loads. */
export const clickLoader =
  (vendor: string) =>
  async (page: Page): Promise<void> => {
    await page.click(LOADER_BUTTON);
    await fakeLoaded(page, vendor);
  };
