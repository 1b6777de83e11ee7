import type { Action, Vendor } from '../types.js';
import { sends } from './derive.js';

/**
 * The actions a set of adapters can send, in the order their tables first
 * name them, then `loaded` and `started` where no table names them: the core
 * may derive those two for any adapter (docs/events.md, "Derived events"), so
 * a page whose only vendors derive them (the core with the Smartsupp plugin
 * alone) must not drop them as unknown. The vocabulary of `config.events` in
 * the runtime, and the action checkboxes of the GTM template.
 * @param vendors adapters (the registry)
 * @returns each action once
 */
export function sentActions(vendors: readonly Vendor[]): Action[] {
  // A Set keeps each action where it first appears.
  return [...new Set(([] as Action[]).concat(...vendors.map(sends), 'loaded', 'started'))];
}
