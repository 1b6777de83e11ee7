// Baseline: a typical Custom HTML listener for Dynamics 365 live chat: window events, no polling needed.
(function () {
  function push(name) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'd365_' + name.replace('lcw:', '') });
  }
  ['lcw:startChat', 'lcw:onMaximize', 'lcw:onMinimize', 'lcw:onMessageSent', 'lcw:onMessageReceived', 'lcw:closeChat'].forEach(function (name) {
    window.addEventListener(name, function () {
      push(name);
    });
  });
})();
