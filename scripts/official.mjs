// Bundles the vendors' official npm packages (their real code, pinned in
// devDependencies) into browser scripts for the e2e tests in e2e/official/:
// build/official/<id>.js sets `window.official` to what the package exports.
// Only the vendor's CDN script is answered by a fake there (page.route); the
// package code itself is never faked. Run by `npm run build`.
import { mkdirSync } from 'node:fs';
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
};

/** A virtual entry module per package. */
const entry = (source) => ({
  name: 'official-entry',
  resolveId: (id) => (id === 'official-entry' ? id : null),
  load: (id) => (id === 'official-entry' ? source : null),
});

mkdirSync('build/official', { recursive: true });
const ids = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(packages);
await Promise.all(
  ids.map(async (id) => {
    const bundle = await rollup({
      input: 'official-entry',
      onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'THIS_IS_UNDEFINED' ? null : warn(warning)),
      plugins: [
        entry(packages[id]),
        replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
        nodeResolve({ browser: true }),
        commonjs(),
      ],
    });
    await bundle.write({ file: `build/official/${id}.js`, format: 'iife', name: 'official', exports: 'named' });
    await bundle.close();
  }),
);
console.log(`build/official: ${ids.join(', ')}`);
