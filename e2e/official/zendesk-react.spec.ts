import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, pushes, run, test } from '../helpers';
import { actions, calls, doubleMounted, expectOnce, fakeLoaded, openOfficial, renderStrict, strictReacts } from './official';

// react-zendesk 0.1.13 (a third party's React component, MIT, not Zendesk's; read in its src/index.js and lib/index.js),
// its real code with React 18; only Zendesk's static.zdassets.com/ekr/snippet.js?key=… is answered, by
// fixtures/zendesk.js. <Zendesk zendeskKey defer? onLoaded {...settings} />: componentDidMount, where window.zE is
// undefined, appends <script id="ze-snippet" async (or defer)> to <body>, whose load event calls onLoaded, and sets
// window.zESettings to every other prop; componentWillUnmount, where window.zE exists, deletes window.zE and
// window.zESettings (nothing else). ZendeskAPI(...args) calls window.zE(...args), or, before window.zE exists,
// logs console.warn("Zendesk is not initialized yet") and drops the call.
const CDN = /^https:\/\/static\.zdassets\.com\/ekr\/snippet\.js\?key=/;
const FAKE = 'fixtures/zendesk.js';
const WARNING = 'Zendesk is not initialized yet';

/** How a site uses each widget family through the package: its settings props, the callbacks its onLoaded registers, its drive. */
interface Family {
  /** The fake's `family` option: the widget bundle snippet.js adds (what chatwire tells the family by). */
  option: string;
  /** The site's settings props (page source of an object), which the package copies into window.zESettings. */
  props: string;
  /** The site's onLoaded registrations: site callback name → ZendeskAPI arguments before the callback. */
  callbacks: Record<string, string[]>;
  /** The visitor's chat (page source): ZendeskAPI opens and closes the widget, the fake (`f`) emits the rest. */
  drive: string;
  /** chatwire's actions for one drive, in every load order; besides them, the `loaded` it derives on finding zE ({@link derivedLoads}). */
  actions: string[];
  /** The channel of that `loaded`. */
  channel: string;
  /** How often each site callback runs for one mount and one drive. */
  calls: Record<string, number>;
  /** What each site callback got for one mount and one drive ({@link args}). */
  args: Record<string, unknown[][]>;
}

const messagingEvent = (type: string) => `{ id: 'e-${type}', createdAt: 1700000000000, type: '${type}' }`;

const FAMILIES: Record<string, Family> = {
  // The Messaging Web Widget (developer.zendesk.com/api-reference/widget-messaging/web/events): no ready event.
  Messaging: {
    option: 'messenger',
    props: '{}',
    callbacks: { open: ['messenger:on', 'open'], close: ['messenger:on', 'close'], unreadMessages: ['messenger:on', 'unreadMessages'] },
    drive: `ZendeskAPI('messenger', 'open'); f.emit('messenger:conversationStarted', ${messagingEvent('conversationStarted')});
      f.emit('messenger:unreadMessages', 1); f.emit('messenger:proactiveMessageDisplayed', ${messagingEvent('proactiveMessageDisplayed')});
      ZendeskAPI('messenger', 'close')`,
    actions: ['opened', 'started', 'message_received', 'shown', 'closed'],
    channel: 'messaging',
    calls: { onLoaded: 1, open: 1, close: 1, unreadMessages: 1 },
    args: { onLoaded: [[]], open: [['messagingOpened']], close: [['messagingClosed']], unreadMessages: [[1]] },
  },
  // The Web Widget (Classic) (developer.zendesk.com/api-reference/widget/core, …/widget/chat): its settings are
  // zESettings.webWidget, which the site passes as the component's `webWidget` prop.
  'classic Web Widget': {
    option: 'classic',
    props: `{ webWidget: { color: { theme: '#000' } } }`,
    callbacks: {
      connected: ['webWidget:on', 'chat:connected'],
      open: ['webWidget:on', 'open'],
      close: ['webWidget:on', 'close'],
      unreadMessages: ['webWidget:on', 'chat:unreadMessages'],
    },
    drive: `ZendeskAPI('webWidget', 'open'); f.emit('webWidget:chat:start'); f.emit('Chat Served by Operator', { agent: 'Sam Support' });
      f.emit('webWidget:chat:unreadMessages', 1); f.emit('webWidget:chat:end'); ZendeskAPI('webWidget', 'close')`,
    // The page shows it runs Classic (the bundle's path, zESettings.webWidget): its `loaded` is chatwire's on finding zE,
    // so a chatwire that comes after the chat connected (not replayed: docs/vendors/zendesk.md, Limits) still pushes it.
    actions: ['opened', 'started', 'agent_joined', 'message_received', 'ended', 'closed'],
    channel: 'chat',
    // chat:unreadMessages: once at registration (the count, 0), once for the reply.
    calls: { onLoaded: 1, connected: 1, open: 1, close: 1, unreadMessages: 2 },
    args: { onLoaded: [[]], connected: [[]], open: [[]], close: [[]], unreadMessages: [[0], [1]] },
  },
};

/** The site's <Zendesk> element (page source): `zendeskKey`, `onLoaded` registering the family's callbacks through ZendeskAPI, the family's settings, `extra` props. */
const element = (family: Family, extra = '{}') => `React.createElement(official.Zendesk, Object.assign({
    zendeskKey: 'a1b2c3d4-key',
    onLoaded: () => {
      site('onLoaded')();
      Object.entries(${JSON.stringify(family.callbacks)}).forEach(([name, args]) => official.ZendeskAPI(...args, site(name)));
    },
  }, ${family.props}, ${extra}))`;

/** Opens the page (only snippet.js answered, by the fake, marked as running `family`); `hold` delays snippet.js. */
const open = async (page: Page, family: Family, bundle = 'zendesk-react', hold?: () => Promise<unknown>) => {
  const logs = await openOfficial(page, bundle, CDN, FAKE, hold);
  await run(page, `window.fakeZendeskOptions = { family: '${family.option}' }; window.ZendeskAPI = official.ZendeskAPI`);
  return logs;
};

/** Renders the site's <Zendesk> into `window.reactRoot` (made once, kept for a re-mount). */
const render = (page: Page, family: Family, extra?: string) =>
  run(
    page,
    `{ const { React, createRoot } = official;
    window.reactRoot = window.reactRoot || createRoot(document.getElementById('root'));
    reactRoot.render(${element(family, extra)}); }`,
  );

/** The widget loaded (the fake) and the package's onLoaded ran `times` times. */
const loaded = async (page: Page, times = 1) => {
  await fakeLoaded(page, 'zendesk');
  await expect.poll(async () => (await calls(page)).onLoaded).toBe(times);
};

/** The visitor's chat, driven through ZendeskAPI and the fake's controls. */
const drive = (page: Page, family: Family) => run(page, `{ const f = chatwireFakes.zendesk; ${family.drive}; }`);

/** The arguments each site callback got, a Messaging event object as its `type`: the widget's own, nothing added or lost on the way. */
const args = (page: Page) =>
  run<Record<string, unknown[][]>>(
    page,
    `Object.fromEntries(Object.entries(siteArgs).map(([name, calls]) => [name, calls.map((list) => list.map((arg) => (arg && typeof arg === 'object' ? arg.type : arg)))]))`,
  );

/** The package's script elements: their id and their `async` / `defer` attributes. */
const scripts = (page: Page) =>
  run<string[]>(
    page,
    `Array.from(document.querySelectorAll('script[src*="ekr/snippet.js"]')).map((s) => s.id + (s.hasAttribute('async') ? ' async' : '') + (s.hasAttribute('defer') ? ' defer' : ''))`,
  );

/** Each of the family's site callback counts `times` over: onLoaded run `times` times, so each callback registered as often. */
const scaled = (family: Family, times: number) => Object.fromEntries(Object.entries(family.calls).map(([name, count]) => [name, count * times]));

/** The channel of each `loaded` chatwire derived on finding the widget's zE (Zendesk has no widget ready event). */
const derivedLoads = async (page: Page) =>
  (await pushes(page))
    .filter((push) => push.chat.vendor === 'zendesk' && push.chat.vendor_event === 'chatwire:attached' && push.chat.action === 'loaded')
    .map((push) => push.chat.channel);

/** How many callbacks the widget holds for one registration key (chatwire's and the site's). */
const registered = (page: Page, key: string) => run<number>(page, `(chatwireFakes.zendesk.listeners[${JSON.stringify(key)}] || []).length`);

for (const [name, family] of Object.entries(FAMILIES)) {
  const on = family.callbacks.open[0].split(':')[0];
  test.describe(`react-zendesk, ${name}`, () => {
    test('chatwire first, then the app renders <Zendesk>: each action pushed once, the site callbacks from onLoaded once per event', async ({ page }) => {
      await open(page, family);
      await loadScript(page, RUNTIME);
      await render(page, family);
      await loaded(page);
      await drive(page, family);
      await expectOnce(page, 'zendesk', family.actions, family.calls);
      expect(await derivedLoads(page)).toEqual([family.channel]);
      expect(await args(page)).toEqual(family.args);
      expect(await scripts(page)).toEqual(['ze-snippet async']);
      // One chatwire callback beside the site's own.
      expect(await registered(page, `${on}:open`)).toBe(2);
    });

    test('control, without chatwire: the site callbacks run exactly as with it, nothing is pushed', async ({ page }) => {
      await open(page, family);
      await render(page, family);
      await loaded(page);
      await drive(page, family);
      await expect.poll(() => calls(page)).toEqual(family.calls);
      expect(await args(page)).toEqual(family.args);
      expect(await run(page, 'window.dataLayer')).toBeUndefined();
      expect(await registered(page, `${on}:open`)).toBe(1);
    });

    test('the app renders (snippet.js requested, held), chatwire starts, then snippet.js arrives: each action pushed once', async ({ page }) => {
      await open(page, family, 'zendesk-react', () => expect.poll(() => page.evaluate('!!window.chatwire')).toBe(true));
      await render(page, family);
      // The package makes no stub: nothing defines zE before snippet.js runs.
      expect(await scripts(page)).toEqual(['ze-snippet async']);
      expect(await run(page, 'typeof window.zE')).toBe('undefined');
      await loadScript(page, RUNTIME);
      await loaded(page);
      await drive(page, family);
      await expectOnce(page, 'zendesk', family.actions, family.calls);
      expect(await derivedLoads(page)).toEqual([family.channel]);
    });

    test('the widget fully loaded (onLoaded ran), then chatwire (the GTM order): later events pushed once', async ({ page }) => {
      await open(page, family);
      await render(page, family);
      await loaded(page);
      // Classic: the chat connected and the registration's unread report, before chatwire.
      if (on === 'webWidget') await expect.poll(() => calls(page)).toEqual({ onLoaded: 1, connected: 1, unreadMessages: 1 });
      await loadScript(page, RUNTIME);
      await expect.poll(() => registered(page, `${on}:open`)).toBe(2);
      await drive(page, family);
      await expectOnce(page, 'zendesk', family.actions, family.calls);
      expect(await derivedLoads(page)).toEqual([family.channel]);
      expect(await args(page)).toEqual(family.args);
    });
  });
}

const MESSAGING = FAMILIES.Messaging;

test.describe('react-zendesk, Messaging: the package', () => {
  // `defer` applies to scripts in the page's HTML only: a script element inserted by script is async all the same
  // (its `async` property stays true), so it runs as soon as it arrives, as without `defer`.
  test('defer: the script element gets defer instead of async, still runs as it arrives: the same pushes', async ({ page }) => {
    await open(page, MESSAGING);
    await loadScript(page, RUNTIME);
    await render(page, MESSAGING, '{ defer: true }');
    await loaded(page);
    expect(await scripts(page)).toEqual(['ze-snippet defer']);
    expect(await run(page, `document.getElementById('ze-snippet').async`)).toBe(true);
    // `defer` is the package's own prop: it is not handed to Zendesk's settings.
    expect(await run(page, `Object.keys(window.zESettings)`)).toEqual(['onLoaded']);
    await drive(page, MESSAGING);
    await expectOnce(page, 'zendesk', MESSAGING.actions, MESSAGING.calls);
  });

  // React 18's development build and React 19's (the package's class component adds the script in componentDidMount
  // and removes zE in componentWillUnmount: StrictMode's unmount and re-mount run both with either React).
  for (const { react, id } of strictReacts('zendesk-react'))
    for (const chatwire of [true, false]) {
      test(`React ${react} StrictMode (development build)${chatwire ? ', chatwire first' : ', control without chatwire'}: two snippet.js scripts, onLoaded twice, each site callback twice per event${chatwire ? '; each action pushed once' : ''}`, async ({
        page,
      }) => {
        await open(page, MESSAGING, id);
        if (chatwire) await loadScript(page, RUNTIME);
        await renderStrict(page, element(MESSAGING));
        await doubleMounted(page);
        // Mount, unmount (zE not there yet: nothing to delete), mount again (still no zE): a second script.
        await loaded(page, 2);
        expect(await scripts(page)).toEqual(['ze-snippet async', 'ze-snippet async']);
        // snippet.js's second copy finds zEACLoaded set and loads nothing (the fake, as snippet.js's shipped code).
        expect(await registered(page, 'messenger:open')).toBe(chatwire ? 3 : 2);
        await drive(page, MESSAGING);
        if (chatwire) await expectOnce(page, 'zendesk', MESSAGING.actions, scaled(MESSAGING, 2));
        else {
          await expect.poll(() => calls(page)).toEqual(scaled(MESSAGING, 2));
          expect(await run(page, 'window.dataLayer')).toBeUndefined();
        }
      });
    }

  for (const chatwire of [true, false]) {
    test(`unmount and re-mount (an SPA route)${chatwire ? '' : ', control without chatwire'}: unmount deletes zE, not the widget; the re-mount's snippet.js makes a queue nothing replays${
      chatwire ? '; chatwire pushes nothing twice, and nothing after the re-mount' : ''
    }`, async ({ page }) => {
      const logs = await open(page, MESSAGING);
      await render(page, MESSAGING);
      await loaded(page);
      if (chatwire) await loadScript(page, RUNTIME);
      await drive(page, MESSAGING);
      const first = chatwire ? MESSAGING.actions : [];
      if (chatwire) await expectOnce(page, 'zendesk', first, MESSAGING.calls);
      else await expect.poll(() => calls(page)).toEqual(MESSAGING.calls);

      // Unmount: the package deletes window.zE and window.zESettings; the script element, zEACLoaded and the widget stay.
      await run(page, 'reactRoot.unmount(); window.reactRoot = undefined');
      expect(await run(page, `[typeof window.zE, typeof window.zESettings, window.zEACLoaded, document.querySelectorAll('#ze-snippet').length]`)).toEqual([
        'undefined',
        'undefined',
        true,
        1,
      ]);
      // The site's ZendeskAPI now only warns; the widget, still on the page, is opened by the visitor (its launcher).
      await run(page, `ZendeskAPI('messenger', 'open')`);
      expect(logs.filter((line) => line === WARNING)).toEqual([WARNING]);
      await run(page, `chatwireFakes.zendesk.events.find(([label]) => label === 'messenger open')[1]()`);
      await expect.poll(async () => (await calls(page)).open).toBe(2);
      expect(await actions(page, 'zendesk')).toEqual(chatwire ? [...first, 'opened'] : []);

      // Re-mount: no zE, so a second script; snippet.js finds zEACLoaded and only makes its queueing zE.
      await render(page, MESSAGING);
      await expect.poll(async () => (await calls(page)).onLoaded).toBe(2);
      expect(await scripts(page)).toEqual(['ze-snippet async', 'ze-snippet async']);
      // The new onLoaded's registrations and the site's commands wait in that queue: nothing runs them.
      await run(page, `ZendeskAPI('messenger', 'close')`);
      // The widget's own close reaches the first mount's callbacks only; chatwire moved to the new zE (the queue).
      await run(page, `chatwireFakes.zendesk.events.find(([label]) => label === 'messenger close')[1]()`);
      await expect.poll(async () => (await calls(page)).close).toBe(2);
      expect(await calls(page)).toEqual({ onLoaded: 2, open: 2, close: 2, unreadMessages: 1 });
      expect(await actions(page, 'zendesk')).toEqual(chatwire ? [...first, 'opened'] : []);
      if (!chatwire) expect(await run(page, 'window.dataLayer')).toBeUndefined();
    });
  }

  for (const chatwire of [true, false]) {
    test(`ZendeskAPI before the widget loaded${chatwire ? '' : ', control without chatwire'}: the package warns and drops the call (no queue of its own)`, async ({ page }) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const logs = await open(page, MESSAGING, 'zendesk-react', () => held);
      if (chatwire) await loadScript(page, RUNTIME);
      // Before the render, and after it with snippet.js on its way: window.zE is undefined both times.
      await run(page, `ZendeskAPI('messenger', 'open')`);
      await render(page, MESSAGING);
      await expect.poll(() => scripts(page)).toEqual(['ze-snippet async']);
      await run(page, `ZendeskAPI('messenger:on', 'open', site('early open'))`);
      expect(logs.filter((line) => line === WARNING)).toEqual([WARNING, WARNING]);
      release();
      await loaded(page);
      await drive(page, MESSAGING);
      // The dropped open never happened, the dropped callback never runs; the rest as usual.
      if (chatwire) await expectOnce(page, 'zendesk', MESSAGING.actions, MESSAGING.calls);
      else {
        await expect.poll(() => calls(page)).toEqual(MESSAGING.calls);
        expect(await run(page, 'window.dataLayer')).toBeUndefined();
      }
      expect(logs.filter((line) => line === WARNING)).toHaveLength(2);
    });
  }
});
