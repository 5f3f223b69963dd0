import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/ArticleCard';
import { PageBreadcrumbs } from '@/components/article/Breadcrumbs';
import { Pagination } from '@/components/common/Pagination';
import { getCategory, getSiteFrame } from '@/lib/cms/queries';
import { pageMetadata } from '@/lib/seo';
import { getMessages } from '@/lib/i18n/messages';
import { isLocale, routes, type Locale } from '@/lib/routes';

type Params = { params: Promise<{ locale: string; slug: string; page?: string[] }> };

export const revalidate = 3600;
async function load(params: Params['params']) {
  const { locale, slug, page } = await params;
  if (!isLocale(locale)) notFound();
  // /chuyen-muc/<slug> is page 1; /chuyen-muc/<slug>/<n> is page n.
  if (page && (page.length !== 1 || !/^[1-9]\d{0,4}$/.test(page[0]!))) notFound();
  const pageNumber = page ? Number(page[0]) : 1;
  const listing = await getCategory(locale, decodeURIComponent(slug), pageNumber);
  if (!listing || (pageNumber > 1 && pageNumber > listing.pageCount)) notFound();
  return { locale, listing };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, listing } = await load(params);
  const { page } = listing;
  // Page n in each language the category has that many pages in (translations hold fewer articles).
  const versions = await Promise.all(
    Object.entries(listing.alternates).map(async ([l, slug]) => {
      if (l === locale || page === 1) return [l, slug] as const;
      const other = await getCategory(l as Locale, slug, page);
      return other && other.pageCount >= page ? ([l, slug] as const) : null;
    }),
  );
  const alternates = Object.fromEntries(versions.flatMap((v) => (v ? [[v[0], routes.category(v[0] as Locale, v[1], page)]] : [])));
  return pageMetadata({
    locale,
    frame: await getSiteFrame(locale),
    title: page > 1 ? `${listing.category.name} (${page})` : listing.category.name,
    description: listing.category.description,
    alternates: { ...alternates, [locale]: routes.category(locale, listing.category.slug, page) },
  });
}

export default async function CategoryPage({ params }: Params) {
  const { locale, listing } = await load(params);
  const t = getMessages(locale);
  const { category } = listing;
  const crumbs = [
    { label: t.home, href: routes.home(locale) },
    ...(category.parent ? [{ label: category.parent.name, href: routes.category(locale, category.parent.slug) }] : []),
    { label: category.name },
  ];
  return (
    <>
      <PageBreadcrumbs items={crumbs} label={t.breadcrumbs} />
      <h1 className="page-title">{category.name}</h1>
      {category.description ? <p className="lead">{category.description}</p> : null}
      {category.children.length ? (
        <ul className="chips">
          {category.children.map((c) => (
            <li key={c.slug}>
              <a href={routes.category(locale, c.slug)}>{c.name}</a>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">
        {t.articlesCount(listing.total)} · {t.pageOf(listing.page, listing.pageCount)}
      </p>
      {listing.articles.length ? (
        <ul className="plain-list article-list">
          {listing.articles.map((a) => (
            <li key={a.id}>
              <ArticleCard article={a} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noArticles}</p>
      )}
      <Pagination page={listing.page} pageCount={listing.pageCount} href={(p) => routes.category(locale, category.slug, p)} t={t} />
    </>
  );
}
