// Baseline: a typical Custom HTML listener for Tiledesk: handlers queued through the snippet's function.
(function () {
  function push(name, detail) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'tiledesk_' + name, tiledeskData: detail });
  }
  if (typeof window.Tiledesk !== 'function') return;
  ['onInit', 'onOpen', 'onClose', 'onNewConversation', 'onAfterMessageSend', 'onMessageCreated'].forEach(function (name) {
    window.Tiledesk(name, function (event) {
      push(name, event && event.detail);
    });
  });
})();
