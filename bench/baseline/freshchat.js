// Baseline: a typical Custom HTML listener for Freshchat, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'freshchat_' + name, freshchatData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.fcWidget && typeof window.fcWidget.on === 'function') {
      clearInterval(timer);
      ['widget:opened', 'widget:closed', 'message:sent', 'message:received'].forEach(function (name) {
        window.fcWidget.on(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
