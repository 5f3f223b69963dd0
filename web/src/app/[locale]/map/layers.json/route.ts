import { getMapLayers } from '@/lib/cms/queries';
import { isLocale } from '@/lib/routes';

// The layers' GeoJSON for the map page, fetched by the browser (kept out of the page's HTML), cached
// like the pages and refreshed by the CMS's revalidation calls.
export const dynamic = 'force-static';
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return Response.json({ error: 'Not found' }, { status: 404 });
  const { data } = await getMapLayers(locale);
  return Response.json(data);
}
