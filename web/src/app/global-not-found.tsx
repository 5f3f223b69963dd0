import type { Metadata } from 'next';
import { connection } from 'next/server';
import { STYLESHEET } from '@/lib/assets';

// Paths outside /vi and /en: a bilingual 404 (there is no locale to choose from).
export const metadata: Metadata = { title: 'Không tìm thấy trang · Page not found' };

export default async function GlobalNotFound() {
  await connection(); // per request, for the CSP nonce on Next.js's scripts (src/proxy.ts)
  return (
    <html lang="vi">
      <head>
        <link rel="stylesheet" href={STYLESHEET} />
      </head>
      <body>
        <main id="main-content" className="container not-found">
          <p className="error-code">404</p>
          <h1 className="page-title">Không tìm thấy trang</h1>
          <p>Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ.</p>
          <p>
            <a href="/vi">Về trang chủ</a>
          </p>
          <div lang="en">
            <h2>Page not found</h2>
            <p>The page you are looking for does not exist or has been removed.</p>
            <p>
              <a href="/en">Go to the English home page</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
