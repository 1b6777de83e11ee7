// The classic core (dist/chatwire.core.min.js): the runtime with no adapter.
// It takes the adapters queued in `window.chatwirePlugins` by the plugin files
// (dist/vendors/<id>.min.js) loaded before it, and those loaded after it.
import type { ChatwireConfig } from './types.js';
import { start } from './chatwire.js';
import { getPath } from './lib/getPath.js';

// A throwing `window.chatwireConfig` getter reads as no configuration: the defaults apply.
start(getPath(window, 'chatwireConfig') as ChatwireConfig | undefined);
