import type { NextConfig } from 'next';
import { localizedRewrites } from './src/lib/routes';

const CMS_URL = process.env.CMS_URL ?? 'http://127.0.0.1:1337';

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never clobber the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  // Uploaded media is served same-origin through the portal, so pages work behind one hostname.
  async rewrites() {
    return {
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
