/**
 * The default engine: MiniSearch indexes held in the CMS process, one per locale (a locale's changes
 * cannot reach another's index). Built from the database at boot and kept current by the same document
 * hooks as Meilisearch. Terms are folded (no diacritics, đ → d, lower case) on both sides.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { fold } from '../utils/fold';
import { typoBudget } from '../utils/highlight';
import type { EngineResult, SearchDoc, SearchEngine, SearchQuery } from './types';

const FIELDS = ['title', 'tags', 'summary', 'category', 'sourceUnit', 'body'] as const;

export const EMBEDDED_SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 3, tags: 2, summary: 1.5 },
  prefix: (term) => term.length >= 2,
  fuzzy: (term) => typoBudget(term) || false,
  maxFuzzy: 2,
  combineWith: 'AND',
};

function createIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    idField: 'id',
    fields: [...FIELDS],
    extractField: (doc, field) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ') : (value as string);
    },
    processTerm: (term) => fold(term) || null,
    searchOptions: EMBEDDED_SEARCH_OPTIONS,
  });
}

interface LocaleIndex {
  index: MiniSearch<SearchDoc>;
  docs: Map<string, SearchDoc>;
}

export const matchesFilters = (doc: SearchDoc, q: SearchQuery) =>
  q.types.includes(doc.type) &&
  (!q.category || doc.categorySlug === q.category) &&
  (q.from === undefined || doc.dateTs >= q.from) &&
  (q.to === undefined || doc.dateTs <= q.to);

const byDateDesc = (a: SearchDoc, b: SearchDoc) => b.dateTs - a.dateTs;

export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private readonly locales = new Map<string, LocaleIndex>();

  private locale(locale: string): LocaleIndex {
    let entry = this.locales.get(locale);
    if (!entry) {
      entry = { index: createIndex(), docs: new Map() };
      this.locales.set(locale, entry);
    }
    return entry;
  }

  async upsert(docs: SearchDoc[]): Promise<void> {
    for (const doc of docs) {
      const entry = this.locale(doc.locale);
      if (entry.docs.has(doc.id)) entry.index.discard(doc.id);
      entry.index.add(doc);
      entry.docs.set(doc.id, doc);
    }
  }

  async remove(type: string, locale: string, documentIds: string[]): Promise<void> {
    const entry = this.locales.get(locale);
    if (!entry) return;
    for (const documentId of documentIds) {
      const id = `${type}-${documentId}`;
      if (!entry.docs.delete(id)) continue;
      entry.index.discard(id);
    }
  }

  async replace(type: string, locale: string, docs: SearchDoc[]): Promise<void> {
    const entry = this.locale(locale);
    const others = [...entry.docs.values()].filter((doc) => doc.type !== type);
    // Rebuilding from scratch is faster than discarding thousands of entries one by one.
    const fresh: LocaleIndex = { index: createIndex(), docs: new Map() };
    const all = [...others, ...docs];
    fresh.index.addAll(all);
    for (const doc of all) fresh.docs.set(doc.id, doc);
    this.locales.set(locale, fresh);
  }

  async count(type: string, locale: string): Promise<number> {
    let n = 0;
    for (const doc of this.locales.get(locale)?.docs.values() ?? []) if (doc.type === type) n += 1;
    return n;
  }

  async search(q: SearchQuery): Promise<EngineResult> {
    const entry = this.locales.get(q.locale);
    if (!entry) return { total: 0, docs: [] };
    let docs: SearchDoc[];
    if (fold(q.query).trim() === '') {
      docs = [...entry.docs.values()].filter((doc) => matchesFilters(doc, q)).sort(byDateDesc);
    } else {
      const hits = entry.index.search(q.query, { filter: (hit) => matchesFilters(entry.docs.get(hit.id as string)!, q) });
      docs = hits.map((hit) => entry.docs.get(hit.id as string)!);
      if (q.sort === 'date') docs.sort(byDateDesc);
    }
    const start = (q.page - 1) * q.pageSize;
    return { total: docs.length, docs: docs.slice(start, start + q.pageSize) };
  }
}
