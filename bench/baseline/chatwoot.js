// Baseline: a typical Custom HTML listener for Chatwoot (window events: nothing to poll for).
(function () {
  ['chatwoot:ready', 'chatwoot:opened', 'chatwoot:closed', 'chatwoot:on-start-conversation', 'chatwoot:on-message'].forEach(function (name) {
    window.addEventListener(name, function (e) {
      window.dataLayer = window.dataLayer || [];
      window.dataLayer.push({ event: 'chatwoot_' + name, chatwootData: e.detail });
    });
  });
})();
