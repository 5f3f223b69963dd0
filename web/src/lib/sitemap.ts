/**
 * The sitemap as an index (/sitemap.xml) of per-locale, per-type files (/sitemaps/vi-articles-3.xml):
 * each file holds one CMS slice (a few thousand URLs) with hreflang alternates, so a publish refreshes
 * one cheap query per file instead of rebuilding one huge sitemap, and none grows past the protocol's
 * 50,000 URLs.
 */
import { SITEMAP_TYPES, type SitemapEntry, type SitemapType } from './cms/types';
import { LOCALES, routes, type Locale } from './routes';
import { everyLocale, hreflangLinks, type Alternates } from './seo';
import { absolute } from './site';

/** Fixed pages worth finding (the search page is noindex). */
export const STATIC_PAGES: Array<(locale: Locale) => string> = [
  routes.home,
  routes.organisation,
  routes.map,
  (l) => routes.documents(l),
  routes.dossiers,
  routes.partners,
];

export type SitemapKind = 'pages' | SitemapType;
export interface SitemapFile {
  locale: Locale;
  kind: SitemapKind;
  page: number;
}

const FILE = new RegExp(`^(${LOCALES.join('|')})-(pages|${SITEMAP_TYPES.join('|')})-([1-9]\\d{0,4})\\.xml$`);

export const sitemapFileName = (f: SitemapFile) => `${f.locale}-${f.kind}-${f.page}.xml`;
export const sitemapFilePath = (f: SitemapFile) => `/sitemaps/${sitemapFileName(f)}`;

export function parseSitemapFileName(name: string): SitemapFile | null {
  const m = FILE.exec(name);
  return m ? { locale: m[1] as Locale, kind: m[2] as SitemapKind, page: Number(m[3]) } : null;
}

/** Every file of the index: one of fixed pages per locale, then as many slices as each type needs. */
export function sitemapFiles(counts: Record<SitemapType, Partial<Record<Locale, number>>>, pageSize: number): SitemapFile[] {
  return LOCALES.flatMap((locale) => [
    { locale, kind: 'pages' as const, page: 1 },
    ...SITEMAP_TYPES.flatMap((kind) =>
      Array.from({ length: Math.ceil((counts[kind]?.[locale] ?? 0) / pageSize) }, (_, i) => ({ locale, kind, page: i + 1 })),
    ),
  ]);
}

const XML_SPECIAL = /[<>&'"]/;
const escapeXml = (text: string) =>
  XML_SPECIAL.test(text)
    ? text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
    : text;

export function renderSitemapIndex(files: SitemapFile[]): string {
  const entries = files.map((f) => `  <sitemap><loc>${escapeXml(absolute(sitemapFilePath(f)))}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}

export interface UrlEntry {
  locale: Locale;
  alternates: Alternates;
  lastModified?: string | null;
}

/** A <urlset>; thousands of entries a file, so built as plain string concatenation. */
export function renderUrlSet(entries: UrlEntry[]): string {
  let xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
  for (const { locale, alternates, lastModified } of entries) {
    xml += `  <url><loc>${escapeXml(absolute(alternates[locale]!))}</loc>`;
    if (lastModified) xml += `<lastmod>${lastModified}</lastmod>`;
    for (const l of hreflangLinks(alternates, locale))
      xml += `<xhtml:link rel="alternate" hreflang="${l.hreflang}" href="${escapeXml(l.href)}"/>`;
    xml += '</url>\n';
  }
  return `${xml}</urlset>\n`;
}

const PATHS: Record<SitemapType, (locale: Locale, slug: string) => string> = {
  articles: routes.article,
  categories: (l, s) => routes.category(l, s),
  documents: routes.document,
};

/** A CMS slice as sitemap entries (each with its own path and the other locales' paths). */
export function sliceEntries(kind: SitemapType, locale: Locale, rows: SitemapEntry[]): UrlEntry[] {
  const path = PATHS[kind];
  return rows.map((row) => ({
    locale,
    lastModified: row.updatedAt,
    alternates: {
      ...Object.fromEntries(Object.entries(row.alternates).map(([l, slug]) => [l, path(l as Locale, slug!)])),
      [locale]: path(locale, row.slug),
    },
  }));
}

export const staticEntries = (locale: Locale): UrlEntry[] => STATIC_PAGES.map((path) => ({ locale, alternates: everyLocale(path) }));
