// Baseline: a typical Custom HTML listener for Crisp, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'crisp_' + name, crispData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.$crisp && typeof window.$crisp.push === 'function') {
      clearInterval(timer);
      ['chat:opened', 'chat:closed', 'message:sent', 'message:received', 'user:email:changed'].forEach(function (name) {
        window.$crisp.push([
          'on',
          name,
          function (data) {
            push(name, data);
          },
        ]);
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
