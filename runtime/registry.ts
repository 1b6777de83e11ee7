import type { Vendor } from './types.js';
import { smartagent } from './vendors/smartagent.js';

/** Every supported vendor adapter: adding a vendor adds one line here. */
export const registry: readonly Vendor[] = [smartagent];
