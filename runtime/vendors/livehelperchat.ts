import type { Vendor } from '../types.js';
import { subscribe } from '../lib/subscribe.js';

/**
 * Live Helper Chat, the open-source live chat ("Javascript arguments",
 * https://doc.livehelperchat.com/docs/javascript-arguments). The embed code
 * sets `LHC_API.args` and adds the widget script (`widgetv2/index.js`), which
 * creates `window.$_LHC`; its `eventListener` is the widget's event emitter:
 * `loadcb.eventEmitter.addListener(name, fn)` in the docs' load callback is the
 * same object, and the docs drive the widget by emitting on it
 * (`$_LHC.eventListener.emitEvent('showWidget')`). So every listener hears a
 * step whether the visitor or the page asked for it. chatwire adds its
 * listeners there once the script ran, beside the site's, and removes them on
 * stop with `removeListener`: the docs show only `addListener`, but the
 * widget's own source builds the emitter with `wolfy87-eventemitter`, which
 * has it (and drops a listener that returns true: chatwire's return nothing).
 * No ready event: the core derives `loaded` on attach.
 */
export const livehelperchat: Vendor = {
  id: 'livehelperchat',
  global: '$_LHC.eventListener',
  channel: 'chat',
  type: 't',
  events: {
    // The chat window opened in the page, or in a popup.
    showWidget: 'opened',
    openPopup: 'opened',
    closeWidget: 'closed',
    // `chatStarted(data, mode)`; its data are not documented, so nothing is read from them.
    chatStarted: 'started',
    // "Chat was closed by visitor or operator". `endChat`: "Chat ended and it's cookies were deleted. Happen when
    // visitor ends chat permanently and widget is closed. This event does NOT happen if just operator closes a chat"
    // (also the page's command to end it). A chat's first of the two is its `ended` (see attach).
    chatClosed: 'ended',
    endChat: 'ended',
    // The leave-a-message form.
    offlineMessage: 'form_submitted',
    // A proactive invitation (`data.name`: the invitation's name) and the "Need help" bubble. `hideInvitation`
    // "happens during migration to full widget mode": the invitation becomes the open chat, so it is not `hidden`.
    showInvitation: 'shown',
    cancelInvitation: 'hidden',
    nhShow: 'shown',
    nhHide: 'hidden',
  },
  // Only an invitation's name: the other events' data are undocumented (a chat's may name the visitor).
  fields: { label: 'i.name' },
  attach: (bus, listen) => {
    // Whether this chat's end was pushed: a visitor ending the chat sends both end events, an operator closing it
    // only chatClosed (and the visitor's endChat may follow later). chatStarted begins the next chat.
    let over = 0;
    return subscribe(
      Object.keys(livehelperchat.events),
      listen,
      (name, fn) => bus.addListener(name, fn),
      (name, fn) => bus.removeListener(name, fn),
      (name, data) => {
        const end = livehelperchat.events[name] == 'ended';
        const t = end && over ? '' : name;
        over = +end || (name == 'chatStarted' ? 0 : over);
        return { t, i: /Invitation$/.test(name) && data };
      },
    );
  },
};
