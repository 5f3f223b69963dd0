import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { localizedRewrites } from './src/lib/routes';
import { PERMISSIONS_POLICY } from './src/lib/security/permissions-policy';

// The stylesheet and script in public/ are shared by React pages and plain-HTML article documents;
// their URLs carry a content hash so browsers and proxies may cache them for a year.
const assetsVersion = crypto
  .createHash('sha256')
  .update(['portal.css', 'portal.js', 'search.css'].map((f) => fs.readFileSync(path.join(__dirname, 'public', f))).join('\n'))
  .digest('hex')
  .slice(0, 12);

const CMS_URL = process.env.CMS_URL ?? 'http://127.0.0.1:1337';

// Proxied to the CMS on the portal's own origin: uploaded media, so pages work behind one hostname.
// Ratings, comments and the captcha challenge are forwarded by app/api/reviews/[...path]/route.ts,
// which tells the CMS the citizen's address (a rewrite would make every citizen the web server).
const cmsRewrites = [{ source: '/uploads/:path*', destination: `${CMS_URL}/uploads/:path*` }];

// Top-level names served besides /vi and /en (public files, app route folders, proxied paths), for
// the proxy that answers every other address with the portal's 404 page (src/lib/bad-address.ts).
const topLevel = [
  ...fs.readdirSync(path.join(__dirname, 'public')),
  ...fs
    .readdirSync(path.join(__dirname, 'src', 'app'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !/^[[(_@]/.test(e.name))
    .map((e) => e.name),
  ...cmsRewrites.map((r) => r.source.split('/')[1]!),
].join(',');

const nextConfig: NextConfig = {
  // With REDIS_URL (several web nodes) Next's cache lives in Redis, shared by every node (cache-handler.mjs);
  // without it (`npm start`, one node) Next keeps its default cache in memory and .next. Read when `next start` boots.
  ...(process.env.REDIS_URL ? { cacheHandler: path.join(__dirname, 'cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
  // Tests build into their own folder so they never clobber the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Metadata (canonical, hreflang, Open Graph) in the <head> of the first bytes for every client, not
  // streamed into the body for user agents Next does not know as bots: a share preview or crawler
  // missing from its list would otherwise find no canonical link (one in <body> is ignored).
  htmlLimitedBots: /.*/,
  env: { PORTAL_ASSETS_VERSION: assetsVersion, PORTAL_TOP_LEVEL: topLevel },
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  async rewrites() {
    return {
      beforeFiles: [...localizedRewrites(), ...cmsRewrites],
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    return [{ source: '/', destination: '/vi', permanent: false }];
  },
  async headers() {
    return [
      {
        source: '/portal.:ext(css|js)',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        source: '/search.css',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          // The Content-Security-Policy (with a nonce per document) is set by src/proxy.ts.
          { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

export default nextConfig;
