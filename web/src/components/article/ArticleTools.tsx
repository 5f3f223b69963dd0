/**
 * Print and share buttons, which portal.js makes work and shows (they would do nothing without it),
 * and an e-mail link to share the article that works everywhere.
 */
export function ArticleTools({
  url,
  title,
  labels,
}: {
  url: string;
  title: string;
  labels: { print: string; share: string; linkCopied: string; email: string };
}) {
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;
  return (
    <div className="article-tools">
      <span data-enhanced="" hidden>
        <button type="button" data-action="print">
          {labels.print}
        </button>
        <button type="button" data-action="share" data-url={url} data-title={title}>
          {labels.share}
        </button>
      </span>
      <a className="share-link" href={mailto}>
        {labels.email}
      </a>
      <span role="status" aria-live="polite" className="tool-status" data-share-status="" data-copied={labels.linkCopied} />
    </div>
  );
}
