// Bundles the vendors' official npm packages (their real code, pinned in
// devDependencies) into browser scripts for the e2e tests in e2e/official/:
// build/official/<id>.js sets `window.official` to what the package exports.
// Only the vendor's CDN script is answered by a fake there (page.route); the
// package code itself is never faked. Run by `npm run build`.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';

/** Vendor id → the module that exposes the package (React ones bring React and react-dom's createRoot). */
export const packages = {
  crisp: `export * from 'crisp-sdk-web';`,
  livechat: `export * from '@livechat/widget-core';`,
  // CommonJS: its names are listed (rollup cannot re-export `*` from it).
  intercom: `export { Intercom, boot, update, shutdown, show, hide, onShow, onHide, onUnreadCountChange, onUserEmailSupplied } from '@intercom/messenger-js-sdk';`,
  tawkto: `export { default as TawkMessengerReact } from '@tawk.to/tawk-messenger-react';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  customerly: `export * from 'react-live-chat-customerly';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  // A React component library (no CDN script, no window global); its dependency range asks for React 19 but its
  // peerDependencies accept React 18, so it is bundled with the project's React 18 (one React per page, see dedupe).
  botpress: `export { Fab, Composer } from '@botpress/webchat';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  // The widget as React components: RuntimeProvider broadcasts the voiceflow:* window messages itself.
  // Its build calls a global regeneratorRuntime (for react-speech-recognition): the package's own dependency provides it, first.
  voiceflow: `import 'regenerator-runtime/runtime.js';
    export { RuntimeProvider, ChatWidget, AssistantOptions, ChatConfig } from '@voiceflow/react-chat';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  // Userlike's Messenger API loader: createMessenger() fetches the messenger's manifest and runs its scripts in a hidden iframe.
  userlike: `export * from '@userlike/messenger';`,
  // LiveChat's React component over @livechat/widget-core: its effects create, update and destroy the widget.
  'livechat-react': `export * from '@livechat/widget-react';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  // Tawk.to's Vue 3 plugin (app.use): the site injects its on… functions, which add window listeners for the embed's events.
  'tawkto-vue': `export { default as TawkMessengerVue } from '@tawk.to/tawk-messenger-vue-3';
    export { createApp, h, inject } from 'vue';`,
  // LiveChat's Vue component over @livechat/widget-core (its Vue 3 build, dist/; imports `vue`, no vue-demi): mounted
  // creates the widget, each widget event is an emit (`@new-event`), unmounted destroys it.
  'livechat-vue': `export { LiveChatWidget } from '@livechat/widget-vue';
    export { createApp, h, ref, nextTick } from 'vue';`,
  // LiveChat's Angular component over @livechat/widget-core (`<livechat-widget [license] (onNewEvent)="…">`), its
  // module and services, with Angular 18. Its dist/ holds them already compiled by ngc (ɵɵdefineComponent,
  // ɵɵdefineNgModule: full Ivy definitions, not partial ones), but the site's host component, whose template binds
  // the inputs and outputs, is declared in the test page without TypeScript decorators: `Component({ template })(class
  // …)`, what a decorator compiles to, rather than a hand-written ɵɵdefineComponent, so that the site's template is
  // compiled by Angular's own compiler, here its JIT compiler: `@angular/compiler` is imported first, as a JIT app's
  // main.ts does. zone.js is imported before Angular as an Angular CLI app's polyfills are: chatwire then runs under
  // zone.js's patched setTimeout, MutationObserver and addEventListener, as on an Angular site. Angular's fesm2022
  // files need no other plugin; ngDevMode is left undefined, so Angular runs in development mode (as `ng serve`).
  'livechat-angular': `import 'zone.js'; import '@angular/compiler';
    export * from '@livechat/widget-angular';
    export { Component, inject, signal } from '@angular/core'; export { bootstrapApplication } from '@angular/platform-browser';`,
  // Tawk.to's Vue 2 plugin (Vue.use): a webpack bundle that never imports vue (it gets Vue from Vue.use), so the
  // project's Vue 2 (the `vue2` alias of vue@2.7) is exported beside it, as the site's own Vue. Not as window.Vue:
  // the plugin would install itself on that.
  'tawkto-vue2': `export { default as TawkMessengerVue } from '@tawk.to/tawk-messenger-vue-2';
    export { default as Vue } from 'vue2';`,
  // Channel Talk's official loader: loadScript() makes the documented ChannelIO stub and adds ch-plugin-web.js;
  // boot, onShowMessenger… call window.ChannelIO(command, …).
  channelio: `export * from '@channel.io/channel-web-sdk-loader';`,
  // Front's front-chat-sdk: boot() adds chat-assets.frontapp.com/v1/chat.bundle.js and resolves to window.FrontChat
  // on its load event; initialize(chatId) boots and calls init; the React hooks boot in an effect, then init.
  frontchat: `export { boot, initialize } from 'front-chat-sdk/helpers'; export { useFrontChat, useFrontChatBoot } from 'front-chat-sdk/hooks';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  // devrnt's react-use-intercom (not Intercom's): <IntercomProvider> runs its own copy of Intercom's snippet during
  // render (widget.intercom.io/widget/<appId>) and boots there with autoBoot; useIntercom() is the hook
  // (e2e/official/intercom-react.spec.ts).
  'intercom-react': `export { IntercomProvider, useIntercom } from 'react-use-intercom';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  // Calibre's react-live-chat-loader (not a vendor's): a fake button per provider that loads the vendor's real
  // snippet and script on hover, click or idle, then opens the widget (e2e/official/<vendor>-loader.spec.ts).
  loader: `export { LiveChatLoaderProvider, useChat, Intercom, HelpScout, Drift, Userlike, Chatwoot, HubSpot, AdobeDynamicChat, Front } from 'react-live-chat-loader';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  // react-zendesk (a third party's React component, not Zendesk's): <Zendesk zendeskKey> adds Zendesk's
  // static.zdassets.com/ekr/snippet.js and sets window.zESettings; ZendeskAPI(...args) calls window.zE (e2e/official/zendesk-react.spec.ts).
  'zendesk-react': `export { default as Zendesk, ZendeskAPI } from 'react-zendesk';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
  // react-use-zendesk (a third party's React provider for the Messaging widget, not Zendesk's): <ZendeskProvider apiKey>
  // adds snippet.js and, at its load, registers one callback per Messaging event, the site's on… props behind them;
  // useZendesk() gives open, close, … (e2e/official/zendesk-use.spec.ts).
  'zendesk-use': `export { ZendeskProvider, useZendesk } from 'react-use-zendesk';
    export { default as React } from 'react'; export { createRoot } from 'react-dom/client';`,
};

// React StrictMode (e2e/official/*-strict.spec.ts): the React wrappers again, with React's development build.
// React runs StrictMode's double mount (effects, their cleanups, the effects again) only in development, as a
// Next.js or Create React App dev server serves it: these bundles replace process.env.NODE_ENV with 'development'.
/** Bundle id → the package entry it rebuilds with React's development build. */
export const development = {
  'livechat-react-dev': 'livechat-react',
  'tawkto-dev': 'tawkto',
  'customerly-dev': 'customerly',
  'intercom-react-dev': 'intercom-react',
  'zendesk-react-dev': 'zendesk-react',
};
for (const [id, of] of Object.entries(development)) packages[id] = packages[of];

// React 19 (Next.js 15 and later, React Router 7, Vite's React template): the wrappers that accept it in their
// peerDependencies, built again with React 19's development build under StrictMode (e2e/official/*-strict.spec.ts and
// the StrictMode tests of intercom-react.spec.ts and zendesk-react.spec.ts run each scenario with both Reacts).
// React 19 cannot sit at the root beside React 18 (react-dom 19 asks for react ^19 as a peer, which npm refuses), so
// these bundles take the React 19 that @botpress/webchat installs for itself (its dependency range ^19.2.0; the
// version is the lockfile's, pinned with @botpress/webchat): react, react-dom and their scheduler, all three from there.
/** Bundle id → the package entry (of `packages`) it bundles with React 19's development build. */
export const react19 = {
  'livechat-react-19-dev': 'livechat-react',
  'customerly-19-dev': 'customerly',
  'intercom-react-19-dev': 'intercom-react',
  'zendesk-react-19-dev': 'zendesk-react',
};
for (const [id, of] of Object.entries(react19)) packages[id] = packages[of];
const REACT_19 = fileURLToPath(new URL('../node_modules/@botpress/webchat/node_modules/', import.meta.url));
/** Resolves React's own modules (`react`, `react/jsx-runtime`, `react-dom/client`, `scheduler`) to React 19's files. */
const withReact19 = {
  name: 'official-react-19',
  resolveId: (source) => {
    const match = /^(react|react-dom|scheduler)(\/[\w-]+)?$/.exec(source);
    if (!match) return null;
    const file = `${REACT_19}${match[1]}${match[2] || '/index'}.js`;
    if (!existsSync(file)) throw new Error(`${source}: no ${file} (React 19 comes with @botpress/webchat; run npm ci)`);
    return file;
  },
};

/** A virtual entry module per package. */
const entry = (source) => ({
  name: 'official-entry',
  resolveId: (id) => (id === 'official-entry' ? id : null),
  load: (id) => (id === 'official-entry' ? source : null),
});

/** A stylesheet a package imports is added to the page as a <style>, as the site's bundler would. */
const css = {
  name: 'official-css',
  transform: (code, id) => (id.endsWith('.css') ? `document.head.appendChild(document.createElement('style')).textContent = ${JSON.stringify(code)};` : null),
};

mkdirSync('build/official', { recursive: true });
const ids = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(packages);
await Promise.all(
  ids.map(async (id) => {
    const bundle = await rollup({
      input: 'official-entry',
      onwarn: (warning, warn) => {
        // A package missing from node_modules (a stale install) fails the build here, not as an empty `window.official` in a test.
        if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${id}: ${warning.message} (run npm ci)`);
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
      },
      plugins: [
        entry(packages[id]),
        css,
        ...(id in react19 ? [withReact19] : []),
        replace({
          preventAssignment: true,
          values: {
            'process.env.NODE_ENV': JSON.stringify(id in development || id in react19 ? 'development' : 'production'),
            // Vue's esm-bundler build asks the bundler for its feature flags (as a site's Vite or webpack sets them).
            __VUE_OPTIONS_API__: 'true',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
        }),
        // One React per bundle: packages that pin their own copy get the project's (within their peer range).
        nodeResolve({ browser: true, dedupe: ['react', 'react-dom', 'react/jsx-runtime', 'scheduler'] }),
        commonjs(),
      ],
    });
    await bundle.write({ file: `build/official/${id}.js`, format: 'iife', name: 'official', exports: 'named' });
    await bundle.close();
  }),
);
console.log(`build/official: ${ids.join(', ')}`);
