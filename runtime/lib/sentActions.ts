import type { Action, Vendor } from '../types.js';
import { sends } from './derive.js';

/**
 * The actions a set of adapters can send, in the order their tables first
 * name them: the vocabulary of `config.events` in the runtime, and the
 * action checkboxes of the GTM template.
 * @param vendors adapters (the registry)
 * @returns each action once
 */
export function sentActions(vendors: readonly Vendor[]): Action[] {
  // A Set keeps each action where it first appears.
  return [...new Set(([] as Action[]).concat(...vendors.map(sends)))];
}
