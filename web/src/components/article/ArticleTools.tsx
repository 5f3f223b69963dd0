/** Print and share buttons; portal.js makes them work and shows them (they do nothing without it). */
export function ArticleTools({ url, title, labels }: { url: string; title: string; labels: { print: string; share: string; linkCopied: string } }) {
  return (
    <div className="article-tools" data-enhanced="" hidden>
      <button type="button" data-action="print">
        {labels.print}
      </button>
      <button type="button" data-action="share" data-url={url} data-title={title}>
        {labels.share}
      </button>
      <span role="status" aria-live="polite" className="tool-status" data-share-status="" data-copied={labels.linkCopied} />
    </div>
  );
}
