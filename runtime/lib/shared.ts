import { getPath, has, isObject } from './getPath.js';
import { log } from './log.js';
import { subscribe } from './subscribe.js';
import { watchScripts } from './watchScripts.js';

/**
 * The core's helpers, handed to each classic plugin file's adapter function
 * when the core registers it (types.ts, PluginFactory): a plugin file
 * (dist/vendors/<id>.min.js) takes them from there instead of carrying its own
 * copies, which would cost each plugin download the same bytes again (issue
 * 14's budgets). Adapters keep importing them from `runtime/lib/` as usual;
 * only the plugin build (rollup.config.mjs) resolves those imports to this
 * list, in this order, so the list is the one place to add a helper. A plugin
 * loaded before the core is fine: it waits in the queue until a core starts.
 */
export const shared = [getPath, has, isObject, log, subscribe, watchScripts] as const;
