/** Absolute address of the portal, for canonical links, the sitemap and feeds. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

export const absolute = (path: string) => `${SITE_URL}${path}`;
