import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article/ArticleCard';
import { PageJsonLd } from '@/components/seo/JsonLd';
import { getHome, getSiteFrame } from '@/lib/cms/queries';
import { getMessages } from '@/lib/i18n/messages';
import { isLocale, routes } from '@/lib/routes';
import { everyLocale, governmentOrganization, pageMetadata } from '@/lib/seo';

export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const frame = await getSiteFrame(locale);
  const metadata = pageMetadata({
    locale,
    frame,
    title: frame.portalName,
    description: frame.tagline,
    alternates: everyLocale(routes.home),
  });
  return { ...metadata, title: { absolute: frame.portalName } };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [home, frame, t] = [await getHome(locale), await getSiteFrame(locale), getMessages(locale)];
  return (
    <>
      <PageJsonLd data={governmentOrganization(frame, locale)} />
      <h1 className="visually-hidden">{t.home}</h1>
      <div className="home-top">
        {home.featured ? (
          <section aria-labelledby="featured-heading" className="featured">
            <h2 id="featured-heading" className="section-title">
              {t.featured}
            </h2>
            <ArticleCard article={home.featured} locale={locale} variant="lead" />
          </section>
        ) : null}
        <section aria-labelledby="latest-heading" className="latest">
          <h2 id="latest-heading" className="section-title">
            {t.latest}
          </h2>
          <ul className="plain-list">
            {home.latest.map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} locale={locale} variant="compact" />
              </li>
            ))}
          </ul>
        </section>
      </div>
      {home.sections.map((section) => (
        <section key={section.slug} aria-labelledby={`s-${section.slug}`} className="home-section">
          <div className="section-head">
            <h2 id={`s-${section.slug}`} className="section-title">
              <a href={routes.category(locale, section.slug)}>{section.name}</a>
            </h2>
            <a href={routes.category(locale, section.slug)} className="more" aria-label={`${t.more}: ${section.name}`}>
              {t.more} ›
            </a>
          </div>
          <ul className="plain-list card-grid">
            {section.articles.map((a) => (
              <li key={a.id}>
                <ArticleCard article={a} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
