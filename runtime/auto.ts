// The classic script (dist/chatwire.min.js): starts itself with the page's
// `window.chatwireConfig` (CONTRACT §2); a second copy hands over to the first.
import type { ChatwireConfig } from './types.js';
import { start } from './chatwire.js';
import { getPath } from './lib/getPath.js';

// A throwing `window.chatwireConfig` getter reads as no configuration: the defaults apply.
start(getPath(window, 'chatwireConfig') as ChatwireConfig | undefined);
