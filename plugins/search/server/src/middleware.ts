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

type Engines = { embedded: boolean; meili: boolean };

/**
 * Two listeners: the embedded index is node-local state, so it is updated on every node (`every-node`:
 * the core brings other nodes' events over Redis); Meilisearch is shared, so only the node where the
 * change happened queues it (`origin`).
 */
export function registerIndexing(strapi: Core.Strapi): void {
  const changes = core(strapi, 'public-changes');
  changes.on((change) => indexChange(strapi, change, { embedded: true, meili: false }), { scope: 'every-node' });
  changes.on((change) => indexChange(strapi, change, { embedded: false, meili: true }), { scope: 'origin' });
}

async function indexChange(strapi: Core.Strapi, change: PublicChange, engines: Engines): Promise<void> {
  const indexer = getService(strapi, 'indexer');
  if (engines.meili && !indexer.meili) return;
  if (!indexer.sourceFor(change.uid)) return relatedChanged(strapi, change, engines);
  try {
    await indexer.documentChanged(change.uid, change.documentId, change.locales, engines);
  } catch (error) {
    // The editor's action succeeded; the catch-up and the drift check repair the index later.
    strapi.log.error(`[search] could not index ${change.uid} ${change.documentId}: ${describeError(error)}`);
  }
}

/**
 * A category or organisation unit renamed (or removed) changes the indexed text of the entries that
 * point at it: re-sync those, in the locales of the change.
 */
async function relatedChanged(strapi: Core.Strapi, change: PublicChange, engines: Engines): Promise<void> {
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
      for (const row of rows) await indexer.documentChanged(source.uid, row.documentId, [row.locale], engines);
    }
  } catch (error) {
    strapi.log.error(`[search] could not re-index entries related to ${change.uid} ${change.documentId}: ${describeError(error)}`);
  }
}
