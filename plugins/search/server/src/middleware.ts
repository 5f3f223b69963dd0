/**
 * Document-service middleware that tells the indexer which document changed in which locales.
 * Saving a draft changes nothing public and is skipped; publish, unpublish, delete, discardDraft and
 * saves that publish are followed by a re-sync of the locales they concern: the one in `params.locale`,
 * or, for "*" and calls without a locale, every locale the document had before or has after.
 */
import type { Core } from '@strapi/strapi';
import { getService } from './services';
import { describeError } from './utils/errors';

const ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft']);

export function registerIndexingMiddleware(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!ACTIONS.has(context.action)) return next();
    const indexer = getService(strapi, 'indexer');
    const target = indexer.sourceFor(context.uid);
    if (!target) return relatedChanged(strapi, context, next as () => Promise<Awaited<ReturnType<typeof next>>>);
    const params = (context.params ?? {}) as { documentId?: string; locale?: string | string[]; status?: string };
    if ((context.action === 'create' || context.action === 'update') && params.status !== 'published') return next();

    const single = typeof params.locale === 'string' && params.locale !== '*' ? [params.locale] : null;
    const listed = Array.isArray(params.locale) ? params.locale : null;
    const before = !single && !listed && params.documentId ? await target.reader.locales(params.documentId) : [];
    const result = await next();
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (!documentId) return result;
    const locales = single ?? listed ?? [...new Set([...before, ...(await target.reader.locales(documentId))])];
    try {
      await indexer.documentChanged(context.uid, documentId, locales);
    } catch (error) {
      // The editor's action succeeded; the drift check repairs the index later.
      strapi.log.error(`[search] could not index ${context.uid} ${documentId}: ${describeError(error)}`);
    }
    return result;
  });
}

type Context = { uid: string; action: string; params?: unknown };

/**
 * A category or organisation unit renamed (or removed) changes the indexed text of the entries that
 * point at it: re-sync those, in the locale of the change.
 */
async function relatedChanged<T>(strapi: Core.Strapi, context: Context, next: () => Promise<T>): Promise<T> {
  const indexer = getService(strapi, 'indexer');
  const relations = indexer.relationsTo(context.uid);
  if (relations.length === 0) return next();
  const { documentId, locale } = (context.params ?? {}) as { documentId?: string; locale?: unknown };
  const inLocale = typeof locale === 'string' && locale !== '*' ? { locale } : {};
  const result = await next();
  if (!documentId) return result;
  try {
    for (const { source, field } of relations) {
      const rows = (await strapi.db.query(source.uid as never).findMany({
        where: { [field]: { documentId }, publishedAt: { $notNull: true }, ...inLocale },
        select: ['documentId', 'locale'],
      } as never)) as Array<{ documentId: string; locale: string }>;
      for (const row of rows) await indexer.documentChanged(source.uid, row.documentId, [row.locale]);
    }
  } catch (error) {
    strapi.log.error(`[search] could not re-index entries related to ${context.uid} ${documentId}: ${describeError(error)}`);
  }
  return result;
}
