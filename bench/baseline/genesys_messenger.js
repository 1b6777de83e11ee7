// Baseline: a typical Custom HTML listener for Genesys Cloud Web Messenger, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'genesys_messenger_' + name, genesys_messengerData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (typeof window.Genesys === 'function') {
      clearInterval(timer);
      ['Messenger.opened', 'Messenger.closed', 'Conversations.started', 'MessagingService.messagesReceived'].forEach(function (name) {
        window.Genesys('subscribe', name, function (o) {
          push(name, o && o.data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
