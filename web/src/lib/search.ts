/**
 * The search page's parameters read from its query string (validated the same way the CMS does, so a
 * hand-edited URL never costs a CMS round trip to be refused) and the result types pages use.
 */
export type SearchSort = 'relevance' | 'date';

/** The search stylesheet (header box and results), versioned like portal.css. */
export const SEARCH_STYLESHEET = `/search.css?v=${process.env.PORTAL_ASSETS_VERSION ?? 'dev'}`;

export interface SearchParams {
  q: string;
  category?: string;
  from?: string;
  to?: string;
  sort: SearchSort;
  page: number;
}

export interface SearchResultItem {
  key: string;
  kind: 'article' | 'document';
  href: string;
  /** HTML with only <mark> elements (see safeMarkedHtml). */
  titleHtml: string;
  snippetHtml: string;
  category: string | null;
  date: string | null;
}

export type SearchOutcome =
  | {
      status: 'ok';
      total: number;
      page: number;
      pageCount: number;
      items: SearchResultItem[];
      /** The query spelt as the portal's own words are, when the best hit was found through a typo. */
      suggestion?: string;
    }
  | { status: 'invalid'; message: string }
  | { status: 'unavailable' };

export const SEARCH_PAGE_SIZE = 10;
const MAX_QUERY = 200;

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

function day(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}

export function parseSearchParams(params: Params): SearchParams {
  const category = one(params.category);
  const page = Number(one(params.page));
  let from = day(one(params.from));
  let to = day(one(params.to));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    q: [...(one(params.q) ?? '')].slice(0, MAX_QUERY).join(''),
    category: category && /^[a-z0-9][a-z0-9-]{0,119}$/.test(category) ? category : undefined,
    from,
    to,
    sort: one(params.sort) === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= 100 ? page : 1,
  };
}

/** The query string of a results page (defaults left out). */
export function searchQueryString(p: SearchParams, page = p.page): string {
  const qs = new URLSearchParams();
  if (p.q) qs.set('q', p.q);
  if (p.category) qs.set('category', p.category);
  if (p.from) qs.set('from', p.from);
  if (p.to) qs.set('to', p.to);
  if (p.sort !== 'relevance') qs.set('sort', p.sort);
  if (page > 1) qs.set('page', String(page));
  const text = qs.toString();
  return text ? `?${text}` : '';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The CMS sends highlights HTML-escaped with <mark> around matches. Trust nothing else: every "<"
 * that does not open or close a mark is escaped again, so only <mark> can ever reach the page.
 */
export function safeMarkedHtml(html: string): string {
  return html
    .split(/(<\/?mark>)/)
    .map((part) =>
      part === '<mark>' || part === '</mark>' ? part : part.replace(/[<>"']/g, (c) => ESCAPES[c]!).replace(/&(?![a-z]+;|#\d+;)/g, '&amp;'),
    )
    .join('');
}
