// Baseline: a typical Custom HTML listener for Botpress Webchat, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'botpress_' + name, botpressData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.botpress && typeof window.botpress.on === 'function') {
      clearInterval(timer);
      ['webchat:opened', 'webchat:closed', 'conversation', 'messageSent', 'message'].forEach(function (name) {
        window.botpress.on(name, function (data) {
          push(name.replace('webchat:', ''), data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
