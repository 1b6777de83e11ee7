// Baseline: a typical Custom HTML listener for Gist: document listeners added once the chat is ready.
(function () {
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'gist_' + name, gistData: data });
  }
  document.addEventListener('gistChatReady', function () {
    push('ready');
    ['messenger:opened', 'messenger:closed', 'conversation:started', 'message:sent', 'message:received'].forEach(function (name) {
      document.addEventListener(name, function (event) {
        push(name, event.detail);
      });
    });
  });
})();
