import type { Core } from '@strapi/strapi';
import { signPreview, verifyPreview } from '../utils/preview-token';
import { DESK_FIELDS } from './article-desk';

/**
 * Strapi 5's preview (free edition) for articles: the admin asks `/content-manager/preview/url` (admin
 * session required) and this handler answers with the web's preview page for that draft, carrying a
 * signed token valid 30 minutes. Only someone allowed to read the draft in the admin gets one (a
 * reporter: their own drafts; an editor: all). The web sends the token back to
 * `GET /api/portal-preview/article?token=…`, the only way to read a draft outside the admin.
 */
const ARTICLE = 'api::article.article';
const webUrl = () => (process.env.WEB_URL || 'http://127.0.0.1:3000').replace(/\/$/, '');

/** The web's origin, which the admin lets its preview frame load (an unusable WEB_URL: none). */
export function previewOrigins(): string[] {
  try {
    return [new URL(webUrl()).origin];
  } catch {
    return [];
  }
}

type Params = { documentId?: string; locale?: string; status?: string };
type RequestState = { state?: { userAbility?: unknown } };

export async function articlePreviewUrl(uid: string, { documentId, locale }: Params): Promise<string | null> {
  const strapi = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
  if (uid !== ARTICLE || !documentId) return null;
  const lang = locale ?? 'vi';
  const ability = (strapi.requestContext.get() as RequestState | undefined)?.state?.userAbility;
  if (!ability) return null;
  const draft = await strapi.db.query(ARTICLE).findOne({ where: { documentId, locale: lang, publishedAt: null }, populate: ['createdBy'] });
  if (!draft) return null;
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ability, model: ARTICLE });
  if (checker.cannot.read(draft)) return null;
  return `${webUrl()}/preview?token=${signPreview({ uid, documentId, locale: lang })}`;
}

const POPULATE = {
  cover: true,
  gallery: true,
  category: { populate: { parent: true } },
  sourceUnit: true,
  tags: true,
  seo: true,
};

/**
 * The draft named by a valid token, shaped like the web's `ArticlePage` query result; null otherwise. The
 * desk's private fields (review note, schedule) stay out: whoever holds the link sees only the article.
 */
export async function loadArticlePreview(strapi: Core.Strapi, token: unknown): Promise<Record<string, unknown> | null> {
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
  return { ...article, localizations: [] };
}
