/**
 * Draft previews: the CMS's admin hands the editor a link to /preview?token=…; the token is checked by
 * the CMS (which alone holds its key) when the web asks for the draft. Never cached, on either side.
 */
import type { ArticlePageQuery } from '@/graphql/generated';
import { isLocale, type Locale } from '../routes';
import { CMS_URL, webKeyHeader } from './client';
import { toArticle } from './mappers';

type DraftResponse = { data?: ArticlePageQuery['articles'][number] & { locale?: string } };

export async function getArticlePreview(token: string) {
  const res = await fetch(`${CMS_URL}/api/portal-preview/article?token=${encodeURIComponent(token)}`, {
    cache: 'no-store',
    headers: webKeyHeader(),
  });
  if (!res.ok) return null;
  const body = (await res.json()) as DraftResponse;
  const draft = body.data;
  if (!draft) return null;
  const locale: Locale = isLocale(draft.locale ?? '') ? (draft.locale as Locale) : 'vi';
  // Not yet published: the date it will get is the moment of publication.
  const dated = { ...draft, publicationDate: draft.publicationDate ?? new Date().toISOString() };
  const article = toArticle({ articles: [dated] } as ArticlePageQuery, locale);
  return article ? { locale, article } : null;
}
