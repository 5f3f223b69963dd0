import type { Article, ArticleSummary } from '@/lib/cms/types';
import { formatDateTime } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { absolute } from '@/lib/site';
import { Picture } from '@/components/common/Picture';
import { ReviewsSection } from '@/components/reviews/ReviewsSection';
import { ArticleBody } from './ArticleBody';
import { ArticleCard } from './ArticleCard';
import { ArticleTools } from './ArticleTools';
import { Breadcrumbs } from './Breadcrumbs';

/** An article as readers see it: breadcrumbs, title, date and source, cover with caption, body, related. */
export function ArticleView({ article, related, t }: { article: Article; related: ArticleSummary[]; t: Messages }) {
  const { locale } = article;
  const crumbs = [
    { label: t.home, href: routes.home(locale) },
    ...article.breadcrumbs.map((c) => ({ label: c.name, href: routes.category(locale, c.slug) })),
    { label: article.title },
  ];
  return (
    <article className="article" data-article-id={article.id}>
      <Breadcrumbs items={crumbs} label={t.breadcrumbs} />
      <h1 className="article-title">{article.title}</h1>
      <p className="article-meta">
        <span>
          {t.published}: <time dateTime={article.date}>{formatDateTime(article.date, locale)}</time>
        </span>
        <span className="article-views" hidden data-views-for={article.id}>
          {t.articleViews}: <span data-stat="articleViews" />
        </span>
        {article.sourceUnit ? (
          <span className="source-unit">
            {t.sourceUnit}: <strong>{article.sourceUnit}</strong>
          </span>
        ) : null}
      </p>
      <ArticleTools
        url={absolute(routes.article(locale, article.slug))}
        title={article.title}
        labels={{ print: t.print, share: t.share, linkCopied: t.linkCopied, email: t.shareByEmail }}
      />
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
      <ReviewsSection articleId={article.id} locale={locale} />
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
