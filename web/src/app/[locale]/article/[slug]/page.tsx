import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/ArticleBody';
import { ArticleCard } from '@/components/article/ArticleCard';
import { ArticleTools } from '@/components/article/ArticleTools';
import { Breadcrumbs } from '@/components/article/Breadcrumbs';
import { Picture } from '@/components/common/Picture';
import { getArticle, getRelated } from '@/lib/cms/queries';
import { formatDateTime } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { isLocale, routes, type Locale } from '@/lib/routes';
import { absolute } from '@/lib/site';

type Params = { params: Promise<{ locale: string; slug: string }> };

export const revalidate = 3600;
export const dynamicParams = true;

// Pages are rendered on first request and then served from the cache (ISR); none at build time.
export function generateStaticParams() {
  return [];
}

async function load(params: Params['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const article = await getArticle(locale, decodeURIComponent(slug));
  if (!article) notFound();
  return { locale, article };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, article } = await load(params);
  const languages = Object.fromEntries(Object.entries(article.alternates).map(([l, s]) => [l, routes.article(l as Locale, s)]));
  return {
    title: article.seo.title,
    description: article.seo.description,
    alternates: { canonical: routes.article(locale, article.slug), languages },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.seo.description,
      url: routes.article(locale, article.slug),
      publishedTime: article.date,
      modifiedTime: article.updatedAt ?? undefined,
      images: article.cover ? [{ url: article.cover.url, width: article.cover.width ?? undefined, height: article.cover.height ?? undefined, alt: article.cover.alt }] : undefined,
    },
  };
}

export default async function ArticlePage({ params }: Params) {
  const { locale, article } = await load(params);
  const t = getMessages(locale);
  const related = article.category ? await getRelated(locale, article.category.slug, article.slug) : [];
  const crumbs = [
    { label: t.home, href: routes.home(locale) },
    ...article.breadcrumbs.map((c) => ({ label: c.name, href: routes.category(locale, c.slug) })),
    { label: article.title },
  ];
  return (
    <article className="article" lang={locale}>
      <Breadcrumbs items={crumbs} label={t.breadcrumbs} />
      <h1 className="article-title">{article.title}</h1>
      <p className="article-meta">
        <span>
          {t.published}: <time dateTime={article.date}>{formatDateTime(article.date, locale)}</time>
        </span>
        {article.sourceUnit ? (
          <span className="source-unit">
            {t.sourceUnit}: <strong>{article.sourceUnit}</strong>
          </span>
        ) : null}
      </p>
      <ArticleTools url={absolute(routes.article(locale, article.slug))} title={article.title} labels={{ print: t.print, share: t.share, copyLink: t.copyLink, linkCopied: t.linkCopied }} />
      {article.summary ? <p className="article-summary">{article.summary}</p> : null}
      {article.cover ? (
        <figure className="article-cover">
          <Picture image={article.cover} sizes="(max-width: 900px) 100vw, 760px" priority />
          {article.caption ? <figcaption>{article.caption}</figcaption> : null}
        </figure>
      ) : null}
      <ArticleBody blocks={article.body} />
      {article.gallery.length ? (
        <div className="gallery">
          {article.gallery.map((image) => (
            <Picture key={image.url} image={image} sizes="(max-width: 900px) 50vw, 240px" />
          ))}
        </div>
      ) : null}
      {article.byline ? (
        <p className="byline">
          {t.byline}: {article.byline}
        </p>
      ) : null}
      {article.tags.length ? (
        <p className="tags">
          {t.tags}:{' '}
          {article.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      ) : null}
      {related.length ? (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading" className="section-title">
            {t.related}
          </h2>
          <ul className="plain-list">
            {related.map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} locale={locale} variant="compact" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
