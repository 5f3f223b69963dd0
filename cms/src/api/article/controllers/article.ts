import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { loadArticlePreview } from '../../../bootstrap/article-preview';

export default factories.createCoreController('api::article.article', ({ strapi }) => ({
  /** GET /api/portal-preview/article?token=… — one draft for the web's preview page, never cached. */
  async preview(ctx) {
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Robots-Tag', 'noindex');
    const preview = await loadArticlePreview(strapi, ctx.query.token);
    if (!preview) throw new errors.UnauthorizedError('Liên kết xem trước không hợp lệ hoặc đã hết hạn.');
    // `meta.frameAncestors`: the admin origins the web lets show this preview in a frame.
    return { data: preview.article, meta: { frameAncestors: preview.frameAncestors } };
  },
}));
