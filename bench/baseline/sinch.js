// Baseline: a typical Custom HTML listener for Sinch Chat, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'sinch_' + name, sinchData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.SinchSdk && window.SinchSdk.Chat && typeof window.SinchSdk.Chat.addEventListener === 'function') {
      clearInterval(timer);
      ['open', 'close', 'submitInitialForm', 'agentJoined', 'chatEnd'].forEach(function (name) {
        window.SinchSdk.Chat.addEventListener(name, function (args) {
          push(name, args);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
