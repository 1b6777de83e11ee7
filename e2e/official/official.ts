import { type Page } from '@playwright/test';
import { expect, pushes, run } from '../helpers';

/**
 * Opens fixtures/official/<id>.html (the vendor's own npm package, bundled by
 * scripts/official.mjs, as `window.official`) with the recorders of
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
  await page.goto(`/fixtures/official/${id}.html`);
  await recorders(page);
  return logs;
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

// --- React StrictMode (e2e/official/*-strict.spec.ts) ---

/**
 * Renders `element`, the source of a page expression building a React element from `official` (a bundle made
 * with React's development build: fixtures/official/<id>-dev.html), inside <React.StrictMode> into
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
 * React's development build does; with the production build, or without StrictMode, it runs once.
 */
export const doubleMounted = (page: Page): Promise<void> => expect.poll(() => run(page, 'window.effects')).toBe(2);

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
// --- end React StrictMode ---

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
