// Baseline: a typical Custom HTML listener for Userlike, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'userlike_' + name, userlikeData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.userlike || window.UserlikeApi) {
      clearInterval(timer);
      window.userlikeTrackingEvent = function (name, global, session) {
        push(name, session);
      };
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
