// Baseline: a typical Custom HTML listener for Salesforce Embedded Messaging (window events: nothing to poll for).
(function () {
  ['onEmbeddedMessagingReady', 'onEmbeddedMessagingButtonClicked', 'onEmbeddedMessagingConversationStarted', 'onEmbeddedMessagingConversationClosed'].forEach(function (name) {
    window.addEventListener(name, function (e) {
      window.dataLayer = window.dataLayer || [];
      window.dataLayer.push({ event: 'salesforce_messaging_' + name, salesforce_messagingData: e.detail });
    });
  });
})();
