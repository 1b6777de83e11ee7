// Baseline: a typical Custom HTML listener for HelpCrunch, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'helpcrunch_' + name });
  }
  var timer = setInterval(function () {
    tries++;
    if (typeof window.HelpCrunch === 'function') {
      clearInterval(timer);
      ['onChatOpen', 'onChatClose', 'onCustomerMessage', 'onAgentMessage'].forEach(function (name) {
        window.HelpCrunch(name, function () {
          push(name);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
