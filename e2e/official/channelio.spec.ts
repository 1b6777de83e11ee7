import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, pushes, run, test } from '../helpers';
import { calls, openOfficial, pushed } from './official';

// @channel.io/channel-web-sdk-loader (Channel Talk's official loader), its real code; only
// cdn.channel.io/plugin/ch-plugin-web.js is answered, by fixtures/channelio.js.
const CDN = 'https://cdn.channel.io/plugin/ch-plugin-web.js';
const fake = 'window.chatwireFakes.channelio';

/** The package's loadScript, boot and every on… function of the events chatwire maps, plus onBadgeChanged, as a site calls them. */
const SITE = `const o = official; o.loadScript(); o.boot({ pluginKey: 'k-1' }, site('boot'));
  ['onShowMessenger', 'onHideMessenger', 'onChatCreated', 'onFollowUpChanged', 'onBadgeChanged'].forEach((name) => o[name](site(name)));`;

/** A session through the package's own commands; what only the messenger itself can do goes through the fake. */
const converse = (page: Page) =>
  run(
    page,
    `const o = official; o.showMessenger(); o.openChat();
    ${fake}.emit('onFollowUpChanged', { name: 'Jane Doe', email: 'jane.doe@example.com', mobileNumber: '+821012345678' });
    ${fake}.emit('onBadgeChanged', 1, 1); o.hideMessenger();`,
  );
const EVENTS = ['onShowMessenger → opened', 'onChatCreated → started', 'onFollowUpChanged → lead', 'onFollowUpChanged → lead', 'onHideMessenger → closed'];
const ONCE = { boot: 1, onShowMessenger: 1, onHideMessenger: 1, onChatCreated: 1, onFollowUpChanged: 1, onBadgeChanged: 1 };
/** chatwire holds the stub's `c`: its filter is in place. */
const attached = (page: Page) => page.waitForFunction(() => typeof Object.getOwnPropertyDescriptor((window as any).ChannelIO || {}, 'c')?.get == 'function');
const booted = (page: Page) => expect.poll(() => run(page, `!!window.chatwireFakes?.channelio?.booted()`)).toBe(true);

for (const slots of ['single', 'multi']) {
  test.describe(`${slots}-slot SDK`, () => {
    test('chatwire first, then loadScript, boot and the on… functions: each event pushed once, each callback once', async ({ page }) => {
      // ch-plugin-web.js answers once chatwire has taken the stub's `c`: the network time a real script takes.
      await openOfficial(page, 'channelio', CDN, 'fixtures/channelio.js', () => attached(page));
      await run(page, `window.fakeChannelIOOptions = { slots: '${slots}' }`);
      await loadScript(page, RUNTIME);
      await run(page, SITE);
      await booted(page);
      await converse(page);
      await expect.poll(() => pushed(page, 'channelio')).toEqual(EVENTS);
      expect(await calls(page)).toEqual(ONCE);
    });

    test('loadScript, boot and the on… functions (the stub), then chatwire, then ch-plugin-web.js: each event pushed once, each callback once', async ({ page }) => {
      await openOfficial(page, 'channelio', CDN, 'fixtures/channelio.js', () => attached(page));
      await run(page, `window.fakeChannelIOOptions = { slots: '${slots}' }; ${SITE}`);
      // The loader's stub, as documented: a function with its queue and its `c`, every call queued.
      expect(await run(page, `[Object.keys(ChannelIO).sort(), ChannelIO.q.length, window.ChannelIOInitialized]`)).toEqual([['c', 'q'], 6, true]);
      await loadScript(page, RUNTIME);
      await booted(page);
      await converse(page);
      await expect.poll(() => pushed(page, 'channelio')).toEqual(EVENTS);
      expect(await calls(page)).toEqual(ONCE);
      // A second loadScript() is a no-op (`if (w.ChannelIO) return`): still one push per event.
      await run(page, `official.loadScript(); official.showMessenger()`);
      await expect.poll(() => pushed(page, 'channelio')).toEqual([...EVENTS, 'onShowMessenger → opened']);
      expect((await calls(page)).onShowMessenger).toBe(2);
    });

    test('messenger booted, then chatwire (the GTM order): left alone but for loaded, says so in debug, every callback still runs once', async ({ page }) => {
      const logs = await openOfficial(page, 'channelio', CDN, 'fixtures/channelio.js');
      await run(page, `window.fakeChannelIOOptions = { slots: '${slots}' }; ${SITE}`);
      await booted(page);
      await run(page, 'window.chatwireConfig = { debug: true }');
      await loadScript(page, RUNTIME);
      await expect.poll(() => logs.some((text) => text.startsWith('[chatwire] channelio left alone:'))).toBe(true);
      await converse(page);
      expect(await calls(page)).toEqual(ONCE);
      expect(await pushed(page, 'channelio')).toEqual([]);
      expect((await pushes(page)).map((push) => `${push.chat.vendor} ${push.chat.vendor_event} → ${push.chat.action}`)).toEqual(['channelio chatwire:attached → loaded']);
    });
  });
}
