// Baseline: a typical Custom HTML listener for Intercom, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'intercom_' + name, intercomData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (typeof window.Intercom === 'function') {
      clearInterval(timer);
      ['onShow', 'onHide', 'onUserEmailSupplied'].forEach(function (name) {
        window.Intercom(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
