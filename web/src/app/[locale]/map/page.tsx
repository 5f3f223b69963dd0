import { notFound } from 'next/navigation';
import { PageBreadcrumbs } from '@/components/article/Breadcrumbs';
import { MapExplorer } from '@/components/map/MapExplorer';
import { getAdminUnits, getMapLayers } from '@/lib/cms/queries';
import { getMessages } from '@/lib/i18n/messages';
import { fixedPageMetadata } from '@/lib/metadata';
import { isLocale, routes } from '@/lib/routes';

export const revalidate = 3600;

export const generateMetadata = fixedPageMetadata((t) => ({ title: t.map.title, description: t.map.intro }), routes.map);

export default async function MapPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getMessages(locale);
  const [{ layers }, units] = await Promise.all([getMapLayers(locale), getAdminUnits()]);
  // The page is cached for up to an hour; "today" is the day it was rendered in Viet Nam.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return (
    <>
      <PageBreadcrumbs items={[{ label: t.home, href: routes.home(locale) }, { label: t.map.title }]} label={t.breadcrumbs} />
      <h1 className="page-title">{t.map.title}</h1>
      <p className="lead">{t.map.intro}</p>
      <MapExplorer locale={locale} layers={layers} units={units} dataUrl={routes.mapData(locale)} initialDate={today} labels={t.map} />
    </>
  );
}
