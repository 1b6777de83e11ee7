// Baseline: a typical Custom HTML listener for Salesforce Embedded Service chat, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'salesforce_chat_' + name, salesforce_chatData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.embedded_svc && typeof window.embedded_svc.addEventHandler === 'function') {
      clearInterval(timer);
      ['onHelpButtonClick', 'onChatEstablished', 'onChatEndedByAgent', 'onChatEndedByChasitor'].forEach(function (name) {
        window.embedded_svc.addEventHandler(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
