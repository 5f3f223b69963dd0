import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { REVALIDATE_SECRET_HEADER } from '@portal/contract';
import { parseRevalidationBody, secretMatches } from '@/lib/revalidation';

/**
 * Called by the CMS when content is published, edited, unpublished or deleted (the contract in
 * config/contract: POST /api/revalidate  x-revalidate-secret: <REVALIDATE_SECRET>  {"tags": [...]}).
 * Pages using those tags are served stale once while they regenerate, then fresh.
 */
export async function POST(request: NextRequest) {
  if (!secretMatches(request.headers.get(REVALIDATE_SECRET_HEADER), process.env.REVALIDATE_SECRET)) {
    return NextResponse.json({ error: 'Invalid revalidation secret' }, { status: 401 });
  }
  const tags = parseRevalidationBody(await request.json().catch(() => null));
  if (!tags) return NextResponse.json({ error: 'Body must be {"tags": [...]} with known tag names' }, { status: 400 });
  for (const tag of tags) revalidateTag(tag, 'max');
  return NextResponse.json({ revalidated: tags, now: Date.now() });
}
