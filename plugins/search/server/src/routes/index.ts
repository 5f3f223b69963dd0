export default {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [{ method: 'GET', path: '/search', handler: 'search.search', config: { auth: false } }],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/status', handler: 'admin.status', config: { policies: ['admin::isAuthenticatedAdmin'] } },
      { method: 'POST', path: '/reindex', handler: 'admin.reindex', config: { policies: ['admin::isAuthenticatedAdmin'] } },
    ],
  },
};
