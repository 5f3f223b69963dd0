/**
 * Public routes (`auth: false` here; the controller runs Strapi's content-API authentication itself
 * so API tokens are recognised and charged to their own rate limit).
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/operations', handler: 'feed.list', config: { auth: false } },
      { method: 'GET', path: '/operations/:id', handler: 'feed.operation', config: { auth: false } },
      { method: 'GET', path: '/feed/:locale.json', handler: 'feed.jsonFeed', config: { auth: false } },
      { method: 'GET', path: '/schema.graphql', handler: 'feed.schema', config: { auth: false } },
    ],
  },
};
