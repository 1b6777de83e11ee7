/** How many timed re-checks follow a trigger (see the delays in `run`). */
const STEPS = 11;

/**
 * Calls `check` whenever a vendor global may have appeared, without a
 * polling loop for the life of the page (CONTRACT §8):
 * - at once, when a script element is added to <head> or <body> (a vendor's
 *   snippet has just made its stub), and on every script's `load` event captured on `document`:
 *   every external script (a late vendor tag, a consent manager releasing
 *   it, an SPA route, a chatwire plugin) fires one right after it has run;
 *   other loads (images, iframes, stylesheets) are ignored, so a page that
 *   keeps loading images gets no re-checks and no timers from chatwire;
 * - then a short tail of timed re-checks, for vendors that define their global
 *   a moment after their script ran (after fetching their configuration),
 *   and for inline snippets parsed after the runtime started. Each trigger
 *   restarts the tail; once the page is quiet the timers end.
 * - on the vendors' own ready events (window or document events such as
 *   `adobedx.conversations.ready`).
 * @param check the detection pass; must not throw
 * @param readyEvents window event names that announce a vendor
 * @returns a function that removes the listeners and the pending timer
 */
export function watchScripts(check: () => void, readyEvents: string[]): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let step = 0;
  // A lazy loader (react-live-chat-loader, e2e/official/*-loader.spec.ts) makes a vendor's stub and adds its script
  // when the visitor clicks, minutes after the tail; the script then replays the stub's queue (the loader's `show`
  // included) as it runs, before its `load` event. Looking when a script element is added to <head> or <body>
  // (children only: a React app's renders below them never wake this) attaches to the stub first, so chatwire's
  // subscriptions are queued and replayed too. (No observer where there is none: a minimal document, as in unit tests.)
  const inserted =
    typeof MutationObserver == 'function' &&
    new MutationObserver((records) => records.some((record) => Array.from(record.addedNodes).some((node) => node.nodeName == 'SCRIPT')) && trigger());
  const run = (): void => {
    // Observed again at each check (observing a node twice only renews it): document.body is null while a script in
    // <head> runs before the body is parsed (GTM's container), and exists by one of the checks that follow.
    ([document.head, document.body] as (Node | null)[]).forEach((node) => inserted && node && inserted.observe(node, { childList: true }));
    check();
    // Re-checks after a trigger, then stops: at +50, +250, +1,050 ms and each second after, the last at +9,050 ms,
    // so a quiet page has no wakeups after ~9 s (CONTRACT §8: no page-lifetime polling).
    timer = step < STEPS ? setTimeout(run, Math.min(1000, 50 * 4 ** step++)) : undefined;
  };
  const trigger = (): void => {
    clearTimeout(timer);
    step = 0;
    run();
  };
  // Only scripts define vendor globals: images, iframes and stylesheets loading all the time must not wake the page.
  const loaded = (event: Event): void => {
    if ((event.target as Element).tagName == 'SCRIPT') trigger();
  };
  document.addEventListener('load', loaded, true);
  // Capturing on window also sees ready events dispatched on document (Tidio's `tidioChat-ready`), which need not bubble.
  readyEvents.forEach((name) => addEventListener(name, trigger, true));
  trigger();
  return () => {
    clearTimeout(timer);
    if (inserted) inserted.disconnect();
    document.removeEventListener('load', loaded, true);
    readyEvents.forEach((name) => removeEventListener(name, trigger, true));
  };
}
