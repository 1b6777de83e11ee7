// Baseline: a typical Custom HTML listener for Chaport, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'chaport_' + name, chaportData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.chaport && typeof window.chaport.on === 'function') {
      clearInterval(timer);
      ['ready', 'widget.stateChange', 'chat.started'].forEach(function (name) {
        window.chaport.on(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
