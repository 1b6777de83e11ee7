// Baseline: a typical Custom HTML listener for RingCentral Engage Messaging, as its docs' examples write it:
// handlers pushed into the _chatq queue (no polling needed: the queue exists as soon as the listener runs).
(function () {
  window._chatq = window._chatq || [];
  function push(data) {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: 'ringcentral_' + data.event, ringcentralData: data });
  }
  ['button_shown', 'chat_shown', 'chat_engaged', 'message_sent', 'message_received', 'chat_closed'].forEach(function (name) {
    window._chatq.push(['_onEvent', name, push]);
  });
})();
