import type { Messages } from '@/lib/i18n/messages';

/** Previous / next links and the page numbers around the current one. */
export function Pagination({ page, pageCount, href, t }: { page: number; pageCount: number; href: (page: number) => string; t: Messages }) {
  if (pageCount <= 1) return null;
  const window = Array.from({ length: pageCount }, (_, i) => i + 1).filter((p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2);
  return (
    <nav className="pagination" aria-label={t.pagination}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ‹ {t.previous}
        </a>
      ) : null}
      <ul>
        {window.map((p, i) => (
          <li key={p}>
            {i > 0 && p - window[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="current">
                {p}
              </span>
            ) : (
              <a href={href(p)} aria-label={t.pageOf(p, pageCount)}>
                {p}
              </a>
            )}
          </li>
        ))}
      </ul>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          {t.next} ›
        </a>
      ) : null}
    </nav>
  );
}
