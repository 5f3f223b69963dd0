import type { ReactNode } from 'react';
import { PageFrame } from '@/components/layout/PageFrame';
import { DISPLAY_BOOTSTRAP, STYLESHEET } from '@/lib/assets';
import { SEARCH_STYLESHEET } from '@/lib/search';
import type { SiteFrame } from '@/lib/cms/types';
import type { Messages } from '@/lib/i18n/messages';
import { routes, type Locale } from '@/lib/routes';
import { absolute } from '@/lib/site';
import { hreflangLinks } from '@/lib/seo';
import { JsonLd } from '@/components/seo/JsonLd';

export interface DocumentHead {
  title: string;
  /** Title for social cards when it differs from the (SEO) page title. */
  ogTitle?: string;
  description?: string;
  /** Path of this page in each locale it exists in (canonical + hreflang). */
  alternates?: Partial<Record<Locale, string>>;
  image?: { url: string; width: number | null; height: number | null; alt: string } | null;
  type?: 'article' | 'website';
  publishedTime?: string;
  modifiedTime?: string | null;
  noindex?: boolean;
  /** Structured data (schema.org) for the page. */
  jsonLd?: Array<Record<string, unknown>>;
}

/**
 * A complete HTML page with the portal's frame, for routes served as plain documents (no React
 * runtime, no inlined server-component payload). Same markup and stylesheet as the React pages.
 */
export function HtmlDocument({
  locale,
  frame,
  t,
  head,
  path,
  children,
}: {
  locale: Locale;
  frame: SiteFrame;
  t: Messages;
  head: DocumentHead;
  path: string;
  children: ReactNode;
}) {
  const canonical = head.alternates?.[locale];
  // A page without a picture of its own is shared with the portal's logo.
  const image = head.image ?? frame.logo;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#a50e0e" />
        <title>{frame.shortName ? `${head.title} | ${frame.shortName}` : head.title}</title>
        {head.description ? <meta name="description" content={head.description} /> : null}
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        {canonical ? <link rel="canonical" href={absolute(canonical)} /> : null}
        {canonical
          ? hreflangLinks(head.alternates ?? {}, locale).map((l) => (
              <link key={l.hreflang} rel="alternate" hrefLang={l.hreflang} href={l.href} />
            ))
          : null}
        <link rel="alternate" type="application/rss+xml" title={frame.portalName} href={routes.rss(locale)} />
        {frame.logo ? <link rel="icon" href={frame.logo.url} /> : null}
        <meta property="og:site_name" content={frame.portalName} />
        <meta property="og:locale" content={locale === 'vi' ? 'vi_VN' : 'en_GB'} />
        <meta property="og:type" content={head.type ?? 'website'} />
        <meta property="og:title" content={head.ogTitle ?? head.title} />
        {head.description ? <meta property="og:description" content={head.description} /> : null}
        {canonical ? <meta property="og:url" content={absolute(canonical)} /> : null}
        {image ? <meta property="og:image" content={absolute(image.url)} /> : null}
        {image?.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
        {image?.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
        {image ? <meta property="og:image:alt" content={image.alt || frame.portalName} /> : null}
        {head.publishedTime ? <meta property="article:published_time" content={head.publishedTime} /> : null}
        {head.modifiedTime ? <meta property="article:modified_time" content={head.modifiedTime} /> : null}
        <meta name="twitter:card" content={head.image ? 'summary_large_image' : 'summary'} />
        <link rel="stylesheet" href={STYLESHEET} />
        <link rel="stylesheet" href={SEARCH_STYLESHEET} />
        <script dangerouslySetInnerHTML={{ __html: DISPLAY_BOOTSTRAP }} />
        {(head.jsonLd ?? []).map((data, i) => (
          <JsonLd key={i} data={data} />
        ))}
      </head>
      <body>
        <PageFrame frame={frame} locale={locale} t={t} path={path}>
          {children}
        </PageFrame>
      </body>
    </html>
  );
}
