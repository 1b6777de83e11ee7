// Baseline: a typical Custom HTML listener for the CCAI Platform (UJET) web SDK, polling every second for 20 s
// for the instance the installation guide keeps in `var ujet`.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'ujet_' + name, ujetData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.ujet && typeof window.ujet.on === 'function') {
      clearInterval(timer);
      ['ready', 'created', 'close', 'unread'].forEach(function (name) {
        window.ujet.on(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
