/**
 * What the web's sitemap files need and nothing more: for one type and locale, a slice of published
 * entries as slug + last change + the same entry's slug in the other locale (for hreflang), read with
 * one indexed SQL query per slice instead of paging the content API 100 rows at a time.
 *
 * Slices are found by offset on a partial covering index of published rows (locale, id, …) — an index-only scan
 * for the slice's first id — then read by keyset (id >= first) with the other locale joined through Strapi's
 * document index. The index comes from the migration database/migrations/…portal-sitemap-indexes.js. Ordered by id, a new article lands in the last slice and the others stay put.
 */
import type { Core } from '@strapi/strapi';
import { PORTAL_LOCALES } from '../../../bootstrap/locales';

export const SITEMAP_TYPES = {
  articles: 'api::article.article',
  categories: 'api::category.category',
  documents: 'api::official-document.official-document',
} as const;
export type SitemapType = keyof typeof SITEMAP_TYPES;

/** URLs per sitemap file: the protocol allows 50,000; 2,500 keep a cold file (query, cache, XML) well under 200 ms. */
export const SLICE_SIZE = 2500;

export const SITEMAP_LOCALES: string[] = PORTAL_LOCALES.map((l) => l.code);

type Metadata = { tableName: string; attributes: Record<string, unknown> };
const tableOf = (strapi: Core.Strapi, type: SitemapType) => (strapi.db.metadata.get(SITEMAP_TYPES[type]) as unknown as Metadata).tableName;
const hasDrafts = (strapi: Core.Strapi, type: SitemapType) =>
  Boolean(strapi.contentType(SITEMAP_TYPES[type] as never)?.options?.draftAndPublish);

export interface SitemapRow {
  slug: string;
  updatedAt: string | null;
  /** Slug of the same entry in each other locale it is published in. */
  alternates: Record<string, string>;
}

const iso = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Published entries per type and locale (how many slices the index lists). */
  async counts(): Promise<Record<SitemapType, Record<string, number>>> {
    const out = {} as Record<SitemapType, Record<string, number>>;
    for (const type of Object.keys(SITEMAP_TYPES) as SitemapType[]) {
      let query = strapi.db.connection(tableOf(strapi, type)).select('locale').count({ n: '*' }).groupBy('locale');
      if (hasDrafts(strapi, type)) query = query.whereNotNull('published_at');
      const rows = (await query) as Array<{ locale: string; n: number | string }>;
      out[type] = Object.fromEntries(SITEMAP_LOCALES.map((l) => [l, Number(rows.find((r) => r.locale === l)?.n ?? 0)]));
    }
    return out;
  },

  /** Slice `page` (1-based) of the published entries of a type in a locale. */
  async slice(type: SitemapType, locale: string, page: number): Promise<SitemapRow[]> {
    const knex = strapi.db.connection;
    const table = tableOf(strapi, type);
    const drafts = hasDrafts(strapi, type);
    let firstQuery = knex(table).select('id').where('locale', locale);
    if (drafts) firstQuery = firstQuery.whereNotNull('published_at');
    const first = (await firstQuery
      .orderBy('id')
      .offset((page - 1) * SLICE_SIZE)
      .limit(1)) as Array<{ id: number }>;
    if (!first[0]) return [];
    const others = SITEMAP_LOCALES.filter((l) => l !== locale);
    let query = knex({ a: table })
      .select('a.slug', 'a.updated_at', ...others.map((_, i) => `o${i}.slug as alt_${i}`))
      .where('a.locale', locale)
      .andWhere('a.id', '>=', first[0].id);
    if (drafts) query = query.whereNotNull('a.published_at');
    others.forEach((l, i) => {
      query = query.leftJoin({ [`o${i}`]: table }, function join() {
        this.on(`o${i}.document_id`, '=', 'a.document_id').andOn(`o${i}.locale`, '=', knex.raw('?', [l]));
        if (drafts) this.andOnNotNull(`o${i}.published_at`);
      });
    });
    const rows = (await query.orderBy('a.id').limit(SLICE_SIZE)) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      slug: String(row.slug),
      updatedAt: iso(row.updated_at),
      alternates: Object.fromEntries(others.flatMap((l, i) => (row[`alt_${i}`] ? [[l, String(row[`alt_${i}`])]] : []))),
    }));
  },
});
