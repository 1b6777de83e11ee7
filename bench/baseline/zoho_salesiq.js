// Baseline: a typical Custom HTML listener for Zoho SalesIQ, polling every second for 20 s.
(function () {
  var tries = 0;
  function push(name, data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'zoho_salesiq_' + name, zohoSalesiqData: data });
  }
  var timer = setInterval(function () {
    tries++;
    var s = window.$zoho && window.$zoho.salesiq;
    if (s && s.visitor && typeof s.visitor.chat === 'function') {
      clearInterval(timer);
      s.floatwindow.open(function () {
        push('open');
      });
      s.floatwindow.minimize(function () {
        push('minimize');
      });
      s.visitor.chat(function (visitid, data) {
        push('chat', data);
      });
      s.chat.attend(function (visitid, data) {
        push('attend', data);
      });
      s.chat.agentMessage(function (visitid, data) {
        push('agent_message', data);
      });
      s.visitor.rating(function (visitid, data) {
        push('rating', data);
      });
    } else if (tries >= 20) {
      clearInterval(timer);
    }
  }, 1000);
})();
