// Baseline: a typical Custom HTML listener for Chatbase, polling every second for 20 s until the embed script has
// replaced the embed code's queue (window.chatbase('getState') === 'initialized'), as its docs ask.
(function () {
  var tries = 0;
  function push(name) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'chatbase_' + name });
  }
  var timer = setInterval(function () {
    tries++;
    var ready;
    try {
      ready = typeof window.chatbase === 'function' && window.chatbase('getState') === 'initialized';
    } catch (e) {
      ready = false;
    }
    if (ready) {
      clearInterval(timer);
      ['user-message', 'assistant-message'].forEach(function (name) {
        window.chatbase.addEventListener(name, function () {
          push(name);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
