/** Domain types the portal's components work with (not the raw GraphQL shapes). */
import type { Locale } from '../routes';
import type { Block } from './blocks';

export interface Image {
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
  srcSet: string | null;
}

export interface CategoryRef {
  name: string;
  slug: string;
}

export interface ArticleSummary {
  id: string;
  title: string;
  slug: string;
  summary: string;
  date: string;
  cover: Image | null;
  category: CategoryRef | null;
}

export interface Article extends ArticleSummary {
  locale: Locale;
  body: Block[];
  byline: string | null;
  caption: string | null;
  sourceUnit: string | null;
  updatedAt: string | null;
  gallery: Image[];
  tags: string[];
  breadcrumbs: CategoryRef[];
  seo: { title: string; description: string };
  alternates: Partial<Record<Locale, string>>;
}

export interface NavCategory extends CategoryRef {
  children: CategoryRef[];
}

export interface WebsiteLink {
  label: string;
  url: string;
  group: string | null;
}

export interface SiteFrame {
  portalName: string;
  shortName: string;
  tagline: string | null;
  logo: Image | null;
  footer: { address: string | null; phone: string | null; email: string | null; copyright: string | null; responsible: string | null };
  services: { operationsPortal: string | null; dossierStatus: string | null; documentExchange: string | null };
  nav: NavCategory[];
  websiteLinks: WebsiteLink[];
  /** Visit statistics when the page was rendered (portal.js refreshes them from /api/stats). */
  visits: VisitFigures | null;
}

export interface VisitFigures {
  total: number;
  online: number;
  todayHits: number;
  todayVisitors: number;
}

export interface CategorySection extends CategoryRef {
  articles: ArticleSummary[];
}

export interface HomeContent {
  featured: ArticleSummary | null;
  latest: ArticleSummary[];
  sections: CategorySection[];
}

export interface CategoryListing {
  category: CategoryRef & { description: string | null; parent: CategoryRef | null; children: CategoryRef[] };
  articles: ArticleSummary[];
  page: number;
  pageCount: number;
  total: number;
  alternates: Partial<Record<Locale, string>>;
}

export interface Leader {
  name: string;
  position: string;
  phone: string | null;
}

export interface OrganisationUnit {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  leaders: Leader[];
  children: OrganisationUnit[];
}

export interface FeedItem {
  id: string;
  title: string;
  slug: string;
  summary: string;
  date: string;
  updatedAt: string | null;
  category: string | null;
  /** The cover as an RSS enclosure (length in bytes). */
  enclosure: { url: string; type: string; length: number } | null;
}

/** What the CMS lists for the sitemap files (cms/src/api/sitemap). */
export const SITEMAP_TYPES = ['articles', 'categories', 'documents'] as const;
export type SitemapType = (typeof SITEMAP_TYPES)[number];

/** One published entry: its slug, last change, and its slug in the other locales it is published in. */
export interface SitemapEntry {
  slug: string;
  updatedAt: string | null;
  alternates: Partial<Record<Locale, string>>;
}
