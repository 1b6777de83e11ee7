import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, pushes, run, test } from '../helpers';
import { calls, openOfficial, pushed } from './official';

// crisp-sdk-web (Crisp's npm wrapper), its real code; only client.crisp.chat/l.js is answered, by fixtures/crisp.js.
const CDN = 'https://client.crisp.chat/l.js';
const WEBSITE = 'f1e2d3c4-0000-4000-8000-123456789abc';
const fake = 'window.chatwireFakes.crisp';

/** Every event callback crisp-sdk-web offers for the events chatwire maps, registered as a site does. */
const CALLBACKS = {
  'session.onLoaded': 'session:loaded',
  'chat.onChatInitiated': 'chat:initiated',
  'chat.onChatOpened': 'chat:opened',
  'chat.onChatClosed': 'chat:closed',
  'message.onMessageSent': 'message:sent',
  'message.onMessageReceived': 'message:received',
  'user.onEmailChanged': 'user:email:changed',
  'user.onPhoneChanged': 'user:phone:changed',
};
/** `Crisp.user.on…Changed` only registers once the chatbox is injected; the others queue into the array at once. */
const register = (page: Page, which: string[]) =>
  run(page, `${JSON.stringify(which)}.forEach((path) => { const [part, method] = path.split('.'); official.Crisp[part][method](site(path)); })`);
const EARLY = Object.keys(CALLBACKS).filter((path) => !path.startsWith('user.'));
const USER = Object.keys(CALLBACKS).filter((path) => path.startsWith('user.'));

/** A conversation through the package's own calls; what only the chatbox itself can do goes through the fake. */
const converse = (page: Page) =>
  // A React re-render registers onChatOpened again (crisp-sdk-web pushes an off first): still one call per open.
  run(
    page,
    `const { Crisp } = official; Crisp.chat.onChatOpened(site('chat.onChatOpened')); Crisp.chat.open();
    Crisp.message.sendText('Hi, I am Jane'); ${fake}.emit('message:received', ${fake}.message('operator', 'Hello'));
    ${fake}.emit('user:email:changed', 'jane.doe@example.com'); ${fake}.emit('user:phone:changed', '+1 415 555 0100'); Crisp.chat.close()`,
  );

const EVENTS = [
  'session:loaded → loaded',
  'chat:opened → opened',
  'chat:initiated → started',
  'message:sent → message_sent',
  'message:received → message_received',
  'user:email:changed → lead',
  'user:phone:changed → lead',
  'chat:closed → closed',
];
const ONCE = Object.fromEntries(Object.keys(CALLBACKS).map((path) => [path, 1]));
const attached = (page: Page) => page.waitForFunction(() => Array.isArray((window as any).$crisp) && (window as any).$crisp.push !== Array.prototype.push);

test('chatwire first, then Crisp.configure and the callbacks: each event pushed once, each callback once', async ({ page }) => {
  // l.js answers once chatwire has seen the array: the network time a real l.js takes.
  await openOfficial(page, 'crisp', CDN, 'fixtures/crisp.js', () => attached(page));
  await loadScript(page, RUNTIME);
  await run(page, `official.Crisp.configure('${WEBSITE}')`);
  await register(page, [...EARLY, ...USER]);
  await expect.poll(() => run(page, `window.chatwireFakes?.crisp?.loaded === true`)).toBe(true);
  await converse(page);
  await expect.poll(() => pushed(page, 'crisp')).toEqual(EVENTS);
  expect(await calls(page)).toEqual(ONCE);
});

test('Crisp queue first (autoload off), then chatwire, then Crisp.load(): each event pushed once, each callback once', async ({ page }) => {
  await openOfficial(page, 'crisp', CDN, 'fixtures/crisp.js');
  await run(page, `official.Crisp.configure('${WEBSITE}', { autoload: false })`);
  await register(page, EARLY);
  await loadScript(page, RUNTIME);
  await attached(page);
  await run(page, `official.Crisp.load()`);
  await register(page, USER);
  await expect.poll(() => run(page, `window.chatwireFakes?.crisp?.loaded === true`)).toBe(true);
  await converse(page);
  await expect.poll(() => pushed(page, 'crisp')).toEqual(EVENTS);
  expect(await calls(page)).toEqual(ONCE);
});

test('chatbox fully loaded, then chatwire: left alone but for loaded, says so in debug, every callback still runs once', async ({ page }) => {
  const logs = await openOfficial(page, 'crisp', CDN, 'fixtures/crisp.js');
  await run(page, `official.Crisp.configure('${WEBSITE}')`);
  await register(page, [...EARLY, ...USER]);
  await expect.poll(() => run(page, `window.chatwireFakes?.crisp?.loaded === true && typeof window.$crisp.is == 'function'`)).toBe(true);
  await run(page, 'window.chatwireConfig = { debug: true }');
  await loadScript(page, RUNTIME);
  await expect.poll(() => logs.some((text) => text.startsWith('[chatwire] crisp left alone:'))).toBe(true);
  await converse(page);
  expect(await calls(page)).toEqual(ONCE);
  expect(await pushed(page, 'crisp')).toEqual([]);
  expect((await pushes(page)).map((push) => `${push.chat.vendor} ${push.chat.vendor_event} → ${push.chat.action}`)).toEqual(['crisp chatwire:attached → loaded']);
});

test("callbacks registered in CRISP_READY_TRIGGER, inside l.js before chatwire's next check: each event pushed once, each callback once", async ({ page }) => {
  await openOfficial(page, 'crisp', CDN, 'fixtures/crisp.js');
  // autoload off: the queue exists once the site first uses it.
  await run(page, `official.Crisp.configure('${WEBSITE}', { autoload: false }); official.Crisp.session.setData({ plan: 'pro' })`);
  await loadScript(page, RUNTIME);
  await attached(page);
  // Crisp's documented ready hook runs inside the chatbox script: the site's off/on reach the chatbox at once.
  await run(
    page,
    `window.CRISP_READY_TRIGGER = () => ${JSON.stringify(Object.keys(CALLBACKS))}.forEach((path) => {
      const [part, method] = path.split('.'); official.Crisp[part][method](site(path)); });
    official.Crisp.load()`,
  );
  await expect.poll(() => run(page, `window.chatwireFakes?.crisp?.loaded === true`)).toBe(true);
  await converse(page);
  await expect.poll(() => pushed(page, 'crisp')).toEqual(EVENTS);
  // The fake calls CRISP_READY_TRIGGER after session:loaded: the site's onLoaded never runs, with or without chatwire.
  const { 'session.onLoaded': _, ...others } = ONCE;
  expect(await calls(page)).toEqual(others);
});
