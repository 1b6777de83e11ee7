// The classic core (dist/chatwire.core.min.js): the runtime with no adapter.
// It takes the adapters queued in `window.chatwirePlugins` by the plugin files
// (dist/vendors/<id>.min.js) loaded before it, and those loaded after it.
import { start } from './chatwire.js';

start(window.chatwireConfig);
