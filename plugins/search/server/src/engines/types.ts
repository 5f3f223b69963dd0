/** What every search engine of the plugin stores, accepts and answers. */

/** One published entry in one locale, as indexed. `id` is `<type>-<documentId>` (unique within a locale). */
export interface SearchDoc {
  id: string;
  type: string;
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  summary: string;
  body: string;
  category: string;
  categorySlug: string;
  sourceUnit: string;
  tags: string[];
  /** ISO date-time or null; `dateTs` is the same in milliseconds (0 when unknown) for filters and sorting. */
  date: string | null;
  dateTs: number;
}

export type SortOrder = 'relevance' | 'date';

export interface SearchQuery {
  query: string;
  locale: string;
  types: string[];
  category?: string;
  /** Inclusive bounds in milliseconds. */
  from?: number;
  to?: number;
  sort: SortOrder;
  page: number;
  pageSize: number;
}

export interface EngineResult {
  total: number;
  docs: SearchDoc[];
  /** The whole query as the best hit writes it (diacritics included), when that hit was found through a typo. */
  suggestion?: string;
}

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** Adds or replaces entries (any locales). */
  upsert(docs: SearchDoc[]): Promise<void>;
  /** Removes entries of one type in one locale; other locales are never touched. */
  remove(type: string, locale: string, documentIds: string[]): Promise<void>;
  /** Replaces every entry of one type in one locale with `docs`. */
  replace(type: string, locale: string, docs: SearchDoc[]): Promise<void>;
  count(type: string, locale: string): Promise<number>;
  search(query: SearchQuery): Promise<EngineResult>;
}

export const docId = (type: string, documentId: string) => `${type}-${documentId}`;
