import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { localizedRewrites } from './src/lib/routes';

// The stylesheet and script in public/ are shared by React pages and plain-HTML article documents;
// their URLs carry a content hash so browsers and proxies may cache them for a year.
const assetsVersion = crypto
  .createHash('sha256')
  .update(['portal.css', 'portal.js', 'search.css'].map((f) => fs.readFileSync(path.join(__dirname, 'public', f))).join('\n'))
  .digest('hex')
  .slice(0, 12);

const CMS_URL = process.env.CMS_URL ?? 'http://127.0.0.1:1337';

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never clobber the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  env: { PORTAL_ASSETS_VERSION: assetsVersion },
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  // Uploaded media is served same-origin through the portal, so pages work behind one hostname.
  async rewrites() {
    return {
      // Ratings, comments and the captcha challenge are forwarded by app/api/reviews/[...path]/route.ts,
      // which tells the CMS the citizen's address (a rewrite would make every citizen the web server).
      beforeFiles: [...localizedRewrites(), { source: '/uploads/:path*', destination: `${CMS_URL}/uploads/:path*` }],
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
        ],
      },
    ];
  },
};

export default nextConfig;
