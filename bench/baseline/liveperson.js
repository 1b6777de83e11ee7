// Baseline: a typical Custom HTML listener for LivePerson, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'liveperson_' + name, livepersonData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.lpTag && window.lpTag.events && typeof window.lpTag.events.bind === 'function') {
      clearInterval(timer);
      window.lpTag.events.bind('lpUnifiedWindow', 'state', function (data) {
        push('state_' + (data && data.state), data);
      });
      window.lpTag.events.bind('LP_OFFERS', 'OFFER_CLICK', function (data) {
        push('offer_click', data);
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
