/** RSS 2.0 for the latest articles of one locale. */
import type { FeedItem } from './cms/types';
import { routes, type Locale } from './routes';
import { absolute } from './site';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export function renderRss({
  locale,
  title,
  description,
  items,
}: {
  locale: Locale;
  title: string;
  description: string;
  items: FeedItem[];
}): string {
  const link = absolute(routes.home(locale));
  const entries = items
    .map((item) => {
      const url = absolute(routes.article(locale, item.slug));
      return [
        '    <item>',
        `      <title>${escapeXml(item.title)}</title>`,
        `      <link>${escapeXml(url)}</link>`,
        `      <guid isPermaLink="false">${escapeXml(`${item.id}:${locale}`)}</guid>`,
        `      <pubDate>${new Date(item.date).toUTCString()}</pubDate>`,
        item.category ? `      <category>${escapeXml(item.category)}</category>` : '',
        item.enclosure
          ? `      <enclosure url="${escapeXml(absolute(item.enclosure.url))}" type="${escapeXml(item.enclosure.type)}" length="${item.enclosure.length}"/>`
          : '',
        `      <description>${escapeXml(item.summary)}</description>`,
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(link)}</link>
    <description>${escapeXml(description)}</description>
    <language>${locale === 'vi' ? 'vi-VN' : 'en-GB'}</language>
    <atom:link href="${escapeXml(absolute(routes.rss(locale)))}" rel="self" type="application/rss+xml"/>
${items[0] ? `    <lastBuildDate>${new Date(items[0].updatedAt ?? items[0].date).toUTCString()}</lastBuildDate>\n` : ''}${entries}
  </channel>
</rss>
`;
}
