import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { parseRevalidationBody, secretMatches } from '@/lib/revalidation';

/**
 * Called by the CMS when content is published, edited, unpublished or deleted:
 *   POST /api/revalidate  x-revalidate-secret: <REVALIDATE_SECRET>  {"tags": ["articles:vi", "article:vi:<slug>"]}
 * Pages using those tags are served stale once while they regenerate, then fresh.
 */
export async function POST(request: NextRequest) {
  if (!secretMatches(request.headers.get('x-revalidate-secret'), process.env.REVALIDATE_SECRET)) {
    return NextResponse.json({ error: 'Invalid revalidation secret' }, { status: 401 });
  }
  const tags = parseRevalidationBody(await request.json().catch(() => null));
  if (!tags) return NextResponse.json({ error: 'Body must be {"tags": [...]} with known tag names' }, { status: 400 });
  for (const tag of tags) revalidateTag(tag, 'max');
  return NextResponse.json({ revalidated: tags, now: Date.now() });
}
