import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, pushes, run, test } from '../helpers';
import { calls, expectOnce, fakeLoaded, openOfficial } from './official';

// react-use-zendesk 2.0.0 (a third party's React provider for the Messaging Web Widget, MIT, not Zendesk's; read in its
// dist/index.mjs), its real code with React 18; only Zendesk's static.zdassets.com/ekr/snippet.js?key=… is answered, by
// fixtures/zendesk.js. <ZendeskProvider apiKey on…>: its effect, once the document has loaded, deletes any window.zE,
// zEmbed and zEACLoaded and any #ze-snippet script, then adds <script id="ze-snippet" async> whose load registers one
// callback per Messaging event through window.zE('messenger:on', name, fn), each calling the site's on… prop: open,
// close, unreadMessages, proactiveMessageDisplayed/Clicked, conversationStarted/Opened, newConversationButtonClicked,
// conversationWithAgentRequested, conversationAgentAssigned, messagesShown. useZendesk() gives open(), close(), … which
// call window.zE. Its event names are the ones chatwire's conversation events rely on (unconfirmed in Zendesk's docs,
// docs/vendors/zendesk.md): this spec shows chatwire and the package sharing them, each callback once.
const CDN = /^https:\/\/static\.zdassets\.com\/ekr\/snippet\.js\?key=/;
const FAKE = 'fixtures/zendesk.js';
/** The fake's Messaging conversation (fixtures/zendesk.js). */
const CONVERSATION = '6564a1f2c0d3e4b5a6978899';

/** The site's on… props, each a recorder named after the event. */
const PROPS = {
  onOpen: 'open',
  onClose: 'close',
  onUnreadMessages: 'unreadMessages',
  onConversationStarted: 'conversationStarted',
  onConversationWithAgentRequested: 'conversationWithAgentRequested',
  onConversationAgentAssigned: 'conversationAgentAssigned',
  onMessagesShown: 'messagesShown',
};

/** The visitor's chat: opened through useZendesk(), the conversation events and a reply from the fake, closed again. */
const DRIVE = `{ const f = chatwireFakes.zendesk; const click = (label) => f.events.find(([name]) => name === label)[1]();
  zendesk.open(); click('messenger conversation starts'); click('messenger agent requested'); click('messenger agent assigned');
  click('messenger bot button'); f.emit('messenger:unreadMessages', 1); zendesk.close(); }`;
/** chatwire's actions for one drive, besides the `loaded` it derives on finding zE (the bot button: the package does not listen to it). */
const ACTIONS = ['opened', 'started', 'agent_requested', 'agent_joined', 'question_answered', 'message_received', 'closed'];
/** How often each site callback runs for one drive. */
const CALLS = { open: 1, conversationStarted: 1, conversationWithAgentRequested: 1, conversationAgentAssigned: 1, unreadMessages: 1, close: 1 };

/** Opens the page (snippet.js answered by the fake, marked as running Messaging); `hold` delays snippet.js. */
const open = async (page: Page, hold?: () => Promise<unknown>) => {
  await openOfficial(page, 'zendesk-use', CDN, FAKE, hold);
  await run(page, `window.fakeZendeskOptions = { family: 'messenger' }`);
};

/** Renders the site's <ZendeskProvider> with its on… props and a child that keeps useZendesk() in `window.zendesk`. */
const render = (page: Page) =>
  run(
    page,
    `{ const { React, createRoot, ZendeskProvider, useZendesk } = official;
    const Child = () => { window.zendesk = useZendesk(); return null; };
    const props = Object.fromEntries(Object.entries(${JSON.stringify(PROPS)}).map(([prop, name]) => [prop, site(name)]));
    createRoot(document.getElementById('root')).render(React.createElement(ZendeskProvider, Object.assign({ apiKey: 'a1b2c3d4-key' }, props), React.createElement(Child))); }`,
  );

/** How many callbacks the widget holds for one Messaging event (the package's and chatwire's). */
const registered = (page: Page, name: string) => run<number>(page, `(chatwireFakes.zendesk.listeners['messenger:${name}'] || []).length`);

/** The widget loaded and the package registered its callbacks (`withChatwire`: chatwire's beside them). */
const ready = async (page: Page, withChatwire: boolean) => {
  await fakeLoaded(page, 'zendesk');
  await expect.poll(() => registered(page, 'conversationAgentAssigned')).toBe(withChatwire ? 2 : 1);
};

/** chatwire's pushes for the conversation events: their conversation ids, and the `loaded` it derives on finding zE. */
const details = async (page: Page) => {
  const zendesk = (await pushes(page)).filter((push) => push.chat.vendor === 'zendesk');
  return {
    loaded: zendesk.filter((push) => push.chat.vendor_event === 'chatwire:attached').map((push) => push.chat.channel),
    ids: zendesk.filter((push) => /conversation/.test(String(push.chat.vendor_event))).map((push) => push.chat.conversation_id),
  };
};

/** The site's conversationAgentAssigned callback got the widget's own event object, its conversation intact. */
const siteSawConversation = (page: Page) => run(page, `siteArgs.conversationAgentAssigned[0][0].payload.conversation.id`);

test.describe('react-use-zendesk (Messaging)', () => {
  test('chatwire first, then the app renders <ZendeskProvider>: each action pushed once with the conversation id, the site callbacks once per event', async ({ page }) => {
    await open(page);
    await loadScript(page, RUNTIME);
    await render(page);
    await ready(page, true);
    await run(page, DRIVE);
    await expectOnce(page, 'zendesk', ACTIONS, CALLS);
    expect(await details(page)).toEqual({ loaded: ['messaging'], ids: [CONVERSATION, CONVERSATION, CONVERSATION] });
    expect(await siteSawConversation(page)).toBe(CONVERSATION);
  });

  test('control, without chatwire: the site callbacks run exactly as with it, nothing is pushed', async ({ page }) => {
    await open(page);
    await render(page);
    await ready(page, false);
    await run(page, DRIVE);
    await expect.poll(() => calls(page)).toEqual(CALLS);
    expect(await siteSawConversation(page)).toBe(CONVERSATION);
    expect(await run(page, 'window.dataLayer')).toBeUndefined();
  });

  test('the app renders (snippet.js requested, held), chatwire starts, then snippet.js arrives: each action pushed once', async ({ page }) => {
    await open(page, () => expect.poll(() => page.evaluate('!!window.chatwire')).toBe(true));
    await render(page);
    await expect.poll(() => run(page, `document.querySelectorAll('#ze-snippet').length`)).toBe(1);
    expect(await run(page, 'typeof window.zE')).toBe('undefined');
    await loadScript(page, RUNTIME);
    await ready(page, true);
    await run(page, DRIVE);
    await expectOnce(page, 'zendesk', ACTIONS, CALLS);
    expect(await details(page)).toEqual({ loaded: ['messaging'], ids: [CONVERSATION, CONVERSATION, CONVERSATION] });
  });

  test('the widget fully loaded and the provider registered, then chatwire (the GTM order): each later action pushed once, the site callbacks once', async ({ page }) => {
    await open(page);
    await render(page);
    await ready(page, false);
    await loadScript(page, RUNTIME);
    await expect.poll(() => registered(page, 'conversationAgentAssigned')).toBe(2);
    await run(page, DRIVE);
    await expectOnce(page, 'zendesk', ACTIONS, CALLS);
    expect(await details(page)).toEqual({ loaded: ['messaging'], ids: [CONVERSATION, CONVERSATION, CONVERSATION] });
    expect(await siteSawConversation(page)).toBe(CONVERSATION);
  });
});
