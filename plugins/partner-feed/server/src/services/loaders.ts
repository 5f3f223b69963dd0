import type { Core } from '@strapi/strapi';

/**
 * Direct loaders for persisted operations whose GraphQL execution would fetch relations row by row
 * (Strapi's resolvers query each article's cover, category and unit separately: 3 × N statements).
 * A loader reads the same published data through the document service with populates — a constant
 * number of SQL statements whatever the page size — and returns exactly the shape of the operation's
 * GraphQL `data`. The API suite checks the two answers are identical, so the loader cannot drift.
 */
type Row = Record<string, unknown> & {
  cover?: { url: string; alternativeText: string | null; width: number | null; height: number | null } | null;
  category?: { slug: string; name: string } | null;
  sourceUnit?: { name: string } | null;
};

const isoOrNull = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());

async function latestNews(strapi: Core.Strapi, variables: Record<string, unknown>) {
  const category = (variables.filters as { category?: { slug?: { eq?: string } } } | undefined)?.category?.slug?.eq;
  const rows = (await strapi.documents('api::article.article' as never).findMany({
    locale: variables.locale as string,
    status: 'published',
    filters: category ? { category: { slug: { $eq: category } } } : {},
    sort: [{ publicationDate: 'desc' }, { documentId: 'asc' }],
    limit: variables.limit as number,
    fields: ['documentId', 'slug', 'title', 'summary', 'publicationDate', 'locale', 'featured'],
    populate: {
      cover: { fields: ['url', 'alternativeText', 'width', 'height'] },
      category: { fields: ['slug', 'name'] },
      sourceUnit: { fields: ['name'] },
    },
  } as never)) as unknown as Row[];
  return {
    articles: rows.map((row) => ({
      documentId: row.documentId,
      slug: row.slug,
      title: row.title,
      summary: row.summary ?? null,
      publicationDate: isoOrNull(row.publicationDate),
      locale: row.locale,
      featured: Boolean(row.featured),
      cover: row.cover
        ? {
            url: row.cover.url,
            alternativeText: row.cover.alternativeText ?? null,
            width: row.cover.width ?? null,
            height: row.cover.height ?? null,
          }
        : null,
      category: row.category ? { slug: row.category.slug, name: row.category.name } : null,
      sourceUnit: row.sourceUnit ? { name: row.sourceUnit.name } : null,
    })),
  };
}

export const LOADERS: Record<string, (strapi: Core.Strapi, variables: Record<string, unknown>) => Promise<unknown>> = {
  'latest-news': latestNews,
};
