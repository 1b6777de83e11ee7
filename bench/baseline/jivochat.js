// Baseline: a typical Custom HTML listener for JivoChat, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'jivochat_' + name, jivochatData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.jivo_api) {
      clearInterval(timer);
      ['jivo_onOpen', 'jivo_onClose', 'jivo_onClientStartChat', 'jivo_onMessageSent'].forEach(function (name) {
        window[name] = function (data) {
          push(name, data);
        };
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
