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
const RUNTIME_URL = '%RUNTIME_URL%';
const VENDORS = %VENDORS%;
const ACTIONS = %ACTIONS%;
const MAX_PREFIX = %MAX_PREFIX%;
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
