import type { Vendor } from './types.js';
import { adobe_dynamic_chat } from './vendors/adobe_dynamic_chat.js';
import { chatwoot } from './vendors/chatwoot.js';
import { crisp } from './vendors/crisp.js';
import { ctlive } from './vendors/ctlive.js';
import { customerly } from './vendors/customerly.js';
import { genesys_widgets } from './vendors/genesys_widgets.js';
import { intercom } from './vendors/intercom.js';
import { jivochat } from './vendors/jivochat.js';
import { qualified } from './vendors/qualified.js';
import { salesforce_chat } from './vendors/salesforce_chat.js';
import { salesforce_messaging } from './vendors/salesforce_messaging.js';
import { smartagent } from './vendors/smartagent.js';
import { tawkto } from './vendors/tawkto.js';
import { userlike } from './vendors/userlike.js';

/** Every supported vendor adapter: adding a vendor adds one line here. */
export const registry: readonly Vendor[] = [
  adobe_dynamic_chat,
  genesys_widgets,
  customerly,
  smartagent,
  ctlive,
  intercom,
  tawkto,
  crisp,
  salesforce_messaging,
  salesforce_chat,
  chatwoot,
  jivochat,
  qualified,
  userlike,
];
