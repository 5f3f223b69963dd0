/**
 * Draft previews: the CMS's admin hands the editor a link to /preview?token=…; the token is checked by
 * the CMS (which alone holds its key) when the web asks for the draft, and answers with it the admin
 * origins allowed to show it in a frame. Never cached, on either side.
 */
import type { ArticlePageQuery } from '@/graphql/generated';
import { isLocale, type Locale } from '../routes';
import { CMS_URL, webKeyHeader } from './client';
import { toArticle } from './mappers';

type DraftResponse = { data?: ArticlePageQuery['articles'][number] & { locale?: string }; meta?: { frameAncestors?: unknown } };

/** Only plain http(s) origins may go into the page's frame-ancestors. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]+\](?::\d{1,5})?$/i;

function frameAncestors(meta: DraftResponse['meta']): string[] {
  const list = meta?.frameAncestors;
  return Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string' && ORIGIN.test(o)) : [];
}

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
  // The admin origins that asked for this preview (as the editor's browser opened the admin) may frame it.
  return article ? { locale, article, frameAncestors: frameAncestors(body.meta) } : null;
}
