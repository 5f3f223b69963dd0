import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { PageFrame } from '@/components/layout/PageFrame';
import { DISPLAY_BOOTSTRAP, STYLESHEET } from '@/lib/assets';
import { SEARCH_STYLESHEET } from '@/lib/search';
import { getSiteFrame } from '@/lib/cms/queries';
import { getMessages } from '@/lib/i18n/messages';
import { LOCALES, isLocale, routes } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';

// Only vi and en exist; any other first segment is answered by app/global-not-found.tsx.
export const revalidate = 3600;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a50e0e' };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const frame = await getSiteFrame(locale);
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: frame.portalName, template: `%s | ${frame.shortName}` },
    description: frame.tagline ?? undefined,
    alternates: { types: { 'application/rss+xml': [{ url: routes.rss(locale), title: frame.portalName }] } },
    openGraph: { siteName: frame.portalName, locale: locale === 'vi' ? 'vi_VN' : 'en_GB', type: 'website' },
    icons: frame.logo ? { icon: frame.logo.url } : undefined,
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Rendered per request so Next.js can put the Content-Security-Policy nonce (src/proxy.ts) on its
  // scripts; the CMS data still comes from the tagged fetch cache. Article pages stay static documents.
  await connection();
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [frame, t] = [await getSiteFrame(locale), getMessages(locale)];
  return (
    <html lang={locale}>
      <head>
        <link rel="stylesheet" href={STYLESHEET} />
        <link rel="stylesheet" href={SEARCH_STYLESHEET} />
        <script dangerouslySetInnerHTML={{ __html: DISPLAY_BOOTSTRAP }} />
      </head>
      <body>
        <PageFrame frame={frame} locale={locale} t={t}>
          {children}
        </PageFrame>
      </body>
    </html>
  );
}
