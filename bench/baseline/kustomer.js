// Baseline: a typical Custom HTML listener for Kustomer, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'kustomer_' + name, kustomerData: data });
  }
  var timer = setInterval(function () {
    tries++;
    if (window.Kustomer && typeof window.Kustomer.addListener === 'function') {
      clearInterval(timer);
      ['onOpen', 'onClose', 'onConversationCreate'].forEach(function (name) {
        window.Kustomer.addListener(name, function (response) {
          push(name, response);
        });
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
