// Baseline: a typical Custom HTML listener for Drift, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'drift_' + name, driftData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.drift && typeof window.drift.on === 'function') {
      clearInterval(timer);
      ['chatOpen', 'chatClose', 'startConversation', 'emailCapture', 'scheduling:meetingBooked'].forEach(function (name) {
        window.drift.on(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
