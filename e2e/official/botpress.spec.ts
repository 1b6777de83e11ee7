import { type Page } from '@playwright/test';
import { RUNTIME, expect, loadScript, pushes, run, test } from '../helpers';
import { calls, openOfficial } from './official';

// @botpress/webchat (Botpress's React component library), its real code with React 18 (its peer range). It requests no
// script: <Webchat clientId> and useWebchat() talk to Botpress's Chat API from inside React, keep their client and its
// `on(…)` listeners private, and define no window.botpress. chatwire has nothing to listen to: these tests PIN that
// (no botpress push, no error, the site's callbacks once). The inject.js route below is never requested (checked).
// Only presentational components are rendered: the connected ones would call Botpress's API, which is not faked.
const CDN = /^https:\/\/cdn\.botpress\.cloud\//;

/** The site renders the package's launcher button (sized as its readme does) and composer with its own handlers. */
const render = (page: Page) =>
  run(
    page,
    `const { React, createRoot, Fab, Composer } = official;
    const h = React.createElement;
    createRoot(document.getElementById('root')).render(h('div', null,
      h(Fab, { onClick: site('Fab.onClick'), style: { position: 'fixed', bottom: '20px', right: '20px', width: '64px', height: '64px' } }), h(Composer, { connected: true, sendMessage: site('Composer.sendMessage') })));`,
  );
const rendered = (page: Page) => expect.poll(() => run(page, `!!document.querySelector('.bpFabContainer') && !!document.querySelector('.bpComposerInput')`)).toBe(true);
/** The visitor clicks the launcher and sends a message from the composer. */
const use = async (page: Page) => {
  await page.click('.bpFabContainer');
  await page.fill('.bpComposerInput', 'Hi, I am Jane Doe');
  await page.press('.bpComposerInput', 'Enter');
};

/** Opens the page; collects every request outside the test server. */
async function open(page: Page): Promise<{ outside: string[] }> {
  const outside: string[] = [];
  page.on('request', (request) => (new URL(request.url()).hostname === '127.0.0.1' ? null : outside.push(request.url())));
  await openOfficial(page, 'botpress', CDN, 'fixtures/botpress.js');
  return { outside };
}
/** The pinned outcome: the site's handlers ran `times` times each, no window.botpress, nothing pushed for botpress, nothing fetched outside. */
const pinned = async (page: Page, outside: string[], times: number) => {
  await expect.poll(() => calls(page)).toEqual({ 'Fab.onClick': times, 'Composer.sendMessage': times });
  expect(await run(page, 'typeof window.botpress')).toBe('undefined');
  expect((await pushes(page)).filter((push) => push.chat.vendor === 'botpress')).toEqual([]);
  expect(await run(page, 'document.querySelector(".bpComposerInput").value')).toBe('');
  expect(outside).toEqual([]);
};
/** chatwire started: its API is on the window (it has no botpress object to attach to, so it logs no attach). */
const started = (page: Page) => expect.poll(() => run(page, 'typeof window.chatwire?.stop')).toBe('function');

test('chatwire first, then the components render and are used: nothing for botpress, the site callbacks once', async ({ page }) => {
  const { outside } = await open(page);
  await loadScript(page, RUNTIME);
  await started(page);
  await render(page);
  await rendered(page);
  await use(page);
  await pinned(page, outside, 1);
});

test('the components rendered, then chatwire, then the visitor uses them', async ({ page }) => {
  const { outside } = await open(page);
  await render(page);
  await rendered(page);
  await loadScript(page, RUNTIME);
  await started(page);
  await use(page);
  await pinned(page, outside, 1);
});

test('the components used, then chatwire, then used again', async ({ page }) => {
  const { outside } = await open(page);
  await render(page);
  await rendered(page);
  await use(page);
  await pinned(page, outside, 1);
  await loadScript(page, RUNTIME);
  await started(page);
  await use(page);
  await pinned(page, outside, 2);
});
