/**
 * The portal's page for an address it cannot answer (see src/proxy.ts): 400 for a malformed address,
 * 404 for an unknown one, with the portal's frame (display settings, navigation, search) in the
 * visitor's language. Reached by the proxy's rewrite; the status comes from the path.
 */
import { NotFoundView } from '@/components/common/NotFoundView';
import { HtmlDocument } from '@/components/document/HtmlDocument';
import { getSiteFrame } from '@/lib/cms/queries';
import { getMessages } from '@/lib/i18n/messages';
import { isLocale, routes, type Locale } from '@/lib/routes';
import { htmlResponse, renderDocument } from '@/lib/render-document';

export const dynamic = 'force-static';
export const revalidate = 3600;

// Rendered on first request, then served from the cache; none at build time.
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; status: string }> }) {
  const { locale: raw, status: rawStatus } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'vi';
  const status = rawStatus === '400' ? 400 : 404;
  const t = getMessages(locale);
  const frame = await getSiteFrame(locale);
  const html = await renderDocument(
    <HtmlDocument
      locale={locale}
      frame={frame}
      t={t}
      path={routes.home(locale)}
      head={{ title: status === 400 ? t.badAddressTitle : t.notFoundTitle, noindex: true }}
    >
      <div className="not-found">
        <p className="error-code">{status}</p>
        <NotFoundView locale={locale} badAddress={status === 400} />
      </div>
    </HtmlDocument>,
  );
  return htmlResponse(html, status);
}
