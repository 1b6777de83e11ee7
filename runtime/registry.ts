import type { Vendor } from './types.js';
import { ada } from './vendors/ada.js';
import { adobe_dynamic_chat } from './vendors/adobe_dynamic_chat.js';
import { botpress } from './vendors/botpress.js';
import { chatwoot } from './vendors/chatwoot.js';
import { crisp } from './vendors/crisp.js';
import { ctlive } from './vendors/ctlive.js';
import { customerly } from './vendors/customerly.js';
import { dixa } from './vendors/dixa.js';
import { drift } from './vendors/drift.js';
import { dynamics365 } from './vendors/dynamics365.js';
import { freshchat } from './vendors/freshchat.js';
import { genesys_messenger } from './vendors/genesys_messenger.js';
import { genesys_widgets } from './vendors/genesys_widgets.js';
import { helpcrunch } from './vendors/helpcrunch.js';
import { helpscout } from './vendors/helpscout.js';
import { hubspot } from './vendors/hubspot.js';
import { intercom } from './vendors/intercom.js';
import { jivochat } from './vendors/jivochat.js';
import { kustomer } from './vendors/kustomer.js';
import { livechat } from './vendors/livechat.js';
import { liveperson } from './vendors/liveperson.js';
import { olark } from './vendors/olark.js';
import { qualified } from './vendors/qualified.js';
import { salesforce_chat } from './vendors/salesforce_chat.js';
import { salesforce_messaging } from './vendors/salesforce_messaging.js';
import { smartagent } from './vendors/smartagent.js';
import { smartsupp } from './vendors/smartsupp.js';
import { tawkto } from './vendors/tawkto.js';
import { tidio } from './vendors/tidio.js';
import { userlike } from './vendors/userlike.js';
import { zendesk } from './vendors/zendesk.js';
import { zoho_salesiq } from './vendors/zoho_salesiq.js';
import { purechat } from './vendors/purechat.js';
import { comm100 } from './vendors/comm100.js';
import { snapengage } from './vendors/snapengage.js';
import { gist } from './vendors/gist.js';
import { tiledesk } from './vendors/tiledesk.js';
import { voiceflow } from './vendors/voiceflow.js';
import { sinch } from './vendors/sinch.js';
import { dialogflow } from './vendors/dialogflow.js';
import { channelio } from './vendors/channelio.js';
import { frontchat } from './vendors/frontchat.js';
import { chatlio } from './vendors/chatlio.js';
import { chaport } from './vendors/chaport.js';
import { ringcentral_engage } from './vendors/ringcentral_engage.js';
import { ujet } from './vendors/ujet.js';
import { ujet_v3 } from './vendors/ujet_v3.js';
import { rocketchat } from './vendors/rocketchat.js';
import { livehelperchat } from './vendors/livehelperchat.js';
import { chatbase } from './vendors/chatbase.js';

/** Every supported vendor adapter: adding a vendor adds one line here. */
export const registry: readonly Vendor[] = [
  adobe_dynamic_chat,
  genesys_widgets,
  customerly,
  smartagent,
  ctlive,
  intercom,
  drift,
  hubspot,
  livechat,
  zendesk,
  tawkto,
  crisp,
  freshchat,
  genesys_messenger,
  salesforce_messaging,
  salesforce_chat,
  tidio,
  olark,
  helpscout,
  chatwoot,
  jivochat,
  smartsupp,
  qualified,
  userlike,
  zoho_salesiq,
  liveperson,
  dynamics365,
  kustomer,
  botpress,
  ada,
  dixa,
  helpcrunch,
  purechat,
  comm100,
  snapengage,
  gist,
  tiledesk,
  voiceflow,
  sinch,
  dialogflow,
  channelio,
  frontchat,
  chatlio,
  chaport,
  ringcentral_engage,
  ujet,
  ujet_v3,
  rocketchat,
  livehelperchat,
  chatbase,
];
