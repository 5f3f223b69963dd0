/** Small adapters from GraphQL results to the domain types in ./types. */
import type {
  AdminUnitsQuery,
  ArticleCardFragment,
  ArticlePageQuery,
  CategoryPageQuery,
  DocumentEntryFragment,
  DossierStatisticsQuery,
  FeedArticlesQuery,
  HomePageQuery,
  MapLayersQuery,
  MediaFragment,
  OrganisationPageQuery,
  SiteFrameQuery,
} from '@/graphql/generated';
import type { OfficialDocument } from '../documents';
import type { DossierRow } from '../dossiers';
import type { AdminUnit, LayerData, MapFeature, MapLayer } from '../map';
import { isLocale, type Locale } from '../routes';
import { parseBlocks } from './blocks';
import type {
  Article,
  ArticleSummary,
  CategoryListing,
  FeedItem,
  HomeContent,
  Image,
  NavCategory,
  OrganisationUnit,
  SiteFrame,
} from './types';

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

type Format = { url: string; width: number };

/** Strapi's responsive formats (thumbnail, small, medium, large) become a srcset. */
function srcSetOf(formats: unknown, original: MediaFragment): string | null {
  if (typeof formats !== 'object' || formats === null) return null;
  const candidates = Object.values(formats as Record<string, unknown>).filter(
    (f): f is Format =>
      typeof f === 'object' && f !== null && typeof (f as Format).url === 'string' && typeof (f as Format).width === 'number',
  );
  if (original.width) candidates.push({ url: original.url, width: original.width });
  if (candidates.length < 2) return null;
  return candidates
    .sort((a, b) => a.width - b.width)
    .map((f) => `${f.url} ${f.width}w`)
    .join(', ');
}

export function toImage(media: MediaFragment | null | undefined, fallbackAlt = ''): Image | null {
  if (!media) return null;
  return {
    url: media.url,
    alt: media.alternativeText?.trim() || fallbackAlt,
    width: media.width,
    height: media.height,
    srcSet: srcSetOf(media.formats, media),
  };
}

/**
 * An article's image with alt text in the article's language: its own alt text, else its caption, else
 * its title. The media library's alt text is shared by every language, so it is never used here.
 */
export function toArticleImage(media: MediaFragment | null | undefined, alt: string): Image | null {
  return toImage(media ? { ...media, alternativeText: null } : media, alt);
}

const coverAltOf = (card: Pick<ArticleCardFragment, 'coverAlt' | 'coverCaption' | 'title'>) =>
  card.coverAlt?.trim() || card.coverCaption?.trim() || card.title;

export function toArticleSummary(card: ArticleCardFragment): ArticleSummary {
  return {
    id: card.documentId,
    title: card.title,
    slug: card.slug,
    summary: card.summary ?? '',
    date: card.publicationDate ?? card.publishedAt ?? new Date(0).toISOString(),
    cover: toArticleImage(card.cover, coverAltOf(card)),
    category: card.category ? { name: card.category.name, slug: card.category.slug } : null,
  };
}

type LocalizationRef = { locale: string | null; slug: string } | null;

export function alternatesOf(locale: Locale, slug: string, localizations: LocalizationRef[]): Partial<Record<Locale, string>> {
  const out: Partial<Record<Locale, string>> = { [locale]: slug };
  for (const l of localizations.filter(present)) if (l.locale && isLocale(l.locale)) out[l.locale] = l.slug;
  return out;
}

export function toArticle(data: ArticlePageQuery, locale: Locale): Article | null {
  const raw = data.articles.find(present);
  if (!raw) return null;
  const category = raw.category;
  return {
    ...toArticleSummary(raw),
    cover: toArticleImage(raw.cover, coverAltOf(raw)),
    locale,
    body: parseBlocks(raw.body),
    byline: raw.byline,
    caption: raw.coverCaption,
    sourceUnit: raw.sourceUnit?.name ?? null,
    updatedAt: raw.updatedAt,
    gallery: raw.gallery.map((g) => toArticleImage(g, raw.title)).filter(present),
    tags: (raw.tags ?? []).filter(present).map((t) => t.label),
    breadcrumbs: category ? [...(category.parent ? [category.parent] : []), { name: category.name, slug: category.slug }] : [],
    seo: { title: raw.seo?.metaTitle || raw.title, description: raw.seo?.metaDescription || raw.summary || '' },
    alternates: alternatesOf(locale, raw.slug, raw.localizations),
  };
}

export function toSiteFrame(data: SiteFrameQuery): SiteFrame {
  const s = data.siteSetting;
  const categories = data.categories.filter(present);
  const nav: NavCategory[] = categories
    .filter((c) => !c.parent)
    .map((root) => ({
      name: root.name,
      slug: root.slug,
      children: categories.filter((c) => c.parent?.slug === root.slug).map((c) => ({ name: c.name, slug: c.slug })),
    }));
  return {
    portalName: s?.portalName ?? '',
    shortName: s?.shortName ?? s?.portalName ?? '',
    tagline: s?.tagline ?? null,
    logo: toImage(s?.logo, s?.portalName ?? ''),
    footer: {
      address: s?.footerAddress ?? null,
      phone: s?.footerPhone ?? null,
      email: s?.footerEmail ?? null,
      copyright: s?.copyright ?? null,
      responsible: s?.responsiblePerson ?? null,
    },
    visits: data.visitStats
      ? {
          total: data.visitStats.total,
          online: data.visitStats.online,
          todayHits: data.visitStats.todayHits,
          todayVisitors: data.visitStats.todayVisitors,
        }
      : null,
    services: {
      operationsPortal: s?.operationsPortalUrl ?? null,
      dossierStatus: s?.dossierStatusUrl ?? null,
      documentExchange: s?.documentExchangeUrl ?? null,
    },
    nav,
    websiteLinks: data.websiteLinks.filter(present).map((l) => ({ label: l.label, url: l.url, group: l.group })),
  };
}

export function toHomeContent(data: HomePageQuery): HomeContent {
  const featured = data.featured.find(present) ?? data.latest.find(present) ?? null;
  return {
    featured: featured ? toArticleSummary(featured) : null,
    latest: data.latest
      .filter(present)
      .filter((a) => a.documentId !== featured?.documentId)
      .map(toArticleSummary),
    sections: data.categories
      .filter(present)
      .map((c) => ({ name: c.name, slug: c.slug, articles: c.articles.filter(present).map(toArticleSummary) }))
      .filter((c) => c.articles.length > 0),
  };
}

export function toCategoryListing(data: CategoryPageQuery, locale: Locale): CategoryListing | null {
  const c = data.categories.find(present);
  if (!c) return null;
  const info = data.articles_connection?.pageInfo;
  return {
    category: {
      name: c.name,
      slug: c.slug,
      description: c.description,
      parent: c.parent ? { name: c.parent.name, slug: c.parent.slug } : null,
      children: c.children.filter(present).map((child) => ({ name: child.name, slug: child.slug })),
    },
    articles: (data.articles_connection?.nodes ?? []).map(toArticleSummary),
    page: info?.page ?? 1,
    pageCount: Math.max(1, info?.pageCount ?? 1),
    total: info?.total ?? 0,
    alternates: alternatesOf(locale, c.slug, c.localizations),
  };
}

export function toOrganisation(data: OrganisationPageQuery): OrganisationUnit[] {
  const raw = data.organizationUnits.filter(present);
  const byId = new Map<string, OrganisationUnit>();
  for (const u of raw) {
    byId.set(u.documentId, {
      id: u.documentId,
      name: u.name,
      // GraphQL spells enum values with underscores (people_committee); the CMS stores people-committee.
      kind: u.kind.replace(/_/g, '-'),
      description: u.description,
      phone: u.phone,
      email: u.email,
      address: u.address,
      leaders: (u.leaders ?? []).filter(present).map((l) => ({ name: l.name, position: l.position, phone: l.phone })),
      children: [],
    });
  }
  const roots: OrganisationUnit[] = [];
  for (const u of raw) {
    const node = byId.get(u.documentId)!;
    const parent = u.parent ? byId.get(u.parent.documentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export function toFeedItems(data: FeedArticlesQuery): FeedItem[] {
  return (data.articles_connection?.nodes ?? []).map((a) => ({
    id: a.documentId,
    title: a.title,
    slug: a.slug,
    summary: a.summary ?? '',
    date: a.publicationDate ?? a.publishedAt ?? new Date(0).toISOString(),
    updatedAt: a.updatedAt,
    category: a.category?.name ?? null,
    // Strapi stores sizes in kilobytes of 1,000 bytes, to two decimals.
    enclosure: a.cover ? { url: a.cover.url, type: a.cover.mime, length: Math.round(a.cover.size * 1000) } : null,
  }));
}

export function toMapLayers(data: MapLayersQuery): { layers: MapLayer[]; data: LayerData[] } {
  const raw = data.mapLayers.filter(present);
  return {
    layers: raw.map((l) => ({
      id: l.documentId,
      name: l.name,
      description: l.description,
      kind: l.kind.replace(/_/g, '-'),
      effectiveFrom: l.effectiveFrom,
      effectiveTo: l.effectiveTo,
      shownByDefault: l.shownByDefault,
      attribution: l.attribution,
      style: {
        fill: l.style?.fill ?? '#c8102e',
        stroke: l.style?.stroke ?? '#7a0a0a',
        opacity: l.style?.opacity ?? 0.3,
        labelField: l.style?.labelField ?? 'name',
      },
    })),
    // The CMS validated the GeoJSON on save; here it only needs its features.
    data: raw.map((l) => ({ id: l.documentId, features: featuresOf(l.data) })),
  };
}

function featuresOf(data: unknown): MapFeature[] {
  const features = typeof data === 'object' && data !== null ? (data as { features?: unknown }).features : undefined;
  return Array.isArray(features) ? (features as MapFeature[]) : [];
}

export function toAdminUnits(nodes: NonNullable<AdminUnitsQuery['adminUnits_connection']>['nodes']): AdminUnit[] {
  return nodes.map((u) => ({
    id: u.documentId,
    code: u.code,
    name: u.name,
    kind: u.kind,
    validFrom: u.validFrom,
    validTo: u.validTo,
    parentId: u.parent?.documentId ?? null,
    successors: u.successors.filter(present).map((s) => ({ id: s.documentId, name: s.name })),
  }));
}

export function toOfficialDocument(d: DocumentEntryFragment): OfficialDocument {
  return {
    id: d.documentId,
    number: d.number,
    slug: d.slug,
    // GraphQL spells enum values with underscores; the CMS (and its filters) use hyphens.
    type: d.documentType.replace(/_/g, '-'),
    issuingBody: d.issuingBody,
    signer: d.signer,
    issueDate: d.issueDate,
    effectiveDate: d.effectiveDate,
    summary: d.summary,
    field: d.field.replace(/_/g, '-'),
    file: d.file
      ? {
          url: d.file.url,
          name: d.file.name,
          sizeKb: Math.max(1, Math.round(d.file.size)),
          ext: (d.file.ext ?? '').replace('.', '').toUpperCase(),
        }
      : null,
  };
}

export function toDossierRows(nodes: NonNullable<DossierStatisticsQuery['dossierStatistics_connection']>['nodes']): DossierRow[] {
  return nodes.map((n) => ({
    period: n.period,
    periodStart: n.periodStart,
    periodEnd: n.periodEnd,
    unit: n.unit?.name ?? '',
    received: n.received,
    carriedOver: n.carriedOver ?? 0,
    resolvedEarly: n.resolvedEarly ?? 0,
    resolvedOnTime: n.resolvedOnTime,
    resolvedLate: n.resolvedLate ?? 0,
    inProgress: n.inProgress ?? 0,
    overdue: n.overdue ?? 0,
    submittedOnline: n.submittedOnline,
    returnedByPost: n.returnedByPost,
    asOf: n.asOf,
    source: n.source,
  }));
}
