// The classic script (dist/chatwire.min.js): every adapter and the hash
// function, then starts itself with the page's `window.chatwireConfig`
// (CONTRACT §2); a second copy hands over to the first.
import { start } from './chatwire.js';
import { hash } from './hash.js';
import { register } from './lib/register.js';
import { registry } from './registry.js';

register(...registry, hash);
start(window.chatwireConfig);
