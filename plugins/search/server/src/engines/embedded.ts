/**
 * The default engine: indexes held in the CMS process, one per locale (a locale's changes cannot
 * reach another's index). Built from the database at boot and kept current by the same document hooks
 * as Meilisearch. Terms are folded (no diacritics, đ → d, lower case) on both sides; see term-index.ts.
 */
import { TermIndex } from './term-index';
import type { EngineResult, SearchDoc, SearchEngine, SearchQuery } from './types';

export const matchesFilters = (doc: SearchDoc, q: SearchQuery) =>
  q.types.includes(doc.type) &&
  (!q.category || doc.categorySlug === q.category) &&
  (q.from === undefined || doc.dateTs >= q.from) &&
  (q.to === undefined || doc.dateTs <= q.to);

export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private readonly locales = new Map<string, TermIndex>();

  private locale(locale: string): TermIndex {
    let index = this.locales.get(locale);
    if (!index) {
      index = new TermIndex();
      this.locales.set(locale, index);
    }
    return index;
  }

  async upsert(docs: SearchDoc[]): Promise<void> {
    for (const doc of docs) this.locale(doc.locale).add(doc);
  }

  async remove(type: string, locale: string, documentIds: string[]): Promise<void> {
    const index = this.locales.get(locale);
    for (const documentId of documentIds) index?.remove(`${type}-${documentId}`);
  }

  async replace(type: string, locale: string, docs: SearchDoc[]): Promise<void> {
    // A fresh index is faster than thousands of removals, and leaves no tombstones.
    const fresh = new TermIndex();
    for (const doc of this.locales.get(locale)?.values() ?? []) if (doc.type !== type) fresh.add(doc);
    for (const doc of docs) fresh.add(doc);
    this.locales.set(locale, fresh);
  }

  /** The documentIds of one type indexed in one locale. */
  documentIds(type: string, locale: string): string[] {
    const out: string[] = [];
    for (const doc of this.locales.get(locale)?.values() ?? []) if (doc.type === type) out.push(doc.documentId);
    return out;
  }

  async count(type: string, locale: string): Promise<number> {
    let n = 0;
    for (const doc of this.locales.get(locale)?.values() ?? []) if (doc.type === type) n += 1;
    return n;
  }

  async search(q: SearchQuery): Promise<EngineResult> {
    const index = this.locales.get(q.locale);
    if (!index) return { total: 0, docs: [] };
    const start = (q.page - 1) * q.pageSize;
    const { total, docs, suggestion } = index.search(q.query, (doc) => matchesFilters(doc, q), q.sort === 'date', start + q.pageSize);
    return { total, docs: docs.slice(start), ...(suggestion ? { suggestion } : {}) };
  }
}
