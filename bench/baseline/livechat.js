// Baseline: a typical Custom HTML listener for LiveChat, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'livechat_' + name, livechatData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.LiveChatWidget && typeof window.LiveChatWidget.on === 'function') {
      clearInterval(timer);
      ['ready', 'visibility_changed', 'new_event', 'form_submitted', 'rating_submitted'].forEach(function (name) {
        window.LiveChatWidget.on(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
