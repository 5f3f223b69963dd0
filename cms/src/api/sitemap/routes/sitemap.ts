export default {
  routes: [
    { method: 'GET', path: '/portal-sitemap', handler: 'sitemap.counts', config: { auth: false } },
    { method: 'GET', path: '/portal-sitemap/:type', handler: 'sitemap.slice', config: { auth: false } },
  ],
};
