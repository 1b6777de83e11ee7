// Baseline: a typical Custom HTML listener for Tawk.to (window events: nothing to poll for).
(function () {
  ['tawkLoad', 'tawkChatMaximized', 'tawkChatMinimized', 'tawkChatStarted', 'tawkChatEnded', 'tawkPrechatSubmit'].forEach(function (name) {
    window.addEventListener(name, function (e) {
      window.dataLayer = window.dataLayer || [];
      window.dataLayer.push({ event: 'tawkto_' + name, tawktoData: e.detail });
    });
  });
})();
