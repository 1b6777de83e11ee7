// Baseline: a typical Custom HTML listener for Qualified, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'qualified_' + name, qualifiedData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (typeof window.qualified === 'function') {
      clearInterval(timer);
      window.qualified('handleEvents', function (name, data) {
        push(name, data);
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
