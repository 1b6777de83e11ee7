import type { Vendor } from './types.js';
import { adobe_dynamic_chat } from './vendors/adobe_dynamic_chat.js';
import { ctlive } from './vendors/ctlive.js';
import { customerly } from './vendors/customerly.js';
import { genesys_messenger } from './vendors/genesys_messenger.js';
import { genesys_widgets } from './vendors/genesys_widgets.js';
import { helpscout } from './vendors/helpscout.js';
import { intercom } from './vendors/intercom.js';
import { olark } from './vendors/olark.js';
import { smartagent } from './vendors/smartagent.js';
import { smartsupp } from './vendors/smartsupp.js';
import { zendesk } from './vendors/zendesk.js';

/** Every supported vendor adapter: adding a vendor adds one line here. */
export const registry: readonly Vendor[] = [
  adobe_dynamic_chat,
  genesys_widgets,
  customerly,
  smartagent,
  ctlive,
  intercom,
  zendesk,
  genesys_messenger,
  helpscout,
  olark,
  smartsupp,
];
