// Baseline: a typical Custom HTML listener for Smartsupp, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'smartsupp_' + name, smartsuppData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (typeof window.smartsupp === 'function') {
      clearInterval(timer);
      ['message_sent', 'message_received', 'messenger_close'].forEach(function (name) {
        window.smartsupp('on', name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
