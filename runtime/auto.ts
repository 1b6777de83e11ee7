// The classic script (dist/chatwire.min.js): every adapter and the hash
// function, then starts itself with the page's `window.chatwireConfig`;
// a second copy hands over to the first.
import type { ChatwireConfig } from './types.js';
import { start } from './chatwire.js';
import { hash } from './hash.js';
import { getPath } from './lib/getPath.js';
import { register } from './lib/register.js';
import { registry } from './registry.js';

register(...registry, hash);
// A throwing `window.chatwireConfig` getter reads as no configuration: the defaults apply.
start(getPath(window, 'chatwireConfig') as ChatwireConfig | undefined);
