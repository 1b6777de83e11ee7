// Baseline: a typical Custom HTML listener for Voiceflow web chat: a window message listener, no origin check.
(function () {
  window.addEventListener('message', function (event) {
    var data;
    try {
      data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    } catch (e) {
      return;
    }
    if (!data || typeof data.type !== 'string' || data.type.indexOf('voiceflow:') !== 0) return;
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'voiceflow_' + data.type.slice(10), voiceflowData: data.payload });
  });
})();
