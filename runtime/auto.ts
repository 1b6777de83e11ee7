// The classic script (dist/chatwire.min.js): starts itself with the page's
// `window.chatwireConfig` (CONTRACT §2); a second copy hands over to the first.
import { start } from './chatwire.js';

start(window.chatwireConfig);
