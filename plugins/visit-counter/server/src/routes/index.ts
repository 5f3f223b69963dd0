const read = { policies: [{ name: 'admin::hasPermissions', config: { actions: ['plugin::visit-counter.read'] } }] };
const settings = { policies: [{ name: 'admin::hasPermissions', config: { actions: ['plugin::visit-counter.settings'] } }] };

/**
 * The hit beacon (`POST /api/visit-counter/hit`) is not a Strapi route: it is answered before Koa (see
 * http/hit-handler.ts). These are the read routes.
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/stats', handler: 'stats.site', config: { auth: false } },
      { method: 'GET', path: '/articles/:documentId', handler: 'stats.article', config: { auth: false } },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/overview', handler: 'stats.overview', config: read },
      { method: 'PUT', path: '/settings', handler: 'stats.updateSettings', config: settings },
      { method: 'POST', path: '/corrections', handler: 'stats.correctTotal', config: settings },
    ],
  },
};
