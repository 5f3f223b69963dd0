import type { Core } from '@strapi/strapi';

/**
 * Tells the web portal which cached pages changed, so published news shows up within seconds while
 * readers are otherwise served from Next's cache. Calls POST {WEB_URL}/api/revalidate with the shared
 * REVALIDATE_SECRET and cache tags:
 *   - an article published / unpublished / deleted → `articles:<locale>` and `article:<locale>:<slug>`
 *     for its slugs before and after (a changed slug clears the old page too);
 *   - categories, units, links, settings (no drafts: every save is public) → `site`, which every
 *     cached CMS read carries.
 * Requests are batched over a short window and never block or fail the editor's action.
 */
const ARTICLE = 'api::article.article';
const SITE_TYPES = new Set([
  'api::category.category',
  'api::organization-unit.organization-unit',
  'api::site-setting.site-setting',
  'api::website-link.website-link',
  'api::admin-unit.admin-unit',
  'api::map-layer.map-layer',
  'api::official-document.official-document',
  'api::dossier-statistic.dossier-statistic',
]);
const ARTICLE_ACTIONS = new Set(['publish', 'unpublish', 'delete', 'create', 'update']);
const SITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish']);
const BATCH_MS = 150;

type Version = { slug: string; locale: string };

export function articleTags(versions: Version[]): string[] {
  const tags = new Set<string>();
  for (const { slug, locale } of versions) {
    tags.add(`articles:${locale}`);
    tags.add(`article:${locale}:${slug}`);
  }
  return [...tags];
}

export function createRevalidator(strapi: Core.Strapi, webUrl: string, secret: string) {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  async function flush() {
    timer = null;
    const tags = [...pending];
    pending.clear();
    if (tags.length === 0) return;
    try {
      const res = await fetch(`${webUrl}/api/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) strapi.log.warn(`[portal] web revalidation answered ${res.status} for ${tags.join(', ')}`);
      else strapi.log.debug(`[portal] web revalidated ${tags.join(', ')}`);
    } catch (error) {
      strapi.log.warn(`[portal] web revalidation failed (${error instanceof Error ? error.message : error}); pages refresh within the hour`);
    }
  }

  return (tags: string[]) => {
    for (const tag of tags) pending.add(tag);
    if (!timer) timer = setTimeout(() => void flush(), BATCH_MS);
  };
}

export function registerWebRevalidation(strapi: Core.Strapi): void {
  const webUrl = (process.env.WEB_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  const secret = process.env.REVALIDATE_SECRET ?? '';
  if (!webUrl || !secret) {
    strapi.log.info('[portal] WEB_URL or REVALIDATE_SECRET not set: the web portal will not be told about publications');
    return;
  }
  const revalidate = createRevalidator(strapi, webUrl, secret);

  const publishedVersions = async (documentId: string | undefined): Promise<Version[]> =>
    documentId
      ? strapi.db.query(ARTICLE).findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug', 'locale'] })
      : [];

  strapi.documents.use(async (context, next) => {
    if (context.uid === ARTICLE && ARTICLE_ACTIONS.has(context.action)) {
      const params = context.params as { documentId?: string; status?: string };
      // Saving a draft changes nothing public; only a save that also publishes does.
      if ((context.action === 'create' || context.action === 'update') && params.status !== 'published') return next();
      const before = await publishedVersions(params.documentId);
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      const after = await publishedVersions(documentId);
      revalidate(articleTags([...before, ...after]));
      return result;
    }
    if (SITE_TYPES.has(context.uid) && SITE_ACTIONS.has(context.action)) {
      // For types with drafts, saving a draft changes nothing public (as for articles above).
      const saving = context.action === 'create' || context.action === 'update';
      if (saving && context.contentType.options?.draftAndPublish && (context.params as { status?: string }).status !== 'published') return next();
      const result = await next();
      revalidate(['site']);
      return result;
    }
    return next();
  });
}
