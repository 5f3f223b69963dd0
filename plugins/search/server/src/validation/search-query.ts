/**
 * The public search parameters (REST query string or GraphQL arguments) checked and turned into a
 * SearchQuery. Dates are calendar days in Vietnam's time zone (UTC+7), both ends inclusive.
 */
import type { SearchQuery, SortOrder } from '../engines/types';
import { PortalError } from '@portal/strapi-plugin-core/shared';
import { MESSAGES, type MessageKey } from '../utils/messages';

export const MAX_QUERY = 200;
export const MAX_PAGE_SIZE = 50;
export const MAX_PAGE = 100;
export const DEFAULT_PAGE_SIZE = 10;

/** A refused parameter (400, `details: { field }`), in the caller's words at the edge. */
export class SearchInputError extends PortalError<MessageKey> {
  constructor(
    readonly field: string,
    key: MessageKey,
    params: Record<string, string | number> = {},
  ) {
    super(MESSAGES, key, { params, details: { field } });
  }
}

export interface SearchInput {
  query?: unknown;
  locale?: unknown;
  category?: unknown;
  from?: unknown;
  to?: unknown;
  page?: unknown;
  pageSize?: unknown;
  sort?: unknown;
  types?: unknown;
}

export interface Allowed {
  locales: string[];
  defaultLocale: string;
  types: string[];
}

function text(field: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new SearchInputError(field, 'notText', { field });
  return value;
}

function integer(field: string, value: unknown, fallback: number, max: number, key: MessageKey): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,6}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new SearchInputError(field, key, { max });
  return n;
}

function day(field: 'from' | 'to', value: unknown): number | undefined {
  const raw = text(field, value)?.trim();
  if (!raw) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const check = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!check || check.toISOString().slice(0, 10) !== raw) throw new SearchInputError(field, 'badDate', { field });
  return Date.parse(field === 'from' ? `${raw}T00:00:00.000+07:00` : `${raw}T23:59:59.999+07:00`);
}

export function parseSearchInput(input: SearchInput, allowed: Allowed): SearchQuery {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
  const query = (text('query', input.query) ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if ([...query].length > MAX_QUERY) throw new SearchInputError('query', 'queryTooLong', { max: MAX_QUERY });

  const locale = text('locale', input.locale)?.trim() || allowed.defaultLocale;
  if (!allowed.locales.includes(locale))
    throw new SearchInputError('locale', 'badLocale', { value: locale.slice(0, 20), allowed: allowed.locales.join(', ') });

  const category = text('category', input.category)?.trim() || undefined;
  if (category !== undefined && !/^[a-z0-9][a-z0-9-]{0,119}$/.test(category)) throw new SearchInputError('category', 'badCategory');

  const from = day('from', input.from);
  const to = day('to', input.to);
  if (from !== undefined && to !== undefined && from > to) throw new SearchInputError('from', 'dateOrder');

  const sort = (text('sort', input.sort)?.trim() || 'relevance') as SortOrder;
  if (sort !== 'relevance' && sort !== 'date') throw new SearchInputError('sort', 'badSort');

  const rawTypes = Array.isArray(input.types)
    ? input.types
    : typeof input.types === 'string'
      ? input.types.split(',')
      : input.types == null
        ? []
        : null;
  if (rawTypes === null) throw new SearchInputError('types', 'notText', { field: 'types' });
  const types = rawTypes.map((t) => String(t).trim()).filter(Boolean);
  for (const type of types)
    if (!allowed.types.includes(type))
      throw new SearchInputError('types', 'badType', { value: type.slice(0, 40), allowed: allowed.types.join(', ') });

  return {
    query,
    locale,
    types: types.length > 0 ? [...new Set(types)] : allowed.types,
    category,
    from,
    to,
    sort,
    page: integer('page', input.page, 1, MAX_PAGE, 'badPage'),
    pageSize: integer('pageSize', input.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, 'badPageSize'),
  };
}
