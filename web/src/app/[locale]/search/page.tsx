import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageBreadcrumbs } from '@/components/article/Breadcrumbs';
import { SearchResults } from '@/components/search/SearchResults';
import { getSiteFrame } from '@/lib/cms/queries';
import { searchPortal } from '@/lib/cms/search';
import { getMessages } from '@/lib/i18n/messages';
import { fixedPageMetadata } from '@/lib/metadata';
import { isLocale, routes } from '@/lib/routes';
import { parseSearchParams, searchQueryString, type SearchOutcome } from '@/lib/search';

const fixed = fixedPageMetadata(
  (t) => ({ title: t.search.title, description: t.search.intro }),
  (l) => routes.search(l),
);

/** Results pages are for people, not for search engines' indexes. */
export async function generateMetadata(props: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { ...(await fixed(props)), robots: { index: false, follow: true } };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /vi/tim-kiem, /en/search: the query, filters by category and dates, sort, and the highlighted hits. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const s = t.search;
  const p = parseSearchParams(await searchParams);
  const filtered = Boolean(p.q || p.category || p.from || p.to);
  const [frame, outcome] = await Promise.all([
    getSiteFrame(locale),
    filtered ? searchPortal(locale, p) : Promise.resolve<SearchOutcome>({ status: 'ok', total: 0, page: 1, pageCount: 0, items: [] }),
  ]);
  const categories = frame.nav.flatMap((c) => [
    { slug: c.slug, name: c.name },
    ...c.children.map((child) => ({ slug: child.slug, name: `— ${child.name}` })),
  ]);
  return (
    <>
      <PageBreadcrumbs items={[{ label: t.home, href: routes.home(locale) }, { label: s.title }]} label={t.breadcrumbs} />
      <h1 className="page-title">{s.title}</h1>
      <p className="lead">{s.intro}</p>
      <form
        className="register-filters search-filters"
        method="get"
        action={routes.search(locale)}
        role="search"
        aria-label={s.filtersLabel}
      >
        <label className="filter filter-q">
          {s.box}
          <input type="search" name="q" defaultValue={p.q} maxLength={200} />
        </label>
        <label className="filter">
          {s.category}
          <select name="category" defaultValue={p.category ?? ''}>
            <option value="">{s.anyCategory}</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          {s.from}
          <input type="date" name="from" defaultValue={p.from ?? ''} />
        </label>
        <label className="filter">
          {s.to}
          <input type="date" name="to" defaultValue={p.to ?? ''} />
        </label>
        <label className="filter">
          {s.sort}
          <select name="sort" defaultValue={p.sort}>
            <option value="relevance">{s.relevance}</option>
            <option value="date">{s.newest}</option>
          </select>
        </label>
        <div className="filter-actions">
          <button type="submit">{s.submit}</button>{' '}
          <a href={routes.search(locale, p.q ? searchQueryString({ q: p.q, sort: 'relevance', page: 1 }) : '')}>{s.reset}</a>
        </div>
      </form>
      <SearchResults
        outcome={outcome}
        query={p.q}
        locale={locale}
        t={t}
        href={(page) => routes.search(locale, searchQueryString(p, page))}
        suggestionHref={(q) => routes.search(locale, searchQueryString({ ...p, q }, 1))}
      />
    </>
  );
}
