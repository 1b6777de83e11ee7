// Baseline: a typical Custom HTML listener for Customerly, polling every second for 20 s.
(function () {
  var tries = 0;
  var timer = setInterval(function () {
    tries++;
    if (window.customerly && window.customerly.settings) {
      clearInterval(timer);
      var callbacks = (window.customerly.settings.callbacks = window.customerly.settings.callbacks || {});
      ['onChatOpened', 'onChatClosed', 'onLeadGenerated'].forEach(function (name) {
        callbacks[name] = function (value) {
          window.dataLayer = window.dataLayer || [];
          window.dataLayer.push({ event: 'customerly_' + name, customerlyValue: value });
        };
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
