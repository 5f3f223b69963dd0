/**
 * The portal's Content-Security-Policy (issue 12.6), built in one place for the proxy (src/proxy.ts)
 * and the tests. The Permissions-Policy is in ./permissions-policy.ts (next.config.ts sends it).
 *
 * Scripts: no 'unsafe-inline'. React pages are rendered per request and Next.js puts the request's
 * nonce on its own scripts and on the inline flight data; the article pages are static documents
 * whose only inline script is the display bootstrap, allowed by its SHA-256. Everything else comes
 * from the portal's origin ('self'): portal.js, reviews.js, the self-hosted ALTCHA widget, Leaflet.
 * ALTCHA solves its proof of work in a Worker made from a blob: URL (worker-src blob:).
 * Styles keep 'unsafe-inline': React renders style attributes and Leaflet and ALTCHA add styles at
 * run time; a style cannot run code.
 */
import crypto from 'node:crypto';
import { BEACON_URL, DISPLAY_BOOTSTRAP } from '@/lib/assets';

export const DISPLAY_BOOTSTRAP_HASH = `'sha256-${crypto.createHash('sha256').update(DISPLAY_BOOTSTRAP).digest('base64')}'`;

/** The origin page-view beacons go to when it is not the portal's own (VISIT_BEACON_URL unset). */
function beaconOrigin(): string | null {
  try {
    return /^https?:\/\//.test(BEACON_URL) ? new URL(BEACON_URL).origin : null;
  } catch {
    return null;
  }
}

/**
 * `frameAncestors`: who may show the page in a frame besides the portal itself (the draft preview is
 * shown inside the CMS admin).
 */
export function contentSecurityPolicy(nonce: string, { frameAncestors = [] as string[] } = {}): string {
  const beacon = beaconOrigin();
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, DISPLAY_BOOTSTRAP_HASH],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(beacon ? [beacon] : [])],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'", ...frameAncestors],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The response header naming a document's nonce for the nginx front (src/proxy.ts, config/nginx/portal.conf). */
export const NONCE_HEADER = 'X-Portal-Nonce';

export function newNonce(): string {
  return crypto.randomBytes(16).toString('base64');
}
