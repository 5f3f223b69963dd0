/**
 * Meilisearch engine (official client). One index per locale (`<prefix>_<locale>`, e.g. portal_vi):
 * a change in one locale is an operation on that locale's index only, each index can get the
 * language settings of its locale, and a search never needs a locale filter to stay correct.
 * Several types share a locale's index and are told apart by the filterable `type` attribute.
 *
 * Meilisearch's own normalisation does not map "đ" to "d" for Vietnamese, so every text field is also
 * indexed folded (`title_folded`…), and queries are sent folded. Every write waits for its task and
 * throws when the task failed, so callers (the retry queue) know the index did not change.
 */
import { Meilisearch, type Index, type Settings, type Task } from 'meilisearch';
import { fold } from '../utils/fold';
import type { EngineResult, SearchDoc, SearchEngine, SearchQuery } from './types';

export interface MeiliOptions {
  host: string;
  apiKey?: string;
  indexPrefix: string;
  /** Per HTTP request. */
  timeoutMs: number;
  /** Waiting for an indexing task. */
  taskTimeoutMs: number;
}

/** In the order of importance the `attribute` ranking rule reads: the title, the summary, then the rest. */
const TEXT_FIELDS = ['title', 'summary', 'tags', 'category', 'sourceUnit', 'body'] as const;
const DISPLAYED = [
  'id',
  'type',
  'documentId',
  'locale',
  'title',
  'slug',
  'summary',
  'body',
  'category',
  'categorySlug',
  'sourceUnit',
  'tags',
  'date',
  'dateTs',
];
const LANGUAGES: Record<string, string> = { vi: 'vie', en: 'eng' };

/**
 * The embedded engine's order (engines/ranking.ts): `sort` first so that sort=date lists newest first
 * (without a sort it does nothing), then all words (matchingStrategy 'all'), fewest typos, words
 * adjacent and in order, the most important attribute, exact words before prefixes, and the date
 * only to break ties.
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'dateTs:desc'];

export function indexSettings(locale: string): Settings {
  const language = LANGUAGES[locale.split('-')[0]!];
  return {
    searchableAttributes: TEXT_FIELDS.flatMap((field) => [field, `${field}_folded`]),
    displayedAttributes: DISPLAYED,
    filterableAttributes: ['type', 'categorySlug', 'dateTs'],
    sortableAttributes: ['dateTs'],
    rankingRules: RANKING_RULES,
    // Vietnamese syllables are 1–7 letters: one typo from 3 letters (Meilisearch cannot limit typos
    // per query as the embedded engine does; its `typo` rule still ranks exact matches first).
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 9 } },
    ...(language ? { localizedAttributes: [{ attributePatterns: ['*'], locales: [language as never] }] } : {}),
  };
}

/** The document as sent to Meilisearch: the indexed fields plus folded copies of the text. */
export function toMeiliDoc(doc: SearchDoc): Record<string, unknown> {
  const folded: Record<string, string> = {};
  for (const field of TEXT_FIELDS) {
    const value = doc[field];
    folded[`${field}_folded`] = fold(Array.isArray(value) ? value.join(' ') : value);
  }
  return { ...doc, ...folded };
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function searchFilter(q: SearchQuery): string[] {
  const filter = [`type IN [${q.types.map(quote).join(', ')}]`];
  if (q.category) filter.push(`categorySlug = ${quote(q.category)}`);
  if (q.from !== undefined) filter.push(`dateTs >= ${q.from}`);
  if (q.to !== undefined) filter.push(`dateTs <= ${q.to}`);
  return filter;
}

export class MeiliTaskError extends Error {
  constructor(task: Task) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
    this.name = 'MeiliTaskError';
  }
}

export class MeiliEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly ready = new Map<string, Promise<void>>();

  constructor(private readonly options: MeiliOptions) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.timeoutMs });
  }

  indexName = (locale: string) => `${this.options.indexPrefix}_${locale.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  private async wait(pending: { waitTask: (o?: { timeout?: number }) => Promise<Task> }, tolerated?: string): Promise<void> {
    const task = await pending.waitTask({ timeout: this.options.taskTimeoutMs });
    if (task.status === 'succeeded' || (tolerated && task.error?.code === tolerated)) return;
    throw new MeiliTaskError(task);
  }

  /** Creates the locale's index and applies its settings, once per process (again after a failure). */
  private index(locale: string): Promise<Index> {
    const uid = this.indexName(locale);
    let ready = this.ready.get(uid);
    if (!ready) {
      ready = (async () => {
        await this.wait(this.client.createIndex(uid, { primaryKey: 'id' }), 'index_already_exists');
        await this.wait(this.client.index(uid).updateSettings(indexSettings(locale)));
      })();
      ready.catch(() => this.ready.delete(uid));
      this.ready.set(uid, ready);
    }
    return ready.then(() => this.client.index(uid));
  }

  async health(): Promise<void> {
    await this.client.health();
  }

  async upsert(docs: SearchDoc[]): Promise<void> {
    const byLocale = new Map<string, SearchDoc[]>();
    for (const doc of docs) byLocale.set(doc.locale, [...(byLocale.get(doc.locale) ?? []), doc]);
    for (const [locale, list] of byLocale) {
      const index = await this.index(locale);
      for (let i = 0; i < list.length; i += 1000) await this.wait(index.addDocuments(list.slice(i, i + 1000).map(toMeiliDoc)));
    }
  }

  async remove(type: string, locale: string, documentIds: string[]): Promise<void> {
    if (documentIds.length === 0) return;
    const index = await this.index(locale);
    await this.wait(index.deleteDocuments(documentIds.map((id) => `${type}-${id}`)));
  }

  async replace(type: string, locale: string, docs: SearchDoc[]): Promise<void> {
    const index = await this.index(locale);
    await this.wait(index.deleteDocuments({ filter: `type = ${quote(type)}` }));
    await this.upsert(docs);
  }

  async count(type: string, locale: string): Promise<number> {
    const index = await this.index(locale);
    const res = await index.search('', { filter: `type = ${quote(type)}`, hitsPerPage: 1, page: 1, attributesToRetrieve: ['id'] });
    return (res as { totalHits?: number }).totalHits ?? 0;
  }

  async search(q: SearchQuery): Promise<EngineResult> {
    const index = await this.index(q.locale);
    const res = await index.search<SearchDoc>(fold(q.query).trim(), {
      filter: searchFilter(q),
      sort: q.sort === 'date' || fold(q.query).trim() === '' ? ['dateTs:desc'] : undefined,
      page: q.page,
      hitsPerPage: q.pageSize,
      matchingStrategy: 'all',
    });
    return { total: (res as { totalHits?: number }).totalHits ?? 0, docs: res.hits as SearchDoc[] };
  }
}
