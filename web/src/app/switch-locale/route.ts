import { NextResponse, type NextRequest } from 'next/server';
import { alternatePath } from '@/lib/cms/queries';
import { isLocale, routes } from '@/lib/routes';

/** Language switch: /switch-locale?to=en&from=/vi/tin-tuc/<slug> → the English article, or /en. */
export async function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to') ?? '';
  const from = request.nextUrl.searchParams.get('from') ?? '/';
  if (!isLocale(to)) return NextResponse.json({ error: 'Unknown language' }, { status: 400 });
  let target = routes.home(to);
  if (from.startsWith('/') && !from.startsWith('//') && from.length < 512) {
    try {
      target = await alternatePath(from, to);
    } catch {
      /* CMS unreachable: the other language's home page still works from cache */
    }
  }
  return NextResponse.redirect(new URL(target, request.url), 307);
}
