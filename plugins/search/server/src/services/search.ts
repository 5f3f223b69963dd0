/**
 * Answers searches. With Meilisearch configured it is asked first; when it fails or is slower than
 * its timeout the embedded engine (always kept current in-process) answers instead (`fallback: true`)
 * and Meilisearch is left alone for 30 seconds before it is tried again. Hits carry HTML-escaped
 * highlights computed here, the same whichever engine found them. The corrected query offered for a
 * typo ("Có phải bạn muốn tìm") always comes from the embedded index's vocabulary: Meilisearch does not
 * say which words it corrected.
 */
import type { Core } from '@strapi/strapi';
import type { SearchDoc, SearchQuery } from '../engines/types';
import { highlight, queryTerms, snippet } from '../utils/highlight';
import { describeError } from '../utils/errors';
import type { Indexer } from './indexer';

export interface SearchHit {
  type: string;
  documentId: string;
  locale: string;
  title: string;
  titleHtml: string;
  slug: string;
  summary: string;
  snippetHtml: string;
  category: string;
  categorySlug: string;
  sourceUnit: string;
  tags: string[];
  date: string | null;
}

export interface SearchResponse {
  query: string;
  locale: string;
  sort: SearchQuery['sort'];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
  engine: 'embedded' | 'meilisearch';
  fallback: boolean;
  /** The query spelt as the index's own words are, when the best hit was found through a typo; else null. */
  suggestion: string | null;
  hits: SearchHit[];
}

const PAUSE_AFTER_FAILURE_MS = 30_000;

export function toHit(doc: SearchDoc, terms: string[]): SearchHit {
  return {
    type: doc.type,
    documentId: doc.documentId,
    locale: doc.locale,
    title: doc.title,
    titleHtml: highlight(doc.title, terms),
    slug: doc.slug,
    summary: doc.summary,
    snippetHtml: snippet([doc.summary, doc.body, doc.tags.join(', ')], terms),
    category: doc.category,
    categorySlug: doc.categorySlug,
    sourceUnit: doc.sourceUnit,
    tags: doc.tags,
    date: doc.date,
  };
}

export function createSearch(strapi: Core.Strapi, indexer: Indexer) {
  let meiliPausedUntil = 0;

  async function engineResult(q: SearchQuery) {
    const meili = indexer.meili;
    if (meili && Date.now() >= meiliPausedUntil) {
      try {
        return { engine: 'meilisearch' as const, fallback: false, ...(await meili.search(q)) };
      } catch (error) {
        meiliPausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
        strapi.log.warn(
          `[search] Meilisearch failed (${describeError(error)}); the embedded engine answers for the next ${PAUSE_AFTER_FAILURE_MS / 1000} s`,
        );
      }
    }
    await indexer.ensureEmbedded();
    return { engine: 'embedded' as const, fallback: meili !== null, ...(await indexer.embedded.search(q)) };
  }

  /** The embedded engine's corrected query, for an answer from Meilisearch. */
  async function embeddedSuggestion(q: SearchQuery): Promise<string | undefined> {
    if (!q.query.trim()) return undefined;
    try {
      await indexer.ensureEmbedded();
      return (await indexer.embedded.search({ ...q, sort: 'relevance', page: 1, pageSize: 1 })).suggestion;
    } catch (error) {
      strapi.log.warn(`[search] no suggestion (${describeError(error)})`);
      return undefined;
    }
  }

  return {
    async search(q: SearchQuery): Promise<SearchResponse> {
      const result = await engineResult(q);
      const suggestion = result.engine === 'embedded' ? result.suggestion : await embeddedSuggestion(q);
      // Words found through a typo are marked too: the corrected query's words are looked for as well.
      const terms = queryTerms(suggestion ? `${q.query} ${suggestion}` : q.query);
      return {
        query: q.query,
        locale: q.locale,
        sort: q.sort,
        page: q.page,
        pageSize: q.pageSize,
        pageCount: Math.ceil(result.total / q.pageSize),
        total: result.total,
        engine: result.engine,
        fallback: result.fallback,
        suggestion: suggestion ?? null,
        hits: result.docs.map((doc) => toHit(doc, terms)),
      };
    },
    /** Lets Meilisearch be tried again at once (after a reindex, or in tests). */
    resetFallback() {
      meiliPausedUntil = 0;
    },
  };
}
export type Search = ReturnType<typeof createSearch>;
