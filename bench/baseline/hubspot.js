// Baseline: a typical Custom HTML listener for HubSpot chat, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'hubspot_' + name, hubspotData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.HubSpotConversations && typeof window.HubSpotConversations.on === 'function') {
      clearInterval(timer);
      ['conversationStarted', 'conversationClosed', 'contactAssociated'].forEach(function (name) {
        window.HubSpotConversations.on(name, function (data) {
          push(name, data);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
