import { getDossierRows } from '@/lib/cms/queries';
import { toCsv } from '@/lib/dossiers';

// Open data: every figure, in the columns the CMS import accepts.
export const dynamic = 'force-static';
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET() {
  return new Response(`\uFEFF${toCsv(await getDossierRows())}`, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="ho-so-thu-tuc-hanh-chinh.csv"' },
  });
}
