import { getDossierRows } from '@/lib/cms/queries';

// Open data: every figure as JSON (the same fields the CMS import accepts).
export const dynamic = 'force-static';
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET() {
  return Response.json(await getDossierRows(), { headers: { 'content-disposition': 'inline; filename="ho-so-thu-tuc-hanh-chinh.json"' } });
}
