// Baseline: a typical Custom HTML listener for Pure Chat, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'purechat_' + name, purechatData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.purechatApi && typeof window.purechatApi.on === 'function') {
      clearInterval(timer);
      ['chatbox:expand', 'chatbox:collapse', 'chat:start', 'chat:end', 'chat:rate', 'email:send'].forEach(function (name) {
        window.purechatApi.on(name, function (args) {
          push(name, args);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
