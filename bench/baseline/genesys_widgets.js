// Baseline: a typical Custom HTML listener for Genesys Widgets, polling every second for 20 s.
(function () {
  var tries = 0;
  var names = ['WebChat.opened', 'WebChat.started', 'WebChat.completed', 'Callback.opened', 'Callback.submitted'];
  var timer = setInterval(function () {
    tries++;
    var bus = window._genesys && window._genesys.widgets && window._genesys.widgets.bus;
    if (bus) {
      clearInterval(timer);
      var plugin = bus.registerPlugin('gtmListener');
      names.forEach(function (name) {
        plugin.subscribe(name, function (e) {
          window.dataLayer = window.dataLayer || [];
          window.dataLayer.push({ event: 'genesys', genesysEvent: name, genesysData: e.data });
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
