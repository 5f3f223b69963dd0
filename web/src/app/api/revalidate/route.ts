import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { REVALIDATE_SECRET_HEADER } from '@portal/contract';
import { parseRevalidationRequest, secretMatches } from '@/lib/revalidation';

/**
 * Called by the CMS when content is published, edited, unpublished or deleted (the contract in
 * config/contract: POST /api/revalidate  x-revalidate-secret: <REVALIDATE_SECRET>  {"tags": [...], "takedown"?: true}).
 * An ordinary publication: pages using those tags are served stale once while they regenerate, then fresh.
 * A takedown (unpublished, deleted or corrected content): the entries expire at once, so the next reader —
 * however long after — waits for a fresh render and never gets the old page.
 */
export async function POST(request: NextRequest) {
  if (!secretMatches(request.headers.get(REVALIDATE_SECRET_HEADER), process.env.REVALIDATE_SECRET)) {
    return NextResponse.json({ error: 'Invalid revalidation secret' }, { status: 401 });
  }
  const body = parseRevalidationRequest(await request.json().catch(() => null));
  if (!body) return NextResponse.json({ error: 'Body must be {"tags": [...]} with known tag names' }, { status: 400 });
  for (const tag of body.tags) revalidateTag(tag, body.takedown ? { expire: 0 } : 'max');
  return NextResponse.json({ revalidated: body.tags, takedown: body.takedown, now: Date.now() });
}
