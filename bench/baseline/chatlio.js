// Baseline: a typical Custom HTML listener for Chatlio: document listeners for the widget's custom events.
(function () {
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'chatlio_' + name, chatlioData: data });
  }
  ['chatlio.ready', 'chatlio.expanded', 'chatlio.collapsed', 'chatlio.firstMessageSent', 'chatlio.messageSent', 'chatlio.messageReceived', 'chatlio.conversationEnded'].forEach(
    function (name) {
      document.addEventListener(name, function (event) {
        push(name.slice(8), event.detail);
      });
    },
  );
})();
