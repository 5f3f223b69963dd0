/**
 * The ALTCHA captcha widget (npm package `altcha`, with its Vietnamese and English strings), served
 * from the portal's own origin: no CDN, no third party. Read once from node_modules at build time.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export const dynamic = 'force-static';

async function widgetFile(): Promise<string> {
  // The package is hoisted to the repository's node_modules; look upwards from the web app.
  for (let dir = process.cwd(), i = 0; i < 4; i += 1, dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', 'altcha', 'dist', 'main', 'altcha.i18n.umd.min.cjs');
    try {
      await fs.access(file);
      return file;
    } catch {
      /* try the parent folder */
    }
  }
  throw new Error('altcha widget not found in node_modules');
}

export async function GET() {
  const body = await fs.readFile(await widgetFile(), 'utf8');
  return new Response(body, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' },
  });
}
