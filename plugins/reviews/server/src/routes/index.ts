/**
 * REST routes. Public ones are served under /api/reviews without login (the captcha, the honeypot
 * and per-IP rate limits guard them); moderation routes under /reviews need an admin with the
 * plugin's `moderate` permission.
 */
export const MODERATE = 'plugin::reviews.moderate';

const open = { auth: false as const };
const moderator = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [MODERATE] } }],
};

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/captcha/challenge', handler: 'public.challenge', config: open },
      { method: 'GET', path: '/comments', handler: 'public.listComments', config: open },
      { method: 'POST', path: '/comments', handler: 'public.submitComment', config: open },
      { method: 'POST', path: '/comments/:id/report', handler: 'public.report', config: open },
      { method: 'GET', path: '/ratings', handler: 'public.ratingSummary', config: open },
      { method: 'POST', path: '/ratings', handler: 'public.rate', config: open },
      { method: 'GET', path: '/ratings/top', handler: 'public.top', config: open },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/comments', handler: 'moderation.list', config: moderator },
      { method: 'GET', path: '/comments/counts', handler: 'moderation.counts', config: moderator },
      { method: 'POST', path: '/comments/:action', handler: 'moderation.act', config: moderator },
      { method: 'POST', path: '/comments/:id/:action', handler: 'moderation.act', config: moderator },
    ],
  },
};
