import { Picture } from '@/components/common/Picture';
import type { ArticleSummary } from '@/lib/cms/types';
import { formatDate } from '@/lib/i18n/format';
import { routes, type Locale } from '@/lib/routes';

export function ArticleCard({
  article,
  locale,
  variant = 'row',
  headingLevel = 3,
}: {
  article: ArticleSummary;
  locale: Locale;
  variant?: 'lead' | 'row' | 'compact';
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  const href = routes.article(locale, article.slug);
  return (
    <article className={`card card-${variant}`}>
      {article.cover && variant !== 'compact' ? (
        <a href={href} tabIndex={-1} aria-hidden="true" className="card-image">
          <Picture
            image={{ ...article.cover, alt: '' }}
            sizes={variant === 'lead' ? '(max-width: 900px) 100vw, 640px' : '200px'}
            priority={variant === 'lead'}
          />
        </a>
      ) : null}
      <div className="card-text">
        <Heading className="card-title">
          <a href={href}>{article.title}</a>
        </Heading>
        <p className="card-meta">
          <time dateTime={article.date}>{formatDate(article.date, locale)}</time>
        </p>
        {variant !== 'compact' && article.summary ? <p className="card-summary">{article.summary}</p> : null}
      </div>
    </article>
  );
}
