import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hreflangLinks } from '../seo';
import {
  parseSitemapFileName,
  renderSitemapIndex,
  renderUrlSet,
  sitemapFileName,
  sitemapFiles,
  sliceEntries,
  staticEntries,
} from '../sitemap';

test('the index lists fixed pages per locale and as many slices per type as the counts need', () => {
  const files = sitemapFiles({ articles: { vi: 10_001, en: 12 }, categories: { vi: 8, en: 8 }, documents: { vi: 0, en: 3 } }, 5000);
  assert.deepEqual(files.map(sitemapFileName), [
    'vi-pages-1.xml',
    'vi-articles-1.xml',
    'vi-articles-2.xml',
    'vi-articles-3.xml',
    'vi-categories-1.xml',
    'en-pages-1.xml',
    'en-articles-1.xml',
    'en-categories-1.xml',
    'en-documents-1.xml',
  ]);
  for (const f of files) assert.deepEqual(parseSitemapFileName(sitemapFileName(f)), f);
  const xml = renderSitemapIndex(files);
  assert.match(xml, /<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
  assert.match(xml, /<loc>http:\/\/localhost:3000\/sitemaps\/vi-articles-3\.xml<\/loc>/);
});

test('file names outside the scheme are refused', () => {
  for (const name of [
    'xx-pages-1.xml',
    'vi-users-1.xml',
    'vi-articles-0.xml',
    'vi-articles-1.xml.gz',
    '../vi-pages-1.xml',
    'vi-articles-01.xml',
  ]) {
    assert.equal(parseSitemapFileName(name), null, name);
  }
});

test('entries carry hreflang for each locale they exist in and x-default', () => {
  const entries = sliceEntries('articles', 'vi', [
    { slug: 'tin-a', updatedAt: '2020-01-02T00:00:00.000Z', alternates: { en: 'story-a' } },
    { slug: 'tin-b', updatedAt: null, alternates: {} },
  ]);
  const xml = renderUrlSet(entries);
  assert.match(xml, /<url><loc>http:\/\/localhost:3000\/vi\/tin-tuc\/tin-a<\/loc><lastmod>2020-01-02T00:00:00\.000Z<\/lastmod>/);
  assert.match(xml, /hreflang="en" href="http:\/\/localhost:3000\/en\/news\/story-a"/);
  assert.match(xml, /hreflang="x-default" href="http:\/\/localhost:3000\/vi\/tin-tuc\/tin-a"/);
  const b = xml.split('\n').find((l) => l.includes('tin-b'))!;
  assert.doesNotMatch(b, /hreflang="en"/);
  // An English-only page is its own x-default.
  assert.deepEqual(
    hreflangLinks({ en: '/en/news/only' }, 'en').map((l) => l.hreflang),
    ['en', 'x-default'],
  );
  const pages = renderUrlSet(staticEntries('en'));
  assert.match(pages, /<loc>http:\/\/localhost:3000\/en\/partners<\/loc>.*hreflang="vi" href="http:\/\/localhost:3000\/vi\/doi-tac"/);
  assert.doesNotMatch(pages, /search|tim-kiem/);
});
