/**
 * Keeps the index in step with what readers see: the platform core's public-change event (publish,
 * unpublish, delete, a save that publishes) re-syncs the locales it concerns. Draft saves are no
 * public change and never reach here.
 */
import type { Core } from '@strapi/strapi';
import type { PublicChange } from '@portal/strapi-plugin-core/shared';
import { core } from './core';
import { getService } from './services';
import { describeError } from './utils/errors';

export function registerIndexing(strapi: Core.Strapi): void {
  core(strapi, 'public-changes').on(async (change) => {
    const indexer = getService(strapi, 'indexer');
    if (!indexer.sourceFor(change.uid)) return relatedChanged(strapi, change);
    try {
      await indexer.documentChanged(change.uid, change.documentId, change.locales);
    } catch (error) {
      // The editor's action succeeded; the drift check repairs the index later.
      strapi.log.error(`[search] could not index ${change.uid} ${change.documentId}: ${describeError(error)}`);
    }
  });
}

/**
 * A category or organisation unit renamed (or removed) changes the indexed text of the entries that
 * point at it: re-sync those, in the locales of the change.
 */
async function relatedChanged(strapi: Core.Strapi, change: PublicChange): Promise<void> {
  const indexer = getService(strapi, 'indexer');
  const relations = indexer.relationsTo(change.uid);
  if (relations.length === 0) return;
  const inLocales = change.locales.length > 0 ? { locale: { $in: change.locales } } : {};
  try {
    for (const { source, field } of relations) {
      const rows = (await strapi.db.query(source.uid as never).findMany({
        where: { [field]: { documentId: change.documentId }, publishedAt: { $notNull: true }, ...inLocales },
        select: ['documentId', 'locale'],
      } as never)) as Array<{ documentId: string; locale: string }>;
      for (const row of rows) await indexer.documentChanged(source.uid, row.documentId, [row.locale]);
    }
  } catch (error) {
    strapi.log.error(`[search] could not re-index entries related to ${change.uid} ${change.documentId}: ${describeError(error)}`);
  }
}
