import type { SearchDoc, SearchQuery } from '../engines/types';

/** A published article as indexed, with overrides. */
export const doc = (over: Partial<SearchDoc> = {}): SearchDoc => ({
  id: 'article-abc',
  type: 'article',
  documentId: 'abc',
  locale: 'vi',
  title: 'Đường giao thông nông thôn',
  slug: 'duong-giao-thong',
  summary: 'Cải cách hành chính',
  body: 'Nội dung',
  category: 'Thông báo',
  categorySlug: 'thong-bao',
  sourceUnit: 'UBND huyện',
  tags: ['Đất đai'],
  date: '2021-03-15T03:00:00.000Z',
  dateTs: Date.parse('2021-03-15T03:00:00.000Z'),
  ...over,
});

/** A first-page relevance query on Vietnamese articles, with overrides. */
export const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  query: '',
  locale: 'vi',
  types: ['article'],
  sort: 'relevance',
  page: 1,
  pageSize: 10,
  ...over,
});
