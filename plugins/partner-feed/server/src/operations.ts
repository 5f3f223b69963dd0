import { z } from 'zod';

/**
 * The registry of persisted partner operations. Each one is callable by id over GET
 * (`/api/partner-feed/operations/<id>?locale=vi&...`), answered from a shared cache with an ETag, and
 * documented on the web's partner page from this very list (GET /api/partner-feed/operations).
 * Query-string parameters are validated here and turned into the operation's GraphQL variables.
 */
type Localized = { vi: string; en: string };

export interface PersistedOperation {
  id: string;
  title: Localized;
  description: Localized;
  document: string;
  params: z.ZodType<Record<string, unknown>>;
  /** Parameters shown in the documentation, one line each: name → description. */
  paramDocs: Record<string, Localized>;
  example: Record<string, string>;
  variables(params: Record<string, unknown>): Record<string, unknown>;
}

const locale = z.enum(['vi', 'en']).default('vi');
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200);

const ARTICLE_CARD = `documentId slug title summary publicationDate locale featured
    cover { url alternativeText width height }
    category { slug name }
    sourceUnit { name }`;

export const OPERATIONS: PersistedOperation[] = [
  {
    id: 'latest-news',
    title: { vi: 'Tin mới nhất', en: 'Latest news' },
    description: {
      vi: 'Các tin đã xuất bản mới nhất, theo ngôn ngữ và (tùy chọn) theo chuyên mục.',
      en: 'The most recent published articles, by language and optionally by category.',
    },
    document: `query LatestNews($locale: I18NLocaleCode!, $filters: ArticleFiltersInput, $limit: Int!) {
  articles(locale: $locale, filters: $filters, sort: ["publicationDate:desc", "documentId:asc"], pagination: { pageSize: $limit }) {
    ${ARTICLE_CARD}
  }
}`,
    params: z.object({ locale, category: slug.optional(), limit: z.coerce.number().int().min(1).max(50).default(10) }).strict(),
    paramDocs: {
      locale: { vi: 'vi hoặc en (mặc định vi)', en: 'vi or en (default vi)' },
      category: { vi: 'slug chuyên mục (tùy chọn)', en: 'category slug (optional)' },
      limit: { vi: 'số tin, 1–50 (mặc định 10)', en: 'number of articles, 1–50 (default 10)' },
    },
    example: { locale: 'vi', limit: '5' },
    variables: (p) => ({
      locale: p.locale,
      limit: p.limit,
      filters: p.category ? { category: { slug: { eq: p.category } } } : {},
    }),
  },
  {
    id: 'article-by-slug',
    title: { vi: 'Bài viết theo slug', en: 'Article by slug' },
    description: {
      vi: 'Toàn văn một bài đã xuất bản (nội dung dạng khối JSON của Strapi), kèm các bản ngôn ngữ khác.',
      en: 'One published article in full (Strapi blocks JSON body), with its other language versions.',
    },
    document: `query ArticleBySlug($locale: I18NLocaleCode!, $slug: String!) {
  articles(locale: $locale, filters: { slug: { eq: $slug } }, pagination: { pageSize: 1 }) {
    ${ARTICLE_CARD}
    body byline coverCaption updatedAt
    tags { label }
    localizations { locale slug }
  }
}`,
    params: z.object({ locale, slug }).strict(),
    paramDocs: {
      locale: { vi: 'vi hoặc en (mặc định vi)', en: 'vi or en (default vi)' },
      slug: { vi: 'slug của bài (bắt buộc)', en: 'the article slug (required)' },
    },
    example: { locale: 'vi', slug: 'slug-cua-bai-viet' },
    variables: (p) => ({ locale: p.locale, slug: p.slug }),
  },
  {
    id: 'site-statistics',
    title: { vi: 'Thông tin và số liệu cổng', en: 'Site settings and statistics' },
    description: {
      vi: 'Tên cổng, các đường dẫn dịch vụ, danh sách chuyên mục, tổng số tin, số liệu truy cập (theo thời điểm updatedAt) và số liệu giải quyết hồ sơ gần nhất.',
      en: 'Portal name, service links, the categories, the article total, visit statistics (as of updatedAt) and the latest dossier-processing figures.',
    },
    document: `query SiteStatistics($locale: I18NLocaleCode!) {
  siteSetting(locale: $locale) { portalName shortName tagline operationsPortalUrl dossierStatusUrl documentExchangeUrl }
  categories(locale: $locale, sort: ["order:asc", "name:asc"], pagination: { pageSize: 50 }) { slug name }
  articles_connection(locale: $locale, pagination: { pageSize: 1 }) { pageInfo { total } }
  visitStats { total online todayHits todayVisitors date updatedAt }
  dossierStatistics(sort: ["periodEnd:desc", "documentId:asc"], pagination: { pageSize: 12 }) {
    period periodStart periodEnd received resolvedOnTime resolvedEarly resolvedLate overdue inProgress
  }
}`,
    params: z.object({ locale }).strict(),
    paramDocs: { locale: { vi: 'vi hoặc en (mặc định vi)', en: 'vi or en (default vi)' } },
    example: { locale: 'vi' },
    variables: (p) => ({ locale: p.locale }),
  },
];

export const operationById = (id: string): PersistedOperation | undefined => OPERATIONS.find((op) => op.id === id);
