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
  "description": "Listens to the chat widgets on the page (Adobe Dynamic Chat, Genesys, Customerly, SmartAgent, CTLive, …) and pushes one normalized chat_* event per widget event into the dataLayer. Private by default.",
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
        "type": "LABEL",
        "name": "vendorsHelp",
        "displayName": "chatwire listens to every ticked widget that is on the page, whenever it loads. Untick a widget to ignore it."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_adobe_dynamic_chat",
        "checkboxText": "Adobe Dynamic Chat",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Adobe Dynamic Chat (vendor id \"adobe_dynamic_chat\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_genesys_widgets",
        "checkboxText": "Genesys Widgets",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Genesys Widgets (vendor id \"genesys_widgets\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_customerly",
        "checkboxText": "Customerly",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Customerly (vendor id \"customerly\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_smartagent",
        "checkboxText": "SmartAgent",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of SmartAgent (vendor id \"smartagent\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_ctlive",
        "checkboxText": "CTLive",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of CTLive (vendor id \"ctlive\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_intercom",
        "checkboxText": "Intercom Messenger",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Intercom Messenger (vendor id \"intercom\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_drift",
        "checkboxText": "Drift",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Drift (vendor id \"drift\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_hubspot",
        "checkboxText": "HubSpot chat",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of HubSpot chat (vendor id \"hubspot\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_livechat",
        "checkboxText": "LiveChat",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of LiveChat (vendor id \"livechat\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_zendesk",
        "checkboxText": "Zendesk Web Widget",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Zendesk Web Widget (vendor id \"zendesk\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_tawkto",
        "checkboxText": "Tawk.to",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Tawk.to (vendor id \"tawkto\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_crisp",
        "checkboxText": "Crisp",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Crisp (vendor id \"crisp\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_freshchat",
        "checkboxText": "Freshchat",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Freshchat (vendor id \"freshchat\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_genesys_messenger",
        "checkboxText": "Genesys Cloud Web Messenger",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Genesys Cloud Web Messenger (vendor id \"genesys_messenger\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_salesforce_messaging",
        "checkboxText": "Salesforce Messaging for In-App and Web",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Salesforce Messaging for In-App and Web (vendor id \"salesforce_messaging\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_salesforce_chat",
        "checkboxText": "Salesforce Embedded Service Chat",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Salesforce Embedded Service Chat (vendor id \"salesforce_chat\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_tidio",
        "checkboxText": "Tidio",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Tidio (vendor id \"tidio\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_olark",
        "checkboxText": "Olark",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Olark (vendor id \"olark\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_helpscout",
        "checkboxText": "Help Scout Beacon",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Help Scout Beacon (vendor id \"helpscout\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_chatwoot",
        "checkboxText": "Chatwoot",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Chatwoot (vendor id \"chatwoot\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_jivochat",
        "checkboxText": "JivoChat",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of JivoChat (vendor id \"jivochat\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_smartsupp",
        "checkboxText": "Smartsupp",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Smartsupp (vendor id \"smartsupp\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_qualified",
        "checkboxText": "Qualified",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Qualified (vendor id \"qualified\")."
      },
      {
        "type": "CHECKBOX",
        "name": "vendor_userlike",
        "checkboxText": "Userlike",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Push the events of Userlike (vendor id \"userlike\")."
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
        "displayName": "Each ticked action is pushed as a Custom Event named prefix + action (chat_opened, chat_lead, …). Untick the ones you do not need."
      },
      {
        "type": "CHECKBOX",
        "name": "event_loaded",
        "checkboxText": "loaded",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "widget script ready."
      },
      {
        "type": "CHECKBOX",
        "name": "event_shown",
        "checkboxText": "shown",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "launcher / bot shown to the visitor."
      },
      {
        "type": "CHECKBOX",
        "name": "event_hidden",
        "checkboxText": "hidden",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "launcher hidden."
      },
      {
        "type": "CHECKBOX",
        "name": "event_opened",
        "checkboxText": "opened",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "chat window opened."
      },
      {
        "type": "CHECKBOX",
        "name": "event_closed",
        "checkboxText": "closed",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "chat window closed."
      },
      {
        "type": "CHECKBOX",
        "name": "event_minimized",
        "checkboxText": "minimized",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "chat window minimized."
      },
      {
        "type": "CHECKBOX",
        "name": "event_restored",
        "checkboxText": "restored",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "chat window restored from minimized."
      },
      {
        "type": "CHECKBOX",
        "name": "event_started",
        "checkboxText": "started",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "conversation started by the visitor."
      },
      {
        "type": "CHECKBOX",
        "name": "event_form_started",
        "checkboxText": "form_started",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "the visitor started filling a form (pre-chat, callback, data collection)."
      },
      {
        "type": "CHECKBOX",
        "name": "event_form_submitted",
        "checkboxText": "form_submitted",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "the form was submitted."
      },
      {
        "type": "CHECKBOX",
        "name": "event_lead",
        "checkboxText": "lead",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "contact details given (`lead_type` says which)."
      },
      {
        "type": "CHECKBOX",
        "name": "event_question_shown",
        "checkboxText": "question_shown",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "a qualifying question was shown."
      },
      {
        "type": "CHECKBOX",
        "name": "event_question_answered",
        "checkboxText": "question_answered",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "it was answered (the answer itself is personal data)."
      },
      {
        "type": "CHECKBOX",
        "name": "event_message_sent",
        "checkboxText": "message_sent",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "the visitor sent a message."
      },
      {
        "type": "CHECKBOX",
        "name": "event_message_received",
        "checkboxText": "message_received",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "the visitor received a message."
      },
      {
        "type": "CHECKBOX",
        "name": "event_agent_requested",
        "checkboxText": "agent_requested",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "the visitor asked for / was queued for a human agent."
      },
      {
        "type": "CHECKBOX",
        "name": "event_agent_joined",
        "checkboxText": "agent_joined",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "an agent joined the conversation."
      },
      {
        "type": "CHECKBOX",
        "name": "event_agent_timeout",
        "checkboxText": "agent_timeout",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "no agent answered in time."
      },
      {
        "type": "CHECKBOX",
        "name": "event_meeting_booked",
        "checkboxText": "meeting_booked",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "a meeting was booked."
      },
      {
        "type": "CHECKBOX",
        "name": "event_completed",
        "checkboxText": "completed",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "the flow reached its successful end."
      },
      {
        "type": "CHECKBOX",
        "name": "event_cancelled",
        "checkboxText": "cancelled",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "abandoned before the end."
      },
      {
        "type": "CHECKBOX",
        "name": "event_ended",
        "checkboxText": "ended",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "conversation ended."
      },
      {
        "type": "CHECKBOX",
        "name": "event_survey_started",
        "checkboxText": "survey_started",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "a survey was started."
      },
      {
        "type": "CHECKBOX",
        "name": "event_survey_submitted",
        "checkboxText": "survey_submitted",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "it was submitted."
      },
      {
        "type": "CHECKBOX",
        "name": "event_rating_submitted",
        "checkboxText": "rating_submitted",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "the visitor rated the conversation."
      },
      {
        "type": "CHECKBOX",
        "name": "event_video_answered",
        "checkboxText": "video_answered",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "a video call was answered."
      },
      {
        "type": "CHECKBOX",
        "name": "event_video_rejected",
        "checkboxText": "video_rejected",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "a video call was rejected."
      },
      {
        "type": "CHECKBOX",
        "name": "event_article_opened",
        "checkboxText": "article_opened",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "a help-center article was opened."
      },
      {
        "type": "CHECKBOX",
        "name": "event_error",
        "checkboxText": "error",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "the widget reported an error."
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
        "type": "CHECKBOX",
        "name": "consentGating",
        "checkboxText": "Wait for consent before listening",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "chatwire starts only once the chosen consent type is granted (Consent Mode). Until then nothing is listened to or pushed."
      },
      {
        "type": "SELECT",
        "name": "consentType",
        "displayName": "Consent type",
        "macrosInSelect": false,
        "selectItems": [
          {
            "value": "analytics_storage",
            "displayValue": "analytics_storage"
          },
          {
            "value": "ad_storage",
            "displayValue": "ad_storage"
          },
          {
            "value": "ad_user_data",
            "displayValue": "ad_user_data"
          },
          {
            "value": "ad_personalization",
            "displayValue": "ad_personalization"
          },
          {
            "value": "functionality_storage",
            "displayValue": "functionality_storage"
          },
          {
            "value": "personalization_storage",
            "displayValue": "personalization_storage"
          },
          {
            "value": "security_storage",
            "displayValue": "security_storage"
          }
        ],
        "simpleValueType": true,
        "defaultValue": "analytics_storage",
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
        "help": "Start of every event name. GA4-safe: letters, digits and underscores, starting with a letter, at most 23 characters so every event name stays within GA4's 40.",
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

// chatwire tag: writes window.chatwireConfig (CONTRACT §3) and loads the
// runtime, pinned to this template's version. GTM sandboxed JavaScript:
// ES5 plus arrow functions and const/let; no regular expressions.
const addConsentListener = require('addConsentListener');
const callInWindow = require('callInWindow');
const copyFromWindow = require('copyFromWindow');
const getType = require('getType');
const injectScript = require('injectScript');
const isConsentGranted = require('isConsentGranted');
const logToConsole = require('logToConsole');
const makeString = require('makeString');
const setInWindow = require('setInWindow');

// Filled in by scripts/gtm.mjs from package.json and the runtime's registry.
const RUNTIME_URL = 'https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/chatwire.min.js';
const VENDORS = ["adobe_dynamic_chat","genesys_widgets","customerly","smartagent","ctlive","intercom","drift","hubspot","livechat","zendesk","tawkto","crisp","freshchat","genesys_messenger","salesforce_messaging","salesforce_chat","tidio","olark","helpscout","chatwoot","jivochat","smartsupp","qualified","userlike"];
const ACTIONS = ["loaded","shown","hidden","opened","closed","minimized","restored","started","form_started","form_submitted","lead","question_shown","question_answered","message_sent","message_received","agent_requested","agent_joined","agent_timeout","meeting_booked","completed","cancelled","ended","survey_started","survey_submitted","rating_submitted","video_answered","video_rejected","article_opened","error"];
const MAX_PREFIX = 23;
const PREFIX_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';

const log = (message, value) => {
  if (data.debug) logToConsole('[chatwire tag] ' + message, value);
};

// GA4 event names: letters, digits and underscores, starting with a letter,
// at most 40 characters with the longest action. The field validates this
// too; the code checks whatever reaches it.
const validPrefix = (prefix) => {
  if (getType(prefix) !== 'string' || prefix.length < 1 || prefix.length > MAX_PREFIX) return false;
  for (let i = 0; i < prefix.length; i++) {
    const at = PREFIX_CHARACTERS.indexOf(prefix.charAt(i));
    if (at < 0 || (i === 0 && at >= 52)) return false;
  }
  return true;
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

// Exactly the object of CONTRACT §3: an unticked vendor or action is left out.
const config = {
  vendors: VENDORS.filter((id) => data['vendor_' + id] !== false),
  events: ACTIONS.filter((action) => data['event_' + action] !== false),
  eventPrefix: validPrefix(prefix) ? prefix : 'chat_',
  dataLayerName: data.dataLayerName ? makeString(data.dataLayerName) : 'dataLayer',
  pii: data.pii === 'hash' || data.pii === 'include' ? data.pii : 'redact',
  allowedOrigins: origins,
  debug: data.debug === true,
};

const start = (onSuccess, onFailure) => {
  setInWindow('chatwireConfig', config, true);
  // Already on the page (another tag, another container): apply this configuration now.
  if (getType(copyFromWindow('chatwire.version')) === 'string') {
    callInWindow('chatwire.start', config);
    log('runtime already loaded; configuration applied', config);
  }
  // One script element per cache token, however often the tag fires; a second
  // container may add its own copy, which hands over to the first. The runtime
  // reads window.chatwireConfig when it starts, so the latest tag's config wins.
  injectScript(RUNTIME_URL, onSuccess, onFailure, 'chatwire');
};

if (data.consentGating) {
  const consentType = data.consentType || 'analytics_storage';
  if (isConsentGranted(consentType)) {
    start(data.gtmOnSuccess, data.gtmOnFailure);
  } else {
    // The tag has done its part; chatwire starts when (if) consent is granted.
    let started = false;
    addConsentListener(consentType, (type, granted) => {
      if (!granted || started) return;
      started = true;
      log('consent granted for ' + type + '; starting', config);
      start(
        () => log('runtime loaded'),
        () => log('runtime failed to load'),
      );
    });
    log('waiting for consent: ' + consentType);
    data.gtmOnSuccess();
  }
} else {
  start(data.gtmOnSuccess, data.gtmOnFailure);
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
- name: Defaults write the contract configuration and inject the pinned runtime
  code: |-
    runCode(mockData);
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    assertThat(injected).isEqualTo([[RUNTIME_URL, 'chatwire']]);
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
    assertApi('callInWindow').wasNotCalled();
    assertApi('logToConsole').wasNotCalled();
- name: An unticked vendor is left out of config.vendors
  code: |-
    mockData['vendor_' + VENDORS[0]] = false;
    runCode(mockData);
    expectedConfig.vendors = VENDORS.slice(1);
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
- name: Unticked actions are left out of config.events
  code: |-
    mockData.event_loaded = false;
    mockData.event_lead = false;
    runCode(mockData);
    expectedConfig.events = ACTIONS.filter((action) => action !== 'loaded' && action !== 'lead');
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
- name: A runtime that fails to load fails the tag
  code: |-
    mock('injectScript', (url, onSuccess, onFailure) => {
      onFailure();
    });
    runCode(mockData);
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
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
- name: Consent gating with consent granted starts at once
  code: |-
    mockData.consentGating = true;
    mockData.consentType = 'analytics_storage';
    mock('isConsentGranted', (type) => type === 'analytics_storage');
    runCode(mockData);
    assertThat(injected.length).isEqualTo(1);
    assertApi('addConsentListener').wasNotCalled();
    assertApi('gtmOnSuccess').wasCalled();
- name: Consent gating without consent waits, then starts once when granted
  code: |-
    mockData.consentGating = true;
    mockData.consentType = 'ad_storage';
    mock('isConsentGranted', (type) => false);
    let listener;
    mock('addConsentListener', (type, fn) => {
      assertThat(type).isEqualTo('ad_storage');
      listener = fn;
    });
    runCode(mockData);
    assertApi('setInWindow').wasNotCalled();
    assertThat(injected.length).isEqualTo(0);
    assertApi('gtmOnSuccess').wasCalled();
    listener('ad_storage', false);
    assertThat(injected.length).isEqualTo(0);
    listener('ad_storage', true);
    listener('ad_storage', true);
    assertThat(injected.length).isEqualTo(1);
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
- name: The event prefix is kept when GA4-safe, else chat_ is used
  code: |-
    mockData.eventPrefix = 'support_';
    runCode(mockData);
    expectedConfig.eventPrefix = 'support_';
    assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    expectedConfig.eventPrefix = 'chat_';
    const unsafe = ['', 'chat-', '1chat_', 'chat event ', 'a_prefix_that_is_far_too_long'];
    unsafe.forEach((value) => {
      mockData.eventPrefix = value;
      runCode(mockData);
      assertApi('setInWindow').wasCalledWith('chatwireConfig', expectedConfig, true);
    });
- name: A runtime already on the page gets the new configuration through chatwire.start
  code: |-
    mock('copyFromWindow', (key) => (key === 'chatwire.version' ? '0.0.1' : undefined));
    runCode(mockData);
    assertApi('callInWindow').wasCalledWith('chatwire.start', expectedConfig);
    assertApi('gtmOnSuccess').wasCalled();
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
  const RUNTIME_URL = 'https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/chatwire.min.js';
  const VENDORS = ["adobe_dynamic_chat","genesys_widgets","customerly","smartagent","ctlive","intercom","drift","hubspot","livechat","zendesk","tawkto","crisp","freshchat","genesys_messenger","salesforce_messaging","salesforce_chat","tidio","olark","helpscout","chatwoot","jivochat","smartsupp","qualified","userlike"];
  const ACTIONS = ["loaded","shown","hidden","opened","closed","minimized","restored","started","form_started","form_submitted","lead","question_shown","question_answered","message_sent","message_received","agent_requested","agent_joined","agent_timeout","meeting_booked","completed","cancelled","ended","survey_started","survey_submitted","rating_submitted","video_answered","video_rejected","article_opened","error"];
  const mockData = { eventPrefix: 'chat_', dataLayerName: 'dataLayer', pii: 'redact', allowedOrigins: [], debug: false, consentGating: false };
  VENDORS.forEach((id) => {
    mockData['vendor_' + id] = true;
  });
  ACTIONS.forEach((action) => {
    mockData['event_' + action] = true;
  });
  const expectedConfig = {
    vendors: VENDORS,
    events: ACTIONS,
    eventPrefix: 'chat_',
    dataLayerName: 'dataLayer',
    pii: 'redact',
    allowedOrigins: [],
    debug: false,
  };
  const injected = [];
  mock('injectScript', (url, onSuccess, onFailure, cacheToken) => {
    injected.push([url, cacheToken]);
    onSuccess();
  });


___NOTES___

Generated by scripts/gtm.mjs for chatwire 0.1.0: edit gtm-template/src/ and run npm run build.
Runtime: https://cdn.jsdelivr.net/npm/chatwire@0.1.0/dist/chatwire.min.js
