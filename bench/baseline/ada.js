// Baseline: a typical Custom HTML listener for Ada (embed2.js script tag), polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'ada_' + name, adaData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.adaEmbed && typeof window.adaEmbed.subscribeEvent === 'function') {
      clearInterval(timer);
      ['ada:minimize_chat', 'ada:close_chat', 'ada:agent:joined', 'ada:conversation:message'].forEach(function (key) {
        window.adaEmbed.subscribeEvent(key, function (data) {
          push(key.replace(/^ada:/, '').replace(/:/g, '_'), data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
