___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Chatwire Chat Widget Events",
  "categories": [
    "CHAT",
    "ANALYTICS",
    "LEAD_GENERATION"
  ],
  "brand": {
    "id": "brand_dummy",
    "displayName": "chatwire",
    "thumbnail": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAqUlEQVR42u3ZsRGAMAwDwCxCxQKsx57sY46OggvBgC35VLjXp8glcjOzxjxNAAEEEKA707wYBeAI+nTSAZ7QX2PSg7+FQIX3IKCCeyCw4UcR0OFHELUBCOHvEHUBSOF7iIKAbTX4EUAAAXSN4gP0lEAA6DmNAKD/kZX4E5doJaIAtL0QZTOX2o2OBoNup/882bB6nR5whaDc0NADzgjqHRk9QGtWAQSInR2+KKfXQabILQAAAABJRU5ErkJggg=="
  },
  "description": "Pushes one normalized chat_* event into the dataLayer for each thing a visitor does in a chat widget (opened, conversation started, lead, …), the same for all 50 supported widgets: Ada, Adobe Dynamic Chat, Botpress Webchat, Channel Talk, Chaport, Chatbase, Chatlio, Chatwoot, Comm100 Live Chat, Crisp, CTLive, Customerly, Dialogflow CX Messenger, Dixa Messenger, Drift, Dynamics 365 live chat, Freshchat, Front Chat, Genesys Cloud Web Messenger, Genesys Widgets, Gist, Google CCAI Platform web SDK, Google CCAI Platform web SDK v3, Help Scout Beacon, HelpCrunch, HubSpot chat, Intercom Messenger, JivoChat, Kustomer, Live Helper Chat, LiveChat, LivePerson, Olark, Pure Chat, Qualified, RingCentral Engage Messaging, Rocket.Chat Livechat, Salesforce Embedded Service Chat, Salesforce Messaging for In-App and Web, Sinch Chat, SmartAgent, Smartsupp, SnapEngage, Tawk.to, Tidio, Tiledesk, Userlike (now Lime Connect), Voiceflow web chat, Zendesk Web Widget, Zoho SalesIQ. Private by default: no email address, phone number or message text reaches the dataLayer.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "GROUP",
    "name": "vendorsGroup",
    "displayName": "Chat widgets",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "RADIO",
        "name": "vendorMode",
        "displayName": "Which chat widgets?",
        "radioItems": [
          {
            "value": "all",
            "displayValue": "Every supported widget",
            "help": "chatwire listens to each of the 50 supported widgets that is on the page, whenever it loads."
          },
          {
            "value": "some",
            "displayValue": "Only these",
            "help": "chatwire listens only to the widgets ticked below. With the runtime from the CDN, only their code is loaded, so the page loads less."
          }
        ],
        "simpleValueType": true,
        "defaultValue": "all"
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_adobe_dynamic_chat",
        "checkboxText": "Adobe Dynamic Chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Adobe Dynamic Chat (vendor id adobe_dynamic_chat) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_genesys_widgets",
        "checkboxText": "Genesys Widgets",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Loaded after Genesys Widgets has initialized (the usual GTM order), chatwire listens through Genesys's global bus and reports no chat_loaded for Widgets unless Widgets hands its earlier ready events to a later listener, which Genesys does not document; every later event is reported.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_customerly",
        "checkboxText": "Customerly",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Customerly reports loaded only when chatwire is on the page before the messenger initializes; with the usual GTM order (Customerly's snippet first) the loaded event is missing, every other event is reported.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_smartagent",
        "checkboxText": "SmartAgent",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to SmartAgent (vendor id smartagent) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_ctlive",
        "checkboxText": "CTLive",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "CTLive's Loaded and first WidgetShown events are posted once when its library loads; when the tag fires after that, only later events are reported.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_intercom",
        "checkboxText": "Intercom Messenger",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Intercom has no message event: chat_message_received is pushed when its unread count rises, so replies the visitor reads in the open Messenger are not counted; Intercom sends no chat_started.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_drift",
        "checkboxText": "Drift",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Drift (vendor id drift) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_hubspot",
        "checkboxText": "HubSpot chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "HubSpot has no message event: chat_message_received is pushed when its count of unread conversations rises, so replies the visitor reads in the open chat are not counted.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_livechat",
        "checkboxText": "LiveChat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to LiveChat (vendor id livechat) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_zendesk",
        "checkboxText": "Zendesk Web Widget",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Zendesk has no message event: chat_message_received is pushed when the unread count rises, so replies the visitor reads in the open chat are not counted. Neither widget has a ready event: chat_loaded (vendor_event chatwire:attached) is pushed when chatwire finds the widget, once per page, also when the tag fires after the widget loaded, and for a classic widget without chat. Only on a page where chatwire cannot tell Messaging from the classic widget is chat_loaded the classic chat:connected event, which a tag firing after the chat connected (the usual GTM order) does not hear; every later event is reported.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_tawkto",
        "checkboxText": "Tawk.to",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Tawk.to (vendor id tawkto) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_crisp",
        "checkboxText": "Crisp",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire reports Crisp only when a detection check of chatwire sees Crisp's snippet (its $crisp queue) before the Crisp chatbox script has run: fire the chatwire tag before the tag that adds Crisp (on Initialization, or first in the same trigger). A chatbox that loaded before chatwire saw it is left alone, because Crisp keeps one handler per event and the site's own handlers could be lost: chatwire then pushes chat_loaded only (it found the chatbox).",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_freshchat",
        "checkboxText": "Freshchat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Freshchat (vendor id freshchat) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_genesys_messenger",
        "checkboxText": "Genesys Cloud Web Messenger",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "When Messenger has loaded before this tag fires (the usual GTM order), chat_loaded and the launcher's chat_shown are not reported for Genesys Messenger (Genesys documents no ready state a later script can read); every later event is.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_salesforce_messaging",
        "checkboxText": "Salesforce Messaging for In-App and Web",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Salesforce Messaging for In-App and Web (vendor id salesforce_messaging) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_salesforce_chat",
        "checkboxText": "Salesforce Embedded Service Chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Salesforce scheduled legacy chat's retirement for February 14, 2026 (tick Salesforce Messaging for In-App and Web for its successor). Salesforce legacy chat reports events only to handlers added before embedded_svc.init(): load chatwire before the Embedded Service snippet runs (fire the chatwire tag on an earlier trigger than the chat snippet, or load the snippet from a tag that fires after chatwire); when chatwire comes later, nothing is reported for this chat (debug mode says so).",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_tidio",
        "checkboxText": "Tidio",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Tidio (vendor id tidio) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_olark",
        "checkboxText": "Olark",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Olark (vendor id olark) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_helpscout",
        "checkboxText": "Help Scout Beacon",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Help Scout Beacon (vendor id helpscout) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_chatwoot",
        "checkboxText": "Chatwoot",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Chatwoot (vendor id chatwoot) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_jivochat",
        "checkboxText": "JivoChat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to JivoChat (vendor id jivochat) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_smartsupp",
        "checkboxText": "Smartsupp",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Smartsupp (vendor id smartsupp) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_qualified",
        "checkboxText": "Qualified",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Qualified (vendor id qualified) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_userlike",
        "checkboxText": "Userlike (now Lime Connect)",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Userlike (now Lime Connect) (vendor id userlike) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_zoho_salesiq",
        "checkboxText": "Zoho SalesIQ",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "SalesIQ events are seen only when chatwire runs before the SalesIQ widget script is ready (fire the chatwire tag on Initialization); when SalesIQ was ready first, chatwire reports loaded and nothing else, so it never replaces a handler of the site.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_liveperson",
        "checkboxText": "LivePerson",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to LivePerson (vendor id liveperson) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_dynamics365",
        "checkboxText": "Dynamics 365 live chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Dynamics 365 live chat (vendor id dynamics365) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_kustomer",
        "checkboxText": "Kustomer",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Kustomer has no message event: chat_message_received is pushed when its unread total rises, so replies the visitor reads in the open chat are not counted.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_botpress",
        "checkboxText": "Botpress Webchat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Botpress events are seen only on sites that embed the webchat with Botpress's inject.js script; sites built with the Botpress Webchat React library (@botpress/webchat) keep its events private and chatwire reports nothing for them.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_ada",
        "checkboxText": "Ada",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Ada events are seen only on sites that load Ada with the embed2.js script tag (kept working by Messaging); installs through Ada's module script or npm package keep the embed private and chatwire cannot listen to them.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_dixa",
        "checkboxText": "Dixa Messenger",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Dixa Messenger (vendor id dixa) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_helpcrunch",
        "checkboxText": "HelpCrunch",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "When HelpCrunch is ready before this tag fires (the usual GTM order), chat_loaded is not reported for HelpCrunch (HelpCrunch documents no ready state a later script can read); every later event is.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_purechat",
        "checkboxText": "Pure Chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Pure Chat (vendor id purechat) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_comm100",
        "checkboxText": "Comm100 Live Chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Comm100 Live Chat (vendor id comm100) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_snapengage",
        "checkboxText": "SnapEngage",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "SnapEngage is tracked only when chatwire loads before the SnapEngage widget script (for example chatwire on Initialization - All Pages and SnapEngage on a later trigger); otherwise chatwire leaves SnapEngage alone so the site's own callbacks keep working, and pushes chat_loaded only (it found the widget).",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_gist",
        "checkboxText": "Gist",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Gist says its messenger is ready only once (no state to read later is known), so when this tag fires after the messenger is ready (the usual order) no chat_loaded is reported for Gist; every later event is.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_tiledesk",
        "checkboxText": "Tiledesk",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "When the Tiledesk widget has initialized before this tag fires (the usual GTM order), chat_loaded is not reported for Tiledesk (Tiledesk documents no ready state a later script can read); fire this tag before the Tiledesk snippet to get it.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_voiceflow",
        "checkboxText": "Voiceflow web chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Voiceflow reports only what happens after chatwire is listening, and if the widget runs in a frame from another domain, add that domain to Allowed origins.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_sinch",
        "checkboxText": "Sinch Chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Sinch reports chat_loaded when the widget is issued its user token (the token event); when that happened before this tag fires (the usual GTM order), chat_loaded is not reported for Sinch (Sinch documents no ready state a later script can read). Every later event is reported.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_dialogflow",
        "checkboxText": "Dialogflow CX Messenger",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Dialogflow Messenger says it is ready only once, with no state to read later, so when this tag fires after the messenger has loaded (the usual order) no chat_loaded is reported for Dialogflow; every later event is.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_channelio",
        "checkboxText": "Channel Talk",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire reports Channel Talk only when it sees Channel's snippet stub (ChannelIO with its queue) before the Channel script (ch-plugin-web.js) has run: fire the chatwire tag before the tag or page code that adds Channel Talk (on Initialization, or first in the same trigger). A messenger that loaded before chatwire is left alone: Channel does not say whether registering a callback replaces the site's own, so chatwire will not risk it; it pushes chat_loaded only (it found the messenger).",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_frontchat",
        "checkboxText": "Front Chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Front Chat reports only its unread count: chat_message_received is pushed when the count rises, so replies the visitor reads in the open chat are not counted, and there is no open, close or conversation event.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_chatlio",
        "checkboxText": "Chatlio",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Chatlio says its ready event comes once per page load, so when this tag fires after the widget is ready (the usual order) chatwire reports chat_loaded from the widget's API being in place; if the tag fires while the widget is still connecting, chat_loaded may come a moment before the widget is ready.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_chaport",
        "checkboxText": "Chaport",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Listen to Chaport (vendor id chaport) when it is on the page.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_ringcentral_engage",
        "checkboxText": "RingCentral Engage Messaging",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire reports RingCentral Engage whichever loads first: when the chat manager started before this tag fired (the usual GTM order), chat_loaded is still pushed once and every later event is reported; a button or invitation shown before then is not.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_ujet",
        "checkboxText": "Google CCAI Platform web SDK",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire finds the SDK only when the site keeps its instance in window.ujet (the installation guide's var ujet = new UJET(…)); when the SDK was ready before this tag fired (the usual GTM order), chat_loaded is not reported (no documented ready state); chat_opened is the first opening on a page only. A web SDK v3 instance kept there is reported with the events of ujet_v3 (no chat_opened or chat_closed).",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_ujet_v3",
        "checkboxText": "Google CCAI Platform web SDK v3",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire finds the SDK only when the site keeps its instance in window.ccaas (the guide's var ccaas = new UJET(…); window.ujet is reported as ujet); when the SDK was ready before this tag fired (the usual GTM order), chat_loaded is not reported; chat window openings and closings are not reported.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_rocketchat",
        "checkboxText": "Rocket.Chat Livechat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire reports Rocket.Chat whichever loads first: when the widget loaded before this tag fired (the usual GTM order), chat_loaded is still pushed once (chatwire found the loaded widget) and every later event is reported.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_livehelperchat",
        "checkboxText": "Live Helper Chat",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire reports Live Helper Chat whichever loads first: when the widget loaded before this tag fired (the usual GTM order), chat_loaded is still pushed once (chatwire found the widget) and every later event is reported.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_chatbase",
        "checkboxText": "Chatbase",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire reports Chatbase whichever loads first: when the widget loaded before this tag fired (the usual GTM order), chat_loaded is still pushed once (chatwire found the widget) and every later message is reported.",
        "enablingConditions": [
          {
            "paramName": "vendorMode",
            "paramValue": "some",
            "type": "EQUALS"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "eventsGroup",
    "displayName": "Events to push",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "LABEL",
        "name": "eventsHelp",
        "displayName": "Each ticked event is pushed as a Custom Event with the name shown (with the default prefix chat_). Untick what you do not need."
      },
      {
        "type": "GROUP",
        "name": "eventsGroup1",
        "displayName": "Widget",
        "groupStyle": "NO_ZIPPY",
        "subParams": [
          {
            "type": "CHECKBOX",
            "name": "event_loaded",
            "checkboxText": "Chat widget loaded — chat_loaded",
            "simpleValueType": true,
            "defaultValue": false,
            "help": "The widget is ready on the page: once per page view and widget. Per-page noise for most reports, hence off by default."
          },
          {
            "type": "CHECKBOX",
            "name": "event_shown",
            "checkboxText": "Launcher shown — chat_shown",
            "simpleValueType": true,
            "defaultValue": false,
            "help": "The chat launcher or a bot teaser became visible to the visitor. Per-page noise for most reports, hence off by default."
          },
          {
            "type": "CHECKBOX",
            "name": "event_hidden",
            "checkboxText": "Launcher hidden — chat_hidden",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The chat launcher was hidden again."
          },
          {
            "type": "CHECKBOX",
            "name": "event_opened",
            "checkboxText": "Chat window opened — chat_opened",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor opened the chat window."
          },
          {
            "type": "CHECKBOX",
            "name": "event_closed",
            "checkboxText": "Chat window closed — chat_closed",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor closed the chat window or collapsed it to its launcher."
          },
          {
            "type": "CHECKBOX",
            "name": "event_minimized",
            "checkboxText": "Chat window minimized — chat_minimized",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "Only widgets with a separate minimized state send this; the others send Chat window closed."
          },
          {
            "type": "CHECKBOX",
            "name": "event_restored",
            "checkboxText": "Chat window restored — chat_restored",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor brought a minimized chat window back."
          },
          {
            "type": "CHECKBOX",
            "name": "event_article_opened",
            "checkboxText": "Help article opened — chat_article_opened",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor opened a help-center article in the widget; chat.label holds its title."
          },
          {
            "type": "CHECKBOX",
            "name": "event_error",
            "checkboxText": "Widget error — chat_error",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The widget reported an error, for example a chat it could not start."
          }
        ]
      },
      {
        "type": "GROUP",
        "name": "eventsGroup2",
        "displayName": "Conversation",
        "groupStyle": "NO_ZIPPY",
        "subParams": [
          {
            "type": "CHECKBOX",
            "name": "event_started",
            "checkboxText": "Conversation started — chat_started",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor started a conversation: once per conversation. A good GA4 key event."
          },
          {
            "type": "CHECKBOX",
            "name": "event_message_sent",
            "checkboxText": "Message sent by the visitor — chat_message_sent",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "One event per message the visitor sends. The text itself is never pushed."
          },
          {
            "type": "CHECKBOX",
            "name": "event_message_received",
            "checkboxText": "Message received by the visitor — chat_message_received",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "One event per message from an agent or a bot."
          },
          {
            "type": "CHECKBOX",
            "name": "event_completed",
            "checkboxText": "Bot flow completed — chat_completed",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor reached the successful end of a bot or chat flow."
          },
          {
            "type": "CHECKBOX",
            "name": "event_cancelled",
            "checkboxText": "Flow abandoned — chat_cancelled",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor left a bot flow or a form before its end."
          },
          {
            "type": "CHECKBOX",
            "name": "event_ended",
            "checkboxText": "Conversation ended — chat_ended",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The conversation was closed by the visitor, the agent or the widget."
          }
        ]
      },
      {
        "type": "GROUP",
        "name": "eventsGroup3",
        "displayName": "Leads and forms",
        "groupStyle": "NO_ZIPPY",
        "subParams": [
          {
            "type": "CHECKBOX",
            "name": "event_form_started",
            "checkboxText": "Form started — chat_form_started",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor started filling in a pre-chat, callback or data-collection form."
          },
          {
            "type": "CHECKBOX",
            "name": "event_form_submitted",
            "checkboxText": "Form submitted — chat_form_submitted",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor submitted a pre-chat, callback or data-collection form. What they typed is never pushed."
          },
          {
            "type": "CHECKBOX",
            "name": "event_lead",
            "checkboxText": "Contact details given — chat_lead",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor gave an email address or phone number; chat.lead_type says which. The container sends it to GA4 as generate_lead."
          },
          {
            "type": "CHECKBOX",
            "name": "event_question_shown",
            "checkboxText": "Qualifying question shown — chat_question_shown",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The widget asked the visitor a qualifying question."
          },
          {
            "type": "CHECKBOX",
            "name": "event_question_answered",
            "checkboxText": "Qualifying question answered — chat_question_answered",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor answered a qualifying question; chat.label says which question, never the answer."
          },
          {
            "type": "CHECKBOX",
            "name": "event_meeting_booked",
            "checkboxText": "Meeting booked — chat_meeting_booked",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor booked a meeting through the chat."
          }
        ]
      },
      {
        "type": "GROUP",
        "name": "eventsGroup4",
        "displayName": "Agent",
        "groupStyle": "NO_ZIPPY",
        "subParams": [
          {
            "type": "CHECKBOX",
            "name": "event_agent_requested",
            "checkboxText": "Human agent requested — chat_agent_requested",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor asked for a person, or was put in the queue for one."
          },
          {
            "type": "CHECKBOX",
            "name": "event_agent_joined",
            "checkboxText": "Agent joined — chat_agent_joined",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "A human agent joined the conversation."
          },
          {
            "type": "CHECKBOX",
            "name": "event_agent_timeout",
            "checkboxText": "No agent answered in time — chat_agent_timeout",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor waited for an agent and nobody answered in time."
          },
          {
            "type": "CHECKBOX",
            "name": "event_video_answered",
            "checkboxText": "Video call answered — chat_video_answered",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor answered a video call from an agent."
          },
          {
            "type": "CHECKBOX",
            "name": "event_video_rejected",
            "checkboxText": "Video call declined — chat_video_rejected",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor declined a video call from an agent."
          }
        ]
      },
      {
        "type": "GROUP",
        "name": "eventsGroup5",
        "displayName": "Survey and rating",
        "groupStyle": "NO_ZIPPY",
        "subParams": [
          {
            "type": "CHECKBOX",
            "name": "event_survey_started",
            "checkboxText": "Survey started — chat_survey_started",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor started the survey shown after a chat."
          },
          {
            "type": "CHECKBOX",
            "name": "event_survey_submitted",
            "checkboxText": "Survey submitted — chat_survey_submitted",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor submitted the survey shown after a chat."
          },
          {
            "type": "CHECKBOX",
            "name": "event_rating_submitted",
            "checkboxText": "Conversation rated — chat_rating_submitted",
            "simpleValueType": true,
            "defaultValue": true,
            "help": "The visitor rated the conversation."
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "privacyGroup",
    "displayName": "Privacy and consent",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "RADIO",
        "name": "pii",
        "displayName": "Email addresses and phone numbers visitors type into a chat",
        "radioItems": [
          {
            "value": "redact",
            "displayValue": "Never send them (recommended)",
            "help": "Only the kind of detail is sent: chat.lead_type is \"email\" or \"phone\"."
          },
          {
            "value": "hash",
            "displayValue": "Send a SHA-256 hash (chat.email_sha256, chat.phone_sha256)",
            "help": "For matching with your own hashed customer lists, e.g. enhanced conversions. The email is trimmed and lower-cased, the phone reduced to its digits (keeping a leading +) first: numbers typed with their country code (+1 415…) match lists in E.164 format."
          },
          {
            "value": "include",
            "displayValue": "Send the values (chat.email, chat.phone)",
            "help": "Only if your consent and contracts allow it. Never forward these fields to Google Analytics: its policies forbid personal data."
          }
        ],
        "simpleValueType": true,
        "defaultValue": "redact"
      },
      {
        "type": "LABEL",
        "name": "includeWarning",
        "displayName": "Warning: Google Analytics forbids sending personal data such as email addresses and phone numbers. Do not map chat.email or chat.phone into GA4 tags.",
        "enablingConditions": [
          {
            "paramName": "pii",
            "paramValue": "include",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "LABEL",
        "name": "hashWarning",
        "displayName": "Use the hashes for matching with your own hashed customer lists (e.g. a Google Ads tag's user-provided data). Do not map chat.email_sha256 or chat.phone_sha256 into GA4 tags: a hashed email address or phone number is still personal data.",
        "enablingConditions": [
          {
            "paramName": "pii",
            "paramValue": "hash",
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "consentGating",
        "checkboxText": "Wait for consent before listening",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "chatwire starts only once every consent type ticked below is granted (Consent Mode), and starts by itself when the visitor grants it later. A consent type your site never sets counts as granted, as everywhere in Tag Manager: sites without Consent Mode see no change."
      },
      {
        "type": "CHECKBOX",
        "name": "consent_analytics_storage",
        "checkboxText": "Requires analytics_storage",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "chatwire waits until analytics_storage is granted.",
        "enablingConditions": [
          {
            "paramName": "consentGating",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "consent_ad_storage",
        "checkboxText": "Requires ad_storage",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire waits until ad_storage is granted.",
        "enablingConditions": [
          {
            "paramName": "consentGating",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "consent_ad_user_data",
        "checkboxText": "Requires ad_user_data",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire waits until ad_user_data is granted.",
        "enablingConditions": [
          {
            "paramName": "consentGating",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "consent_ad_personalization",
        "checkboxText": "Requires ad_personalization",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire waits until ad_personalization is granted.",
        "enablingConditions": [
          {
            "paramName": "consentGating",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "consent_functionality_storage",
        "checkboxText": "Requires functionality_storage",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire waits until functionality_storage is granted.",
        "enablingConditions": [
          {
            "paramName": "consentGating",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "consent_personalization_storage",
        "checkboxText": "Requires personalization_storage",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire waits until personalization_storage is granted.",
        "enablingConditions": [
          {
            "paramName": "consentGating",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "consent_security_storage",
        "checkboxText": "Requires security_storage",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire waits until security_storage is granted.",
        "enablingConditions": [
          {
            "paramName": "consentGating",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "runtimeGroup",
    "displayName": "Where the chatwire script comes from",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "RADIO",
        "name": "runtimeSource",
        "displayName": "chatwire script",
        "radioItems": [
          {
            "value": "page",
            "displayValue": "Already on the page (nothing is loaded)",
            "help": "The \"chatwire runtime\" tag of the chatwire container carries the script; fire it first through Tag Sequencing. Your own script element works too. The tag fails when no script is there."
          },
          {
            "value": "cdn",
            "displayValue": "From jsDelivr, pinned to chatwire 0.1.0",
            "help": "Loads https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/… (all widgets: one file; \"Only these\": the core and one small file per widget). Only once chatwire 0.1.0 is published on npm; see docs/releasing.md."
          }
        ],
        "simpleValueType": true,
        "defaultValue": "page"
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "advancedGroup",
    "displayName": "Advanced",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "TEXT",
        "name": "eventPrefix",
        "displayName": "Event name prefix",
        "simpleValueType": true,
        "defaultValue": "chat_",
        "valueHint": "chat_",
        "help": "Start of every event name. GA4-safe: letters, digits and underscores, starting with a letter, at most 23 characters so every event name stays within GA4's 40, and not one of GA4's reserved starts (ga_, google_, firebase_). The container's triggers expect chat_.",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^[A-Za-z][A-Za-z0-9_]{0,22}$"
            ],
            "errorMessage": "Letters, digits and underscores only, starting with a letter, at most 23 characters."
          },
          {
            "type": "REGEX",
            "args": [
              "^([^gGfF].*||[gG]([^aAoO].*||[aA]([^_].*|)|[oO]([^oO].*||[oO]([^gG].*||[gG]([^lL].*||[lL]([^eE].*||[eE]([^_].*|))))))|[fF]([^iI].*||[iI]([^rR].*||[rR]([^eE].*||[eE]([^bB].*||[bB]([^aA].*||[aA]([^sS].*||[sS]([^eE].*||[eE]([^_].*|)))))))))$"
            ],
            "errorMessage": "GA4 reserves event names starting with ga_, google_, firebase_."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "dataLayerName",
        "displayName": "dataLayer name",
        "simpleValueType": true,
        "defaultValue": "dataLayer",
        "help": "Change only if your container uses a renamed dataLayer.",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^[A-Za-z_$][A-Za-z0-9_$]*$"
            ],
            "errorMessage": "A JavaScript variable name, such as dataLayer."
          }
        ]
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "allowedOrigins",
        "displayName": "Allowed message origins",
        "help": "Widgets that talk to the page by postMessage (CTLive) are accepted from this page's own origin. Add the origins of widget frames hosted elsewhere, e.g. https://chat.example.com.",
        "simpleTableColumns": [
          {
            "defaultValue": "",
            "displayName": "Origin",
            "name": "origin",
            "type": "TEXT",
            "isUnique": true,
            "valueValidators": [
              {
                "type": "REGEX",
                "args": [
                  "^https?://[a-z0-9.-]+(:[0-9]+)?$"
                ],
                "errorMessage": "An origin in lower case: https://host or https://host:port, no path, no trailing slash."
              }
            ]
          }
        ],
        "newRowButtonText": "Add origin"
      },
      {
        "type": "CHECKBOX",
        "name": "debug",
        "checkboxText": "Debug logging in the browser console",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Logs each widget event and each push ([chatwire] in the console). Leave off in production."
      }
    ]
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

// chatwire tag: writes window.chatwireConfig (CONTRACT §3) and starts the
// runtime with it, once the required consent types are granted. The runtime is
// either already on the page (the container's "chatwire runtime" tag, fired
// first through Tag Sequencing: nothing is loaded) or loaded from jsDelivr,
// pinned to this template's version. GTM sandboxed JavaScript: ES5 plus arrow
// functions and const/let; no regular expressions.
const addConsentListener = require('addConsentListener');
const callInWindow = require('callInWindow');
const copyFromWindow = require('copyFromWindow');
const getType = require('getType');
const injectScript = require('injectScript');
const isConsentGranted = require('isConsentGranted');
const logToConsole = require('logToConsole');
const makeString = require('makeString');
const setInWindow = require('setInWindow');

// Filled in by scripts/gtm/template.mjs from package.json and the runtime's registry.
const CDN_BASE = 'https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/';
const VENDORS = ["adobe_dynamic_chat","genesys_widgets","customerly","smartagent","ctlive","intercom","drift","hubspot","livechat","zendesk","tawkto","crisp","freshchat","genesys_messenger","salesforce_messaging","salesforce_chat","tidio","olark","helpscout","chatwoot","jivochat","smartsupp","qualified","userlike","zoho_salesiq","liveperson","dynamics365","kustomer","botpress","ada","dixa","helpcrunch","purechat","comm100","snapengage","gist","tiledesk","voiceflow","sinch","dialogflow","channelio","frontchat","chatlio","chaport","ringcentral_engage","ujet","ujet_v3","rocketchat","livehelperchat","chatbase"];
const ACTIONS = ["loaded","shown","hidden","opened","closed","minimized","restored","started","form_started","form_submitted","lead","question_shown","question_answered","message_sent","message_received","agent_requested","agent_joined","agent_timeout","meeting_booked","completed","cancelled","ended","survey_started","survey_submitted","rating_submitted","video_answered","video_rejected","article_opened","error"];
const CONSENT_TYPES = ["analytics_storage","ad_storage","ad_user_data","ad_personalization","functionality_storage","personalization_storage","security_storage"];
const RESERVED_PREFIXES = ["ga_","google_","firebase_"];
const MAX_PREFIX = 23;
const PREFIX_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';

const log = (message, value) => {
  if (data.debug) logToConsole('[chatwire tag] ' + message, value);
};

// GA4 event names: letters, digits and underscores, starting with a letter,
// at most 40 characters with the longest action, and none of GA4's reserved
// starts. The field validates this too; the code checks whatever reaches it.
const validPrefix = (prefix) => {
  if (getType(prefix) !== 'string' || prefix.length < 1 || prefix.length > MAX_PREFIX) return false;
  for (let i = 0; i < prefix.length; i++) {
    const at = PREFIX_CHARACTERS.indexOf(prefix.charAt(i));
    if (at < 0 || (i === 0 && at >= 52)) return false;
  }
  const lower = prefix.toLowerCase();
  return RESERVED_PREFIXES.every((reserved) => lower.indexOf(reserved) !== 0);
};

const prefix = getType(data.eventPrefix) === 'undefined' ? 'chat_' : makeString(data.eventPrefix);
if (!validPrefix(prefix)) log('event prefix is not GA4-safe, using chat_:', prefix);

const origins = [];
if (getType(data.allowedOrigins) === 'array') {
  data.allowedOrigins.forEach((row) => {
    const origin = row && makeString(row.origin);
    if (origin && origin !== 'undefined' && origins.indexOf(origin) < 0) origins.push(origin);
  });
}

// "Only these": the ticked widgets; otherwise every supported one.
const onlyThese = data.vendorMode === 'some';

// Exactly the object of CONTRACT §3: an unticked vendor or action is left out.
const config = {
  vendors: onlyThese ? VENDORS.filter((id) => data['vendor_' + id] === true) : VENDORS,
  events: ACTIONS.filter((action) => data['event_' + action] !== false),
  eventPrefix: validPrefix(prefix) ? prefix : 'chat_',
  dataLayerName: data.dataLayerName ? makeString(data.dataLayerName) : 'dataLayer',
  pii: data.pii === 'hash' || data.pii === 'include' ? data.pii : 'redact',
  allowedOrigins: origins,
  debug: data.debug === true,
};

// The CDN files for this configuration (CONTRACT §1): the all-vendor runtime,
// or the core plus one adapter per ticked widget, plus SHA-256 when hashing.
const files = () => {
  if (!onlyThese) return ['chatwire.min.js'];
  const list = ['chatwire.core.min.js'];
  config.vendors.forEach((id) => list.push('vendors/' + id + '.min.js'));
  if (config.pii === 'hash') list.push('chatwire.hash.min.js');
  return list;
};

// Calls onSuccess once every file loaded, onFailure at the first that did not.
// The URL is the cache token: one script element per file however often the tag fires.
const injectAll = (urls, onSuccess, onFailure) => {
  let pending = urls.length;
  let failed = false;
  urls.forEach((url) => {
    injectScript(
      url,
      () => {
        pending = pending - 1;
        if (pending === 0 && !failed) onSuccess();
      },
      () => {
        if (failed) return;
        failed = true;
        onFailure();
      },
      url,
    );
  });
};

const start = (onSuccess, onFailure) => {
  setInWindow('chatwireConfig', config, true);
  // A runtime on the page (the container's runtime tag, another container, the
  // site's own script) gets this configuration now; the latest tag's wins.
  const running = getType(copyFromWindow('chatwire.version')) === 'string';
  if (running) {
    callInWindow('chatwire.start', config);
    log('configuration applied', config);
  }
  if (data.runtimeSource === 'cdn') {
    // A runtime loaded now reads window.chatwireConfig when it starts.
    injectAll(files().map((file) => CDN_BASE + file), onSuccess, onFailure);
  } else if (running) {
    onSuccess();
  } else {
    log('no chatwire runtime on the page: fire the "chatwire runtime" tag first (Tag Sequencing), or choose the CDN');
    onFailure();
  }
};

// GTM's consent semantics: a type that was never set counts as granted.
const required = data.consentGating === false ? [] : CONSENT_TYPES.filter((type) => data['consent_' + type] === true);
const granted = () => required.every((type) => isConsentGranted(type));

if (granted()) {
  start(data.gtmOnSuccess, data.gtmOnFailure);
} else {
  // The tag has done its part; chatwire starts when (if) every type is granted.
  let started = false;
  required.forEach((type) => {
    addConsentListener(type, () => {
      if (started || !granted()) return;
      started = true;
      log('consent granted; starting', config);
      start(
        () => log('runtime ready'),
        () => log('runtime failed to load or is missing'),
      );
    });
  });
  log('waiting for consent:', required);
  data.gtmOnSuccess();
}


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "inject_script",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/chatwire.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/chatwire.core.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/chatwire.hash.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/adobe_dynamic_chat.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/genesys_widgets.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/customerly.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/smartagent.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/ctlive.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/intercom.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/drift.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/hubspot.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/livechat.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/zendesk.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/tawkto.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/crisp.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/freshchat.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/genesys_messenger.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/salesforce_messaging.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/salesforce_chat.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/tidio.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/olark.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/helpscout.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/chatwoot.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/jivochat.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/smartsupp.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/qualified.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/userlike.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/zoho_salesiq.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/liveperson.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/dynamics365.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/kustomer.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/botpress.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/ada.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/dixa.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/helpcrunch.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/purechat.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/comm100.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/snapengage.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/gist.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/tiledesk.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/voiceflow.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/sinch.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/dialogflow.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/channelio.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/frontchat.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/chatlio.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/chaport.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/ringcentral_engage.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/ujet.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/ujet_v3.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/rocketchat.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/livehelperchat.min.js"
              },
              {
                "type": 1,
                "string": "https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/vendors/chatbase.min.js"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_globals",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "chatwireConfig"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "chatwire.version"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "chatwire.start"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "debug"
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "analytics_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_personalization"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "functionality_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "personalization_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "security_storage"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: Defaults (every widget, consent never set, runtime on the page) configure the runtime and load nothing
  code: |-
    runCode(mockData);
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    assertApi('callInWindow').wasCalledWith('chatwire.start', expectedConfig);
    assertThat(injected).isEqualTo([]);
    assertApi('addConsentListener').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
    assertApi('logToConsole').wasNotCalled();
- name: Runtime "already on the page" but missing writes the configuration and fails the tag
  code: |-
    runtimeVersion = undefined;
    runCode(mockData);
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    assertApi('callInWindow').wasNotCalled();
    assertThat(injected).isEqualTo([]);
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: Every widget from the CDN loads the all-vendor runtime, pinned
  code: |-
    runtimeVersion = undefined;
    mockData.runtimeSource = 'cdn';
    runCode(mockData);
    assertThat(injected).isEqualTo([CDN_BASE + 'chatwire.min.js']);
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    assertApi('gtmOnSuccess').wasCalled();
- name: Only these from the CDN loads the core and one adapter per ticked widget
  code: |-
    runtimeVersion = undefined;
    mockData.runtimeSource = 'cdn';
    mockData.vendorMode = 'some';
    mockData['vendor_' + VENDORS[1]] = true;
    mockData['vendor_' + VENDORS[3]] = true;
    runCode(mockData);
    expectedConfig.vendors = [VENDORS[1], VENDORS[3]];
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    assertThat(injected).isEqualTo([CDN_BASE + 'chatwire.core.min.js', CDN_BASE + 'vendors/' + VENDORS[1] + '.min.js', CDN_BASE + 'vendors/' + VENDORS[3] + '.min.js']);
    assertApi('gtmOnSuccess').wasCalled();
- name: Only these with hashing also loads the SHA-256 module, and only then
  code: |-
    runtimeVersion = undefined;
    mockData.runtimeSource = 'cdn';
    mockData.vendorMode = 'some';
    mockData['vendor_' + VENDORS[0]] = true;
    mockData.pii = 'hash';
    runCode(mockData);
    assertThat(injected).isEqualTo([CDN_BASE + 'chatwire.core.min.js', CDN_BASE + 'vendors/' + VENDORS[0] + '.min.js', CDN_BASE + 'chatwire.hash.min.js']);
- name: Only these with the runtime on the page narrows config.vendors and loads nothing
  code: |-
    mockData.vendorMode = 'some';
    mockData['vendor_' + VENDORS[2]] = true;
    runCode(mockData);
    expectedConfig.vendors = [VENDORS[2]];
    assertApi('callInWindow').wasCalledWith('chatwire.start', expectedConfig);
    assertThat(injected).isEqualTo([]);
    assertApi('gtmOnSuccess').wasCalled();
- name: A CDN file that fails to load fails the tag, once
  code: |-
    runtimeVersion = undefined;
    loads = false;
    mockData.runtimeSource = 'cdn';
    mockData.vendorMode = 'some';
    mockData['vendor_' + VENDORS[0]] = true;
    mockData['vendor_' + VENDORS[1]] = true;
    runCode(mockData);
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: Unticked actions are left out of config.events, ticked per-page actions are added
  code: |-
    mockData.event_lead = false;
    mockData.event_loaded = true;
    runCode(mockData);
    expectedConfig.events = ACTIONS.filter((action) => action !== 'lead' && action !== 'shown');
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
- name: Privacy modes hash and include are passed on; anything else means redact
  code: |-
    mockData.pii = 'hash';
    runCode(mockData);
    expectedConfig.pii = 'hash';
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    mockData.pii = 'include';
    runCode(mockData);
    expectedConfig.pii = 'include';
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    mockData.pii = 'everything';
    runCode(mockData);
    expectedConfig.pii = 'redact';
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
- name: Consent granted starts at once
  code: |-
    consent.analytics_storage = 'granted';
    runCode(mockData);
    assertApi('isConsentGranted').wasCalledWith('analytics_storage');
    assertApi('callInWindow').wasCalledWith('chatwire.start', expectedConfig);
    assertApi('addConsentListener').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: Consent denied waits without configuring, then starts once when granted
  code: |-
    consent.analytics_storage = 'denied';
    runCode(mockData);
    assertApi('setInWindow').wasNotCalled();
    assertApi('callInWindow').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
    updateConsent('analytics_storage', 'denied');
    assertApi('setInWindow').wasNotCalled();
    updateConsent('analytics_storage', 'granted');
    updateConsent('analytics_storage', 'granted');
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    assertThat(starts()).isEqualTo(1);
- name: Two required consent types start only when both are granted
  code: |-
    mockData.consent_ad_storage = true;
    consent.analytics_storage = 'denied';
    consent.ad_storage = 'denied';
    runCode(mockData);
    updateConsent('ad_storage', 'granted');
    assertApi('setInWindow').wasNotCalled();
    updateConsent('analytics_storage', 'granted');
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    assertThat(starts()).isEqualTo(1);
- name: A consent type never set counts as granted (GTM's rule), so sites without Consent Mode see no change
  code: |-
    mockData.consent_ad_user_data = true;
    runCode(mockData);
    assertApi('addConsentListener').wasNotCalled();
    assertThat(starts()).isEqualTo(1);
- name: Consent gating off starts even when consent is denied
  code: |-
    mockData.consentGating = false;
    consent.analytics_storage = 'denied';
    runCode(mockData);
    assertApi('isConsentGranted').wasNotCalled();
    assertThat(starts()).isEqualTo(1);
- name: The event prefix is kept when GA4-safe, else chat_ is used (empty, bad characters, too long, GA4-reserved)
  code: |-
    mockData.eventPrefix = 'support_';
    runCode(mockData);
    expectedConfig.eventPrefix = 'support_';
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    expectedConfig.eventPrefix = 'chat_';
    const unsafe = ['', 'chat-', '1chat_', 'chat event ', 'a_prefix_that_is_far_too_long', 'ga_', 'Google_chat_', 'firebase_x'];
    unsafe.forEach((value) => {
      mockData.eventPrefix = value;
      runCode(mockData);
      assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    });
- name: Allowed origins become a list, without blanks or repeats
  code: |-
    mockData.allowedOrigins = [{ origin: 'https://chat.example.com' }, { origin: '' }, { origin: 'https://chat.example.com' }, { origin: 'https://help.example.org' }];
    runCode(mockData);
    expectedConfig.allowedOrigins = ['https://chat.example.com', 'https://help.example.org'];
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
- name: Debug logging only when ticked, and the runtime then logs too
  code: |-
    mockData.debug = true;
    mockData.eventPrefix = 'bad prefix';
    runCode(mockData);
    expectedConfig.debug = true;
    assertApi('logToConsole').wasCalled();
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
- name: dataLayer name is passed on
  code: |-
    mockData.dataLayerName = 'chatLayer';
    runCode(mockData);
    expectedConfig.dataLayerName = 'chatLayer';
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
setup: |-
  const CDN_BASE = 'https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/';
  const VENDORS = ["adobe_dynamic_chat","genesys_widgets","customerly","smartagent","ctlive","intercom","drift","hubspot","livechat","zendesk","tawkto","crisp","freshchat","genesys_messenger","salesforce_messaging","salesforce_chat","tidio","olark","helpscout","chatwoot","jivochat","smartsupp","qualified","userlike","zoho_salesiq","liveperson","dynamics365","kustomer","botpress","ada","dixa","helpcrunch","purechat","comm100","snapengage","gist","tiledesk","voiceflow","sinch","dialogflow","channelio","frontchat","chatlio","chaport","ringcentral_engage","ujet","ujet_v3","rocketchat","livehelperchat","chatbase"];
  const ACTIONS = ["loaded","shown","hidden","opened","closed","minimized","restored","started","form_started","form_submitted","lead","question_shown","question_answered","message_sent","message_received","agent_requested","agent_joined","agent_timeout","meeting_booked","completed","cancelled","ended","survey_started","survey_submitted","rating_submitted","video_answered","video_rejected","article_opened","error"];
  const NOISY_ACTIONS = ["loaded","shown"];
  const CONSENT_TYPES = ["analytics_storage","ad_storage","ad_user_data","ad_personalization","functionality_storage","personalization_storage","security_storage"];
  // The tag's data with the template's defaults.
  const mockData = { vendorMode: 'all', runtimeSource: 'page', eventPrefix: 'chat_', dataLayerName: 'dataLayer', pii: 'redact', allowedOrigins: [], debug: false, consentGating: true };
  VENDORS.forEach((id) => {
    mockData['vendor_' + id] = false;
  });
  ACTIONS.forEach((action) => {
    mockData['event_' + action] = NOISY_ACTIONS.indexOf(action) < 0;
  });
  CONSENT_TYPES.forEach((type) => {
    mockData['consent_' + type] = type === 'analytics_storage';
  });
  const expectedConfig = {
    vendors: VENDORS,
    events: ACTIONS.filter((action) => NOISY_ACTIONS.indexOf(action) < 0),
    eventPrefix: 'chat_',
    dataLayerName: 'dataLayer',
    pii: 'redact',
    allowedOrigins: [],
    debug: false,
  };
  // Consent as GTM keeps it: 'granted', 'denied', or never set, which counts as granted.
  const consent = {};
  const consentListeners = [];
  mock('isConsentGranted', (type) => consent[type] !== 'denied');
  mock('addConsentListener', (type, fn) => {
    consentListeners.push([type, fn]);
  });
  const updateConsent = (type, state) => {
    consent[type] = state;
    consentListeners.forEach((listener) => {
      if (listener[0] === type) listener[1](type, state === 'granted');
    });
  };
  // A chatwire runtime on the page, as the container's "chatwire runtime" tag leaves it.
  let runtimeVersion = '0.1.0';
  let runtimeStarts = 0;
  mock('copyFromWindow', (key) => (key === 'chatwire.version' ? runtimeVersion : undefined));
  mock('callInWindow', (path) => {
    if (path === 'chatwire.start') runtimeStarts = runtimeStarts + 1;
  });
  const starts = () => runtimeStarts;
  const injected = [];
  let loads = true;
  mock('injectScript', (url, onSuccess, onFailure, cacheToken) => {
    injected.push(url);
    if (loads) onSuccess();
    else onFailure();
  });


___NOTES___

Generated by scripts/gtm/build.mjs for chatwire 0.1.0: edit gtm-template/src/ or scripts/gtm/ and run npm run build.
Runtime from the CDN: https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/
