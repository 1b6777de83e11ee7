import type { Vendor } from '../types.js';

/**
 * Qualified ("Client-Side API: handleEvents",
 * https://university-prod-7c4f29.qualified-website.com/help-articles/client-side-api). Everything goes
 * through `window.qualified(command, …)`. The install snippet sites carry (the
 * help articles do not show it: unconfirmed) makes it a function pushing its
 * arguments onto `qualified.q`, created on the first call; qualified.js runs
 * the queue, so chatwire registers its handler through the stub when it comes first.
 * `qualified('handleEvents', fn(name, data))` adds a handler; none is removed.
 */
export const qualified: Vendor = {
  id: 'qualified',
  global: 'qualified',
  channel: 'chat',
  stub: (q) => Array.isArray(q.q),
  // The handler gets (name, data): the payload is that argument list.
  type: '0',
  events: {
    'Conversation Started': 'started',
    'Meeting Booked': 'meeting_booked',
    'Email Captured': ['lead', { lead_type: 'email' }],
  },
  // Unconfirmed: the doc names the events, not their data; an `email` there is handled per privacy mode.
  fields: { email: '1.email' },
  attach: (q, listen) => {
    q(
      'handleEvents',
      listen(undefined, (...args) => args),
    );
  },
};
