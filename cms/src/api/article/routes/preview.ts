/** A draft for the web's preview page, behind a signed token (see bootstrap/article-preview.ts). */
export default {
  routes: [
    {
      method: 'GET',
      path: '/portal-preview/article',
      handler: 'article.preview',
      config: { auth: false },
    },
  ],
};
