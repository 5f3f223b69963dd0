/**
 * The sitemap as a crawler reads it: /sitemap.xml is an index, each file it lists a <urlset> whose
 * entries carry hreflang alternates (xhtml:link). Read with plain text matching (the suites check
 * well-formedness separately, with the browser's XML parser).
 */
export interface SitemapUrl {
  loc: string;
  lastmod: string | null;
  /** hreflang → absolute URL. */
  alternates: Record<string, string>;
  /** The file it was listed in. */
  file: string;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export async function readSitemap(
  webUrl: string,
): Promise<{ index: string; files: Array<{ path: string; xml: string }>; urls: SitemapUrl[] }> {
  const index = await (await fetch(`${webUrl}/sitemap.xml`)).text();
  const paths = [...index.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((m) => new URL(decode(m[1]!)).pathname);
  const files = await Promise.all(paths.map(async (path) => ({ path, xml: await (await fetch(`${webUrl}${path}`)).text() })));
  const urls = files.flatMap(({ path, xml }) =>
    [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      loc: decode(/<loc>([^<]+)<\/loc>/.exec(m[1]!)?.[1] ?? ''),
      lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(m[1]!)?.[1] ?? null,
      alternates: Object.fromEntries(
        [...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [a[1]!, decode(a[2]!)]),
      ),
      file: path,
    })),
  );
  return { index, files, urls };
}
