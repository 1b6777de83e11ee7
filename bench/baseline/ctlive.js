// Baseline: a typical Custom HTML listener for CTLive (postMessage: nothing to poll for).
(function () {
  window.addEventListener('message', function (message) {
    var data = message.data;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch (e) {
        return;
      }
    }
    if (data && data.name === 'CTLiveEvent') {
      window.dataLayer = window.dataLayer || [];
      window.dataLayer.push({ event: 'ctlive_' + data.type, ctliveObject: data.object });
    }
  });
})();
