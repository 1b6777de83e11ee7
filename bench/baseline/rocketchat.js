// Baseline: a typical Custom HTML listener for Rocket.Chat Livechat, as its docs write it: callbacks registered
// through RocketChat(function () { this.on…(fn) }), which the snippet queues (no polling needed once the snippet ran).
(function () {
  if (typeof window.RocketChat !== 'function') return;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'rocketchat_' + name, rocketchatData: data });
  }
  window.RocketChat(function () {
    var api = this;
    ['onChatMaximized', 'onChatMinimized', 'onChatStarted', 'onChatEnded', 'onOfflineFormSubmit', 'onAssignAgent'].forEach(function (name) {
      api[name](function (data) {
        push(name, data);
      });
    });
  });
})();
