'use client';

import { useState } from 'react';

/** Print and share: the page's only interactive bits, so they are a small client component. */
export function ArticleTools({ url, title, labels }: { url: string; title: string; labels: { print: string; share: string; copyLink: string; linkCopied: string } }) {
  const [copied, setCopied] = useState(false);

  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch {
        /* cancelled: fall back to copying */
      }
    }
    await navigator.clipboard?.writeText(url);
    setCopied(true);
    setTimeout(() => setCopied(false), 3000);
  }

  return (
    <div className="article-tools">
      <button type="button" onClick={() => window.print()}>
        {labels.print}
      </button>
      <button type="button" onClick={share}>
        {labels.share}
      </button>
      <span role="status" aria-live="polite" className="tool-status">
        {copied ? labels.linkCopied : ''}
      </span>
    </div>
  );
}
