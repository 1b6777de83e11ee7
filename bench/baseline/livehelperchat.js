// Baseline: a typical Custom HTML listener for Live Helper Chat, polling every second for 20 s for the widget's
// emitter (window.$_LHC.eventListener, created by widgetv2/index.js).
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'lhc_' + name, lhcData: data });
  }
  var timer = setInterval(function () {
    tries++;
    var bus = window.$_LHC && window.$_LHC.eventListener;
    if (bus && typeof bus.addListener === 'function') {
      clearInterval(timer);
      ['showWidget', 'closeWidget', 'chatStarted', 'endChat', 'showInvitation'].forEach(function (name) {
        bus.addListener(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
