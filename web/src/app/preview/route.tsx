/**
 * /preview?token=… — a draft article as it will look on the portal, for Strapi's "Open preview" (shown
 * in the admin's frame). The same components as the article page, plus a draft banner; `noindex`,
 * `no-store`, framable only by the CMS. Without a valid token (signed by the CMS for an admin session,
 * 30 minutes) it answers 401 and shows nothing. The article route stays static; this one is dynamic,
 * which is what Next's draft mode would give, without a cookie the admin's frame may not send.
 */
import { ArticleView } from '@/components/article/ArticleView';
import { HtmlDocument } from '@/components/document/HtmlDocument';
import { CMS_URL } from '@/lib/cms/client';
import { getArticlePreview } from '@/lib/cms/preview';
import { getSiteFrame } from '@/lib/cms/queries';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { contentSecurityPolicy, newNonce } from '@/lib/security/headers';
import { renderDocument } from '@/lib/render-document';

export const dynamic = 'force-dynamic';

const cmsOrigin = () => new URL(process.env.PUBLIC_CMS_URL || CMS_URL).origin;

function respond(html: string, status: number, frameAncestors: string[] = []): Response {
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store, max-age=0',
      'x-robots-tag': 'noindex, nofollow',
      // The portal's own policy (the proxy leaves /preview to this route), framable by the admin: at its
      // configured address and at the origin the editor's browser opened it on (named by the CMS).
      'content-security-policy': contentSecurityPolicy(newNonce(), { frameAncestors: [...new Set([cmsOrigin(), ...frameAncestors])] }),
    },
  });
}

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const draft = token ? await getArticlePreview(token) : null;
  const locale = draft?.locale ?? 'vi';
  const [frame, t] = [await getSiteFrame(locale), getMessages(locale)];
  if (!draft) {
    const html = await renderDocument(
      <HtmlDocument locale={locale} frame={frame} t={t} path="/preview" head={{ title: t.previewInvalid, noindex: true }}>
        <p className="preview-banner" role="alert">
          {t.previewInvalid}
        </p>
      </HtmlDocument>,
    );
    return respond(html, 401);
  }
  const { article } = draft;
  const html = await renderDocument(
    <HtmlDocument
      locale={locale}
      frame={frame}
      t={t}
      path={routes.article(locale, article.slug)}
      head={{ title: article.seo.title, description: article.seo.description, noindex: true }}
    >
      <p className="preview-banner" role="status">
        {t.previewBanner}
      </p>
      <ArticleView article={article} related={[]} t={t} />
    </HtmlDocument>,
  );
  return respond(html, 200, draft.frameAncestors);
}
