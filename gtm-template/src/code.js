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
const CDN_BASE = '%CDN_BASE%';
const VENDORS = %VENDORS%;
const ACTIONS = %ACTIONS%;
const CONSENT_TYPES = %CONSENT_TYPES%;
const RESERVED_PREFIXES = %RESERVED_PREFIXES%;
const MAX_PREFIX = %MAX_PREFIX%;
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
