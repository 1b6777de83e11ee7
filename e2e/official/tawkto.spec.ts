import { type Page } from '@playwright/test';
import { run, test } from '../helpers';
import { loadOrders } from './loadOrders';
import { TAWKTO_ACTIONS, TAWKTO_REACT_PROPS, expectOnce } from './official';

// @tawk.to/tawk-messenger-react (Tawk.to's React component), its real code with React 18;
// only embed.tawk.to/<property>/<widget> is answered, by fixtures/tawkto.js.
const CDN = 'https://embed.tawk.to/p-1234/w-5678';
const PROPS = TAWKTO_REACT_PROPS;
/** The site renders <TawkMessengerReact propertyId widgetId on…={callback} /> with a callback per event. */
const render = (page: Page) =>
  run(
    page,
    `const { React, createRoot, TawkMessengerReact } = official;
    const props = { propertyId: 'p-1234', widgetId: 'w-5678' }; ${JSON.stringify(PROPS)}.forEach((name) => (props[name] = site(name)));
    createRoot(document.getElementById('root')).render(React.createElement(TawkMessengerReact, props))`,
  );
const clickAll = (page: Page) => run(page, `window.chatwireFakes.tawkto.events.forEach(([, click]) => click())`);

const ACTIONS = TAWKTO_ACTIONS;
const CALLS = Object.fromEntries(PROPS.map((name) => [name, 1]));

loadOrders({
  id: 'tawkto',
  vendor: 'tawkto',
  cdn: CDN,
  fake: 'fixtures/tawkto.js',
  titles: [
    'chatwire first, then the component renders and loads the widget',
    'the component renders (Tawk_API and the embed script), chatwire, then the widget script arrives',
    'widget fully loaded, then chatwire',
  ],
  // The embed code's Tawk_API, an object from the component's render on.
  stub: 'typeof window.Tawk_API',
  stubbed: 'object',
  mount: render,
  drive: clickAll,
  expectOnce: (page) => expectOnce(page, 'tawkto', ACTIONS, CALLS),
}).forEach((testCase) => test(...testCase));
