/**
 * Public URLs of the portal, per locale. Vietnamese paths use Vietnamese words (/vi/tin-tuc/...),
 * English paths English ones (/en/news/...); both are rewritten to the same app routes.
 */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** App route folder → public segment in each locale. */
const SEGMENTS = {
  article: { vi: 'tin-tuc', en: 'news' },
  category: { vi: 'chuyen-muc', en: 'category' },
  organisation: { vi: 'to-chuc', en: 'organisation' },
  map: { vi: 'ban-do', en: 'map' },
  documents: { vi: 'van-ban', en: 'documents' },
  dossiers: { vi: 'tinh-hinh-giai-quyet-ho-so', en: 'dossiers' },
  partners: { vi: 'doi-tac', en: 'partners' },
  search: { vi: 'tim-kiem', en: 'search' },
  privacy: { vi: 'chinh-sach-bao-ve-du-lieu-ca-nhan', en: 'privacy' },
} as const;

export const routes = {
  home: (locale: Locale) => `/${locale}`,
  article: (locale: Locale, slug: string) => `/${locale}/${SEGMENTS.article[locale]}/${slug}`,
  category: (locale: Locale, slug: string, page = 1) => `/${locale}/${SEGMENTS.category[locale]}/${slug}${page > 1 ? `/${page}` : ''}`,
  organisation: (locale: Locale) => `/${locale}/${SEGMENTS.organisation[locale]}`,
  map: (locale: Locale) => `/${locale}/${SEGMENTS.map[locale]}`,
  mapData: (locale: Locale) => `/${locale}/map/layers.json`,
  documents: (locale: Locale, search = '') => `/${locale}/${SEGMENTS.documents[locale]}${search}`,
  dossiers: (locale: Locale) => `/${locale}/${SEGMENTS.dossiers[locale]}`,
  dossierData: (locale: Locale, format: 'csv' | 'json') => `/${locale}/dossiers/data.${format}`,
  document: (locale: Locale, slug: string) => `/${locale}/${SEGMENTS.documents[locale]}/${slug}`,
  rss: (locale: Locale) => `/${locale}/rss.xml`,
  partners: (locale: Locale) => `/${locale}/${SEGMENTS.partners[locale]}`,
  search: (locale: Locale, query = '') => `/${locale}/${SEGMENTS.search[locale]}${query}`,
  privacy: (locale: Locale) => `/${locale}/${SEGMENTS.privacy[locale]}`,
  switchLocale: (to: Locale, from?: string) => `/switch-locale?to=${to}${from ? `&from=${encodeURIComponent(from)}` : ''}`,
};

/** Rewrites from the localized public paths to the app's route folders. */
export function localizedRewrites(): Array<{ source: string; destination: string }> {
  return Object.entries(SEGMENTS).flatMap(([folder, byLocale]) =>
    LOCALES.filter((locale) => byLocale[locale] !== folder).map((locale) => ({
      source: `/${locale}/${byLocale[locale]}/:rest*`,
      destination: `/${locale}/${folder}/:rest*`,
    })),
  );
}

/** Parse a public path back into what it shows (used by the language switch). */
export type ParsedPath =
  | { kind: 'home'; locale: Locale }
  | { kind: 'article' | 'category' | 'document'; locale: Locale; slug: string }
  | { kind: 'organisation' | 'map' | 'documents' | 'dossiers' | 'partners' | 'search' | 'privacy'; locale: Locale }
  | { kind: 'other'; locale: Locale };

export function parsePath(pathname: string): ParsedPath | null {
  const [first, second, third] = pathname.split('/').filter(Boolean);
  if (!first || !isLocale(first)) return null;
  const locale = first;
  if (!second) return { kind: 'home', locale };
  const entry = Object.entries(SEGMENTS).find(([folder, byLocale]) => second === byLocale[locale] || second === folder);
  if (!entry) return { kind: 'other', locale };
  const kind = entry[0] as keyof typeof SEGMENTS;
  if (kind === 'article' || kind === 'category') return third ? { kind, locale, slug: third } : { kind: 'other', locale };
  if (kind === 'documents') return third ? { kind: 'document', locale, slug: third } : { kind, locale };
  return { kind, locale };
}
