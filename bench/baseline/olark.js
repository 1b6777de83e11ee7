// Baseline: a typical Custom HTML listener for Olark, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'olark_' + name, olarkData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (typeof window.olark === 'function') {
      clearInterval(timer);
      ['api.chat.onBeginConversation', 'api.box.onExpand', 'api.box.onShrink'].forEach(function (name) {
        window.olark(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
