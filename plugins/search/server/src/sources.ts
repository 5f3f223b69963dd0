/**
 * Content types the plugin indexes, described by configuration: which field is the title, which hold
 * text (plain or blocks), which relation is the category or the source unit, which component holds
 * tags, which field dates the entry. Articles are the default; official documents (or any other type
 * with Draft & Publish and i18n) are added in cms/config/plugins.ts.
 */
import type { Core } from '@strapi/strapi';
import { blocksToText } from './utils/blocks';
import { docId, type SearchDoc } from './engines/types';

export interface SourceConfig {
  uid: string;
  /** Short name in results and ids, e.g. "article". */
  type: string;
  title: string;
  slug: string;
  summary?: string;
  /** Text or blocks fields, concatenated as the body. */
  body?: string[];
  date?: string;
  category?: { field: string; name: string; slug: string };
  unit?: { field: string; name: string };
  tags?: { field: string; label: string };
}

export const ARTICLE_SOURCE: SourceConfig = {
  uid: 'api::article.article',
  type: 'article',
  title: 'title',
  slug: 'slug',
  summary: 'summary',
  body: ['body', 'coverCaption'],
  date: 'publicationDate',
  category: { field: 'category', name: 'name', slug: 'slug' },
  unit: { field: 'sourceUnit', name: 'name' },
  tags: { field: 'tags', label: 'label' },
};

/** The register of official documents: the excerpt (trích yếu) is what citizens search for. */
export const OFFICIAL_DOCUMENT_SOURCE: SourceConfig = {
  uid: 'api::official-document.official-document',
  type: 'official-document',
  title: 'summary',
  slug: 'slug',
  summary: 'number',
  body: ['issuingBody', 'signer'],
  date: 'issueDate',
};

export const PRESETS: Record<string, SourceConfig> = { article: ARTICLE_SOURCE, 'official-document': OFFICIAL_DOCUMENT_SOURCE };

type Row = Record<string, unknown>;

export function populateFor(source: SourceConfig): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  if (source.category) populate[source.category.field] = { select: [source.category.name, source.category.slug] };
  if (source.unit) populate[source.unit.field] = { select: [source.unit.name] };
  if (source.tags) populate[source.tags.field] = true;
  return populate;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A database row (published, one locale, relations populated) as a search document. */
export function toSearchDoc(source: SourceConfig, row: Row): SearchDoc {
  const category = source.category ? (row[source.category.field] as Row | null | undefined) : null;
  const unit = source.unit ? (row[source.unit.field] as Row | null | undefined) : null;
  const tags = source.tags ? ((row[source.tags.field] as Row[] | null | undefined) ?? []) : [];
  const rawDate = source.date ? row[source.date] : null;
  const date = rawDate ? new Date(rawDate as string) : null;
  const valid = date && !Number.isNaN(date.getTime()) ? date : null;
  return {
    id: docId(source.type, String(row.documentId)),
    type: source.type,
    documentId: String(row.documentId),
    locale: String(row.locale),
    title: text(row[source.title]),
    slug: text(row[source.slug]),
    summary: source.summary ? text(row[source.summary]) : '',
    body: (source.body ?? [])
      .map((field) => blocksToText(row[field] ?? ''))
      .filter(Boolean)
      .join('\n'),
    category: category && source.category ? text(category[source.category.name]) : '',
    categorySlug: category && source.category ? text(category[source.category.slug]) : '',
    sourceUnit: unit && source.unit ? text(unit[source.unit.name]) : '',
    tags: source.tags ? tags.map((t) => text(t[source.tags!.label])).filter(Boolean) : [],
    date: valid ? valid.toISOString() : null,
    dateTs: valid ? valid.getTime() : 0,
  };
}

/** Reads published rows of a source straight from the database (never drafts). */
export function createReader(strapi: Core.Strapi, source: SourceConfig) {
  const query = () => strapi.db.query(source.uid as never);
  const published = { publishedAt: { $notNull: true } };
  return {
    async one(documentId: string, locale: string): Promise<SearchDoc | null> {
      const row = await query().findOne({ where: { documentId, locale, ...published }, populate: populateFor(source) } as never);
      return row ? toSearchDoc(source, row as Row) : null;
    },
    count: (locale: string) => query().count({ where: { locale, ...published } } as never) as Promise<number>,
    /** Pages through every published row of a locale, `size` at a time. */
    async *pages(locale: string, size = 500): AsyncGenerator<SearchDoc[]> {
      for (let offset = 0; ; offset += size) {
        const rows = (await query().findMany({
          where: { locale, ...published },
          populate: populateFor(source),
          orderBy: { id: 'asc' },
          offset,
          limit: size,
        } as never)) as Row[];
        if (rows.length > 0) yield rows.map((row) => toSearchDoc(source, row));
        if (rows.length < size) return;
      }
    },
    /** Published rows of a locale published or saved at `since` or later. */
    async changedSince(locale: string, since: Date): Promise<SearchDoc[]> {
      const rows = (await query().findMany({
        where: { locale, ...published, $or: [{ publishedAt: { $gte: since } }, { updatedAt: { $gte: since } }] },
        populate: populateFor(source),
      } as never)) as Row[];
      return rows.map((row) => toSearchDoc(source, row));
    },
    /** The documentIds published in a locale. */
    async ids(locale: string): Promise<string[]> {
      const rows = (await query().findMany({ where: { locale, ...published }, select: ['documentId'] } as never)) as Row[];
      return rows.map((r) => String(r.documentId));
    },
    /** Locales this document has rows in (draft or published). */
    async locales(documentId: string): Promise<string[]> {
      const rows = (await query().findMany({ where: { documentId }, select: ['locale'] } as never)) as Row[];
      return [...new Set(rows.map((r) => String(r.locale)))];
    },
  };
}
export type SourceReader = ReturnType<typeof createReader>;
