import type { Action, Vendor } from '../types.js';

/**
 * The actions a set of adapters can send, in the order their tables first
 * name them: the vocabulary of `config.events` in the runtime, and the
 * action checkboxes of the GTM template.
 * @param vendors adapters (the registry)
 * @returns each action once
 */
export function sentActions(vendors: readonly Vendor[]): Action[] {
  const sent: Action[] = [];
  for (const vendor of vendors) {
    for (const name of Object.keys(vendor.events)) {
      const action = ([] as unknown[]).concat(vendor.events[name])[0] as Action;
      if (!sent.includes(action)) sent.push(action);
    }
  }
  return sent;
}
