import crypto from 'node:crypto';

/**
 * Draft previews: the admin's preview handler (reached only with an admin session) signs a short-lived
 * token naming one draft; the web passes it back to the CMS, which alone can check it and answers with
 * that draft. The key never leaves the CMS (ADMIN_JWT_SECRET, or PREVIEW_SECRET when set).
 */
export type PreviewClaims = {
  uid: string;
  documentId: string;
  locale: string;
  exp: number;
  /** Origins of the admin that asked (allowed to show the preview in a frame). */
  frame?: string[];
};

export const PREVIEW_TTL_SECONDS = 30 * 60;

const key = () => {
  const secret = process.env.PREVIEW_SECRET || process.env.ADMIN_JWT_SECRET;
  if (!secret) throw new Error('ADMIN_JWT_SECRET is not set');
  return `portal-preview:${secret}`;
};
const mac = (payload: string) => crypto.createHmac('sha256', key()).update(payload).digest('base64url');

export function signPreview(claims: Omit<PreviewClaims, 'exp'>, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(now / 1000) + PREVIEW_TTL_SECONDS })).toString('base64url');
  return `${payload}.${mac(payload)}`;
}

export function verifyPreview(token: unknown, now = Date.now()): PreviewClaims | null {
  if (typeof token !== 'string' || token.length > 2000) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PreviewClaims;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < now) return null;
    if (![claims.uid, claims.documentId, claims.locale].every((v) => typeof v === 'string' && v)) return null;
    if (claims.frame !== undefined && !(Array.isArray(claims.frame) && claims.frame.every((o) => typeof o === 'string'))) return null;
    return claims;
  } catch {
    return null;
  }
}
