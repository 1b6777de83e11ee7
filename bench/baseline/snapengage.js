// Baseline: a typical Custom HTML listener for SnapEngage, polling every second for 20 s (it replaces any callback the site set).
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'snapengage_' + name, snapengageData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.SnapEngage && typeof window.SnapEngage.setCallback === 'function') {
      clearInterval(timer);
      ['Open', 'Close', 'StartChat', 'ChatMessageSent', 'ChatMessageReceived', 'MessageSubmit'].forEach(function (name) {
        window.SnapEngage.setCallback(name, function () {
          push(name, Array.prototype.slice.call(arguments));
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
