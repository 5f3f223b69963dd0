/** Which cache tags a revalidation request may name: the CMS–web contract (config/contract). */
export { parseRevalidationBody, parseRevalidationRequest } from '@portal/contract';

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
