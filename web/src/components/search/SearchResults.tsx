import { Pagination } from '@/components/common/Pagination';
import { formatDate } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/routes';
import type { SearchOutcome } from '@/lib/search';

/** The list of hits (highlights are <mark>-only HTML, see safeMarkedHtml), its count, empty state and pages. */
export function SearchResults({
  outcome,
  query,
  locale,
  t,
  href,
  suggestionHref,
}: {
  outcome: SearchOutcome;
  query: string;
  locale: Locale;
  t: Messages;
  href: (page: number) => string;
  /** The results page of a corrected query ("Có phải bạn muốn tìm"). */
  suggestionHref: (query: string) => string;
}) {
  const s = t.search;
  if (outcome.status === 'unavailable')
    return (
      <p className="empty-state" role="status">
        {s.unavailable}
      </p>
    );
  if (outcome.status === 'invalid')
    return (
      <p className="empty-state" role="alert">
        {outcome.message}
      </p>
    );
  if (!query && outcome.total === 0) return <p className="empty-state">{s.prompt}</p>;
  return (
    <>
      <p className="muted" role="status">
        {s.results(outcome.total, query)}
        {outcome.pageCount > 1 ? ` · ${t.pageOf(outcome.page, outcome.pageCount)}` : ''}
      </p>
      {outcome.suggestion ? (
        <p className="search-suggestion">
          {s.didYouMean} <a href={suggestionHref(outcome.suggestion)}>{outcome.suggestion}</a>
        </p>
      ) : null}
      {outcome.items.length ? (
        <ol className="search-results">
          {outcome.items.map((item) => (
            <li key={item.key} className="search-hit">
              <h2 className="search-hit-title">
                <a href={item.href} dangerouslySetInnerHTML={{ __html: item.titleHtml }} />
              </h2>
              <p className="search-hit-meta muted">
                <span className="search-hit-kind">{item.kind === 'document' ? s.document : s.article}</span>
                {item.category ? <> · {item.category}</> : null}
                {item.date ? (
                  <>
                    {' · '}
                    <time dateTime={item.date}>{formatDate(item.date, locale)}</time>
                  </>
                ) : null}
              </p>
              {item.snippetHtml ? <p className="search-hit-snippet" dangerouslySetInnerHTML={{ __html: item.snippetHtml }} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <div className="empty-state">
          <p>{s.none(query)}</p>
          <p>{s.tips}</p>
        </div>
      )}
      <Pagination page={outcome.page} pageCount={outcome.pageCount} href={href} t={t} />
    </>
  );
}
