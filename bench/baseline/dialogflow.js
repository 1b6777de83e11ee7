// Baseline: a typical Custom HTML listener for Dialogflow Messenger: window listeners for its events.
(function () {
  ['df-messenger-loaded', 'df-chat-open-changed', 'df-user-input-entered', 'df-response-received'].forEach(function (name) {
    window.addEventListener(name, function (event) {
      window.dataLayer = window.dataLayer || [];
      window.dataLayer.push({ event: 'dialogflow_' + name.slice(3), dialogflowOpen: event.detail && event.detail.isOpen });
    });
  });
})();
