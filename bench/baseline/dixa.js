// Baseline: a typical Custom HTML listener for Dixa Messenger, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'dixa_' + name, dixaData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window._dixa_ && typeof window._dixa_.addListener === 'function') {
      clearInterval(timer);
      ['on-widget-open-changed', 'on-conversation-started', 'on-conversation-ended', 'on-agent-assigned'].forEach(function (name) {
        window._dixa_.addListener(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
