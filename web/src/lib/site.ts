/** Absolute address of the portal, for canonical links, the sitemap and feeds. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** A path on the portal as an absolute URL (an already absolute URL, e.g. media on a CDN, is kept). */
export const absolute = (path: string) => (/^https?:\/\//.test(path) ? path : `${SITE_URL}${path}`);
