// Baseline: a typical Custom HTML listener for Adobe Dynamic Chat, polling every second for 20 s.
(function () {
  var tries = 0;
  var timer = setInterval(function () {
    tries++;
    if (window.AdobeDX && window.AdobeDX.Enum) {
      clearInterval(timer);
      Object.keys(window.AdobeDX.Enum.Events).forEach(function (key) {
        window.AdobeDX.addListener(window.AdobeDX.Enum.Events[key], function (event) {
          window.dataLayer = window.dataLayer || [];
          window.dataLayer.push({ event: 'dynamic_chat', eventAction: key, eventLabel: event.data.payload.id });
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
