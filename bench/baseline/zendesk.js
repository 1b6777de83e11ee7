// Baseline: a typical Custom HTML listener for Zendesk Web Widget, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'zendesk_' + name, zendeskData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (typeof window.zE === 'function') {
      clearInterval(timer);
      ['open', 'close', 'chat:start', 'chat:end'].forEach(function (name) {
        window.zE('webWidget:on', name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
