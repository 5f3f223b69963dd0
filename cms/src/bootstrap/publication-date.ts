import type { Core } from '@strapi/strapi';

/**
 * The date shown to readers (`publicationDate`) defaults to the moment an article is first published,
 * set here on the server whatever the form sent, so a just-published article is never left without a
 * date (it would sort last in every list, RSS and the JSON feed). The date stays editable: a date the
 * editor typed is kept, and republishing keeps the date of the first publication.
 *
 * Articles published before this existed are backfilled at boot from their first `publishedAt`.
 */
const ARTICLE = 'api::article.article';
const FIELD = 'publicationDate';

type Row = { documentId: string; publicationDate?: string | Date | null; publishedAt?: string | Date | null };
type Params = { documentId?: string; status?: string; data?: Record<string, unknown> };

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** The date a document already has (from its published version first), or undefined. */
async function existingDate(strapi: Core.Strapi, documentId: string | undefined): Promise<Date | undefined> {
  if (!documentId) return undefined;
  const rows: Row[] = await strapi.db.query(ARTICLE).findMany({
    where: { documentId, [FIELD]: { $notNull: true } },
    select: [FIELD, 'publishedAt'],
    orderBy: [{ publishedAt: 'asc' }],
  });
  const published = rows.find((r) => r.publishedAt) ?? rows[0];
  return published?.publicationDate ? new Date(published.publicationDate) : undefined;
}

/** Gives every version (draft and published, every locale: the field is shared) of a document its date. */
async function fillDocument(strapi: Core.Strapi, documentId: string): Promise<void> {
  const date = (await existingDate(strapi, documentId)) ?? new Date();
  await strapi.db.query(ARTICLE).updateMany({ where: { documentId, [FIELD]: null }, data: { [FIELD]: date } });
}

export function registerPublicationDate(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as Params;
    if (context.action === 'publish' && params.documentId) {
      // The admin's Publish button (and the API's publish) copy the draft: give the draft its date first.
      await fillDocument(strapi, params.documentId);
    } else if ((context.action === 'create' || context.action === 'update') && params.status === 'published' && params.data) {
      const date = await existingDate(strapi, params.documentId);
      if (isEmpty(params.data[FIELD]) && !(params.data[FIELD] === undefined && date)) params.data[FIELD] = date ?? new Date();
    }
    return next();
  });
}

/** Published articles without a date get the moment they were first published. Safe at every boot. */
export async function backfillPublicationDates(strapi: Core.Strapi): Promise<number> {
  const rows: Row[] = await strapi.db.query(ARTICLE).findMany({
    where: { [FIELD]: null, publishedAt: { $notNull: true } },
    select: ['documentId', 'publishedAt'],
  });
  const first = new Map<string, Date>();
  for (const row of rows) {
    const at = new Date(row.publishedAt as string);
    const known = first.get(row.documentId);
    if (!known || at < known) first.set(row.documentId, at);
  }
  for (const [documentId, date] of first) {
    const kept = await existingDate(strapi, documentId);
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId, [FIELD]: null }, data: { [FIELD]: kept ?? date } });
  }
  if (first.size) strapi.log.info(`[portal] publication date backfilled for ${first.size} article(s)`);
  return first.size;
}
