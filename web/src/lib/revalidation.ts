/** Which cache tags a revalidation request may name (the CMS sends them on publish/unpublish). */
const TAG = /^(site|articles:(vi|en)|article:(vi|en):[a-z0-9][a-z0-9-]{0,199})$/;

export function parseRevalidationBody(body: unknown): string[] | null {
  if (typeof body !== 'object' || body === null) return null;
  const tags = (body as { tags?: unknown }).tags;
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > 50) return null;
  if (!tags.every((t): t is string => typeof t === 'string' && TAG.test(t))) return null;
  return [...new Set(tags)];
}

/** Constant-time comparison of the shared secret. */
export function secretMatches(given: string | null, expected: string | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
