// Baseline: a typical Custom HTML listener for Tidio, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'tidio_' + name, tidioData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.tidioChatApi && typeof window.tidioChatApi.on === 'function') {
      clearInterval(timer);
      ['open', 'close', 'conversationStart', 'preFormFilled'].forEach(function (name) {
        window.tidioChatApi.on(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
