// Baseline: a typical Custom HTML listener for SmartAgent, polling every second for 20 s.
(function () {
  var tries = 0;
  var timer = setInterval(function () {
    tries++;
    if (window.saEvents && typeof window.saEvents.subscribe === 'function') {
      clearInterval(timer);
      window.saEvents.subscribe(function (event) {
        window.dataLayer = window.dataLayer || [];
        window.dataLayer.push({ event: 'smartagent_' + event.type.toLowerCase(), smartagentData: event.data });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
