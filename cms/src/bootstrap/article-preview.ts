import type { Core } from '@strapi/strapi';
import { signPreview, verifyPreview } from '../utils/preview-token';
import { DESK_FIELDS } from './article-desk';

/**
 * Strapi 5's preview (free edition) for articles: the admin asks `/content-manager/preview/url` (admin
 * session required) and this handler answers with the web's preview page for that draft, carrying a
 * signed token valid 30 minutes. Only someone allowed to read the draft in the admin gets one (a
 * reporter: their own drafts; an editor: all). The web sends the token back to
 * `GET /api/portal-preview/article?token=…`, the only way to read a draft outside the admin.
 *
 * Where the preview is and who may frame it: the page is the site's own address as readers' browsers reach
 * it (SITE_URL, else WEB_URL), and the token names the admin's origin exactly as the editor's browser
 * opened it (the request's origin: `localhost:1337` and `127.0.0.1:1337` are different origins to a browser)
 * besides the admin's public URL. The web lets those origins frame the page (frame-ancestors).
 */
const ARTICLE = 'api::article.article';
const siteUrl = () => (process.env.SITE_URL || process.env.WEB_URL || 'http://127.0.0.1:3000').replace(/\/$/, '');

const originOf = (url: unknown): string | null => {
  try {
    const { origin, protocol } = new URL(String(url));
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
};

/** The site's origin, which the admin lets its preview frame load (an unusable address: none). */
export function previewOrigins(): string[] {
  const origin = originOf(siteUrl());
  return origin ? [origin] : [];
}

type Params = { documentId?: string; locale?: string; status?: string };
type RequestState = { state?: { userAbility?: unknown }; request?: { origin?: string } };

/** Origins allowed to frame a preview: the admin's public URL, and the one the editor's browser is on. */
function frameOrigins(strapi: Core.Strapi, requestOrigin: unknown): string[] {
  const found = [strapi.config.get('admin.absoluteUrl'), requestOrigin].map(originOf);
  return [...new Set(found.filter((o): o is string => o !== null))];
}

export async function articlePreviewUrl(uid: string, { documentId, locale }: Params): Promise<string | null> {
  const strapi = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
  if (uid !== ARTICLE || !documentId) return null;
  const lang = locale ?? 'vi';
  const request = strapi.requestContext.get() as RequestState | undefined;
  const ability = request?.state?.userAbility;
  if (!ability) return null;
  const draft = await strapi.db.query(ARTICLE).findOne({ where: { documentId, locale: lang, publishedAt: null }, populate: ['createdBy'] });
  if (!draft) return null;
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ability, model: ARTICLE });
  if (checker.cannot.read(draft)) return null;
  const frame = frameOrigins(strapi, request?.request?.origin);
  return `${siteUrl()}/preview?token=${signPreview({ uid, documentId, locale: lang, frame })}`;
}

const POPULATE = {
  cover: true,
  gallery: true,
  category: { populate: { parent: true } },
  sourceUnit: true,
  tags: true,
  seo: true,
};

export type ArticlePreview = { article: Record<string, unknown>; frameAncestors: string[] };

/**
 * The draft named by a valid token, shaped like the web's `ArticlePage` query result, and the origins that
 * may frame its preview; null otherwise. The desk's private fields (review note, schedule) stay out: whoever
 * holds the link sees only the article.
 */
export async function loadArticlePreview(strapi: Core.Strapi, token: unknown): Promise<ArticlePreview | null> {
  const claims = verifyPreview(token);
  if (!claims || claims.uid !== ARTICLE) return null;
  // A valid token lets this one request read the draft below the content API's published-only pin.
  const request = strapi.requestContext.get() as { state?: { draftPreview?: boolean } } | undefined;
  if (request?.state) request.state.draftPreview = true;
  const draft = await strapi.db.query(ARTICLE).findOne({
    where: { documentId: claims.documentId, locale: claims.locale, publishedAt: null },
    populate: POPULATE,
  });
  if (!draft) return null;
  const { id: _id, createdBy: _c, updatedBy: _u, ...article } = draft as Record<string, unknown>;
  for (const field of DESK_FIELDS) delete article[field];
  const frameAncestors = (claims.frame ?? []).map(originOf).filter((o): o is string => o !== null);
  return { article: { ...article, localizations: [] }, frameAncestors };
}
