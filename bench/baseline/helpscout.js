// Baseline: a typical Custom HTML listener for Help Scout Beacon, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'helpscout_' + name, helpscoutData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (typeof window.Beacon === 'function') {
      clearInterval(timer);
      ['open', 'close', 'chat-started', 'email-sent', 'article-viewed'].forEach(function (name) {
        window.Beacon('on', name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
