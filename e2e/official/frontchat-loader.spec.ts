import { type Page } from '@playwright/test';
import { expect, run, test } from '../helpers';
import { LOADER_BUTTON, fakeLoaded, loaderTests, tap } from './official';

// react-live-chat-loader 2.11.0, provider 'front' (its real code): hovering its fake button adds
// https://chat-assets.frontapp.com/v1/chat.bundle.js (id `front-chat-script`), whose `onload` calls the site's
// beforeInit, then FrontChat('init', { chatId: providerKey, onInitCompleted }); onInitCompleted sets the loader's
// state, calls onReady and sets `FrontChat.hasInitialized`. Its open() (the click) waits (requestIdleCallback) for
// `hasInitialized`, then calls FrontChat('show'). Only that script is answered, by fixtures/frontchat.js with
// `{ init: false }`: the loader makes the init call.

/** The loader's show opened the panel (once `onInitCompleted` ran). */
const opened = (page: Page) => expect.poll(() => run(page, 'window.chatwireFakes?.frontchat?.state.open')).toBe(true);

loaderTests({
  vendor: 'frontchat',
  provider: 'front',
  component: 'Front',
  providerKey: 'e7a4d1f2c9b8a6d5e4f3a2b1c0d9e8f7',
  cdn: 'https://chat-assets.frontapp.com/v1/chat.bundle.js',
  fake: 'fixtures/frontchat.js',
  before: (page) => run(page, 'window.fakeFrontChatOptions = { init: false }'),
  // The site's own handler, registered before init (Front reports the current count on registration).
  setup: `FrontChat('onUnreadChange', site('onUnreadChange'))`,
  // The hover alone: the widget initializes within milliseconds and the loader removes its button, so there is no
  // button left to click (a click before the script ran would add it a second time: the loader checks `window.FrontChat`).
  visit: async (page) => {
    await page.hover(LOADER_BUTTON);
    await fakeLoaded(page, 'frontchat');
  },
  // The tap loads and opens: the loader's show, once `onInitCompleted` ran, opens the panel.
  tap: async (page) => {
    await tap(page);
    await opened(page);
  },
  ready: true,
  // The visitor closes the panel (open after the tap), then the agent replies: the unread count rises.
  drive: (page) => run(page, "FrontChat('hide'); chatwireFakes.frontchat.reply()"),
  // Front has no other event; its `loaded` is derived when chatwire finds FrontChat (vendor_event chatwire:…, not counted here).
  actions: ['message_received'],
  lateActions: ['message_received'],
  // onUnreadChange: the registration's report (0), then the reply (1).
  calls: { beforeInit: 1, onUnreadChange: 2, onReady: 1 },
}).forEach((testCase) => test(...testCase));
