/**
 * Article pages, served as plain HTML documents from Next's cache (ISR, revalidated by the CMS's
 * publish hook through the article's cache tags). An article is a document, not an app: it needs no
 * React runtime, and leaving out the inlined server-component payload makes the page about a third
 * of the size of the same page rendered as a React page (see bench/results/web-bench.json).
 */
import { ArticleView } from '@/components/article/ArticleView';
import { NotFoundView } from '@/components/common/NotFoundView';
import { HtmlDocument } from '@/components/document/HtmlDocument';
import { getArticle, getRelated, getSiteFrame } from '@/lib/cms/queries';
import { getMessages } from '@/lib/i18n/messages';
import { isLocale, routes, type Locale } from '@/lib/routes';
import { htmlResponse, renderDocument } from '@/lib/render-document';
import { newsArticle } from '@/lib/seo';
import { absolute } from '@/lib/site';

export const dynamic = 'force-static';
export const revalidate = 3600;

// Rendered on first request, then served from the cache; none at build time.
export function generateStaticParams() {
  return [];
}

/** A slug from the path; a malformed one (stopped earlier by src/proxy.ts) matches no article. */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug: rawSlug } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'vi';
  const slug = safeDecode(rawSlug);
  const path = routes.article(locale, slug);
  const [frame, article] = await Promise.all([getSiteFrame(locale), isLocale(raw) ? getArticle(locale, slug) : null]);
  const t = getMessages(locale);

  if (!article) {
    const html = await renderDocument(
      <HtmlDocument locale={locale} frame={frame} t={t} path={path} head={{ title: t.notFoundTitle, noindex: true }}>
        <div className="not-found">
          <p className="error-code">404</p>
          <NotFoundView locale={locale} />
        </div>
      </HtmlDocument>,
    );
    return htmlResponse(html, 404);
  }

  const related = article.category ? await getRelated(locale, article.category.slug, article.slug) : [];
  const alternates = Object.fromEntries(Object.entries(article.alternates).map(([l, s]) => [l, routes.article(l as Locale, s)]));
  const html = await renderDocument(
    <HtmlDocument
      locale={locale}
      frame={frame}
      t={t}
      path={path}
      head={{
        title: article.seo.title,
        ogTitle: article.title,
        description: article.seo.description,
        alternates,
        image: article.cover,
        type: 'article',
        publishedTime: article.date,
        modifiedTime: article.updatedAt,
        jsonLd: [newsArticle(article, absolute(path), frame)],
      }}
    >
      <ArticleView article={article} related={related} t={t} />
    </HtmlDocument>,
  );
  return htmlResponse(html);
}
