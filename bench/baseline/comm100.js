// Baseline: a typical Custom HTML listener for Comm100, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'comm100_' + name, comm100Data: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.Comm100API && typeof window.Comm100API.on === 'function') {
      clearInterval(timer);
      ['livechat.chat.start', 'livechat.chat.end', 'livechat.chat.agent.join', 'livechat.invitation.display'].forEach(function (name) {
        window.Comm100API.on(name, function (args) {
          push(name, args);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
