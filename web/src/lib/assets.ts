/** URLs of the shared stylesheet and script (public/), versioned by content at build time. */
const version = process.env.PORTAL_ASSETS_VERSION ?? 'dev';

export const STYLESHEET = `/portal.css?v=${version}`;
export const SCRIPT = `/portal.js?v=${version}`;

/**
 * Where page views are reported (navigator.sendBeacon from portal.js). The CMS's visit-counter answers
 * it outside Strapi's request stack; behind a reverse proxy that serves it on the portal's own domain,
 * set VISIT_BEACON_URL=/api/visit-counter/hit (see config/nginx/portal.conf).
 */
export const BEACON_URL =
  process.env.VISIT_BEACON_URL ??
  `${(process.env.PUBLIC_CMS_URL ?? process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, '')}/api/visit-counter/hit`;

/**
 * Applies the reader's saved text size and contrast before the first paint (portal.js does the rest
 * once loaded), so large-text readers never see the page jump.
 */
export const DISPLAY_BOOTSTRAP =
  "try{var d=JSON.parse(localStorage.getItem('portal-display')||'null');if(d){if(d.size&&d.size!==100)document.documentElement.style.fontSize=d.size+'%';if(d.contrast)document.documentElement.classList.add('high-contrast')}}catch(e){}";
