/**
 * What search engines and share previews read, built in one place for the React pages (Next's
 * metadata), the plain-HTML article documents and the sitemap: canonical and hreflang links (every
 * locale the page exists in plus x-default), Open Graph URL and image, and JSON-LD.
 */
import type { Metadata } from 'next';
import type { Image, SiteFrame } from './cms/types';
import { DEFAULT_LOCALE, LOCALES, routes, type Locale } from './routes';
import { absolute } from './site';

/** Path of one page in each locale it exists in. */
export type Alternates = Partial<Record<Locale, string>>;

/** The same path pattern in every locale (fixed pages: map, contacts, documents…). */
export const everyLocale = (path: (locale: Locale) => string): Alternates => Object.fromEntries(LOCALES.map((l) => [l, path(l)]));

/**
 * hreflang → absolute URL: each locale the page exists in, and x-default (the Vietnamese version,
 * or the page itself when it exists in one other language only).
 */
export function hreflangLinks(alternates: Alternates, self: Locale): Array<{ hreflang: string; href: string }> {
  const links = LOCALES.flatMap((l) => (alternates[l] ? [{ hreflang: l, href: absolute(alternates[l]!) }] : []));
  const fallback = alternates[DEFAULT_LOCALE] ?? alternates[self];
  return fallback ? [...links, { hreflang: 'x-default', href: absolute(fallback) }] : links;
}

export interface PageSeo {
  locale: Locale;
  frame: SiteFrame;
  title: string;
  description?: string | null;
  alternates: Alternates;
  /** The share image; the portal's logo when the page has none of its own. */
  image?: Image | null;
  type?: 'website' | 'article';
}

/** Next metadata for a React page: canonical, hreflang, RSS link, Open Graph (url and image always). */
export function pageMetadata({ locale, frame, title, description, alternates, image, type = 'website' }: PageSeo): Metadata {
  const canonical = alternates[locale];
  const share = image ?? frame.logo;
  return {
    title,
    description: description ?? undefined,
    alternates: {
      canonical: canonical ? absolute(canonical) : undefined,
      languages: Object.fromEntries(hreflangLinks(alternates, locale).map((l) => [l.hreflang, l.href])),
      types: { 'application/rss+xml': [{ url: routes.rss(locale), title: frame.portalName }] },
    },
    openGraph: {
      siteName: frame.portalName,
      locale: locale === 'vi' ? 'vi_VN' : 'en_GB',
      type,
      title,
      description: description ?? undefined,
      url: canonical ? absolute(canonical) : undefined,
      images: share
        ? [
            {
              url: absolute(share.url),
              width: share.width ?? undefined,
              height: share.height ?? undefined,
              alt: share.alt || frame.portalName,
            },
          ]
        : undefined,
    },
  };
}

type JsonLdObject = Record<string, unknown>;

/** The portal's organisation (the People's Committee) as schema.org sees it. */
export function governmentOrganization(frame: SiteFrame, locale: Locale, extra: JsonLdObject = {}): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: frame.portalName,
    ...(frame.shortName ? { alternateName: frame.shortName } : {}),
    url: absolute(routes.home(locale)),
    ...(frame.logo ? { logo: absolute(frame.logo.url) } : {}),
    ...(frame.footer.address ? { address: frame.footer.address } : {}),
    ...(frame.footer.phone ? { telephone: frame.footer.phone } : {}),
    ...(frame.footer.email ? { email: frame.footer.email } : {}),
    ...extra,
  };
}

export function newsArticle(
  article: {
    title: string;
    summary: string;
    date: string;
    updatedAt: string | null;
    cover: Image | null;
    byline: string | null;
    sourceUnit: string | null;
    locale: Locale;
  },
  url: string,
  frame: SiteFrame,
): JsonLdObject {
  const image = article.cover ?? frame.logo;
  const author = article.sourceUnit ?? frame.portalName;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title.slice(0, 110),
    ...(article.summary ? { description: article.summary } : {}),
    inLanguage: article.locale,
    datePublished: article.date,
    dateModified: article.updatedAt ?? article.date,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    ...(image ? { image: [absolute(image.url)] } : {}),
    author: article.byline
      ? [
          { '@type': 'Person', name: article.byline },
          { '@type': 'Organization', name: author },
        ]
      : [{ '@type': 'Organization', name: author }],
    publisher: {
      '@type': 'GovernmentOrganization',
      name: frame.portalName,
      ...(frame.logo ? { logo: { '@type': 'ImageObject', url: absolute(frame.logo.url) } } : {}),
    },
  };
}

/** BreadcrumbList for the trail a page shows (links relative to the site; the last item is the page). */
export function breadcrumbList(items: Array<{ label: string; href?: string }>): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      ...(item.href ? { item: absolute(item.href) } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script. */
export const jsonLdText = (data: JsonLdObject): string => JSON.stringify(data).replace(/</g, '\\u003c');
