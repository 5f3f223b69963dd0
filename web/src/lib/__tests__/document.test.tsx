import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HtmlDocument } from '@/components/document/HtmlDocument';
import type { SiteFrame } from '../cms/types';
import { getMessages } from '../i18n/messages';
import { renderDocument } from '../render-document';

const frame: SiteFrame = {
  portalName: 'Cổng Thông tin điện tử huyện Thạch Hà',
  shortName: 'Thạch Hà',
  tagline: null,
  logo: null,
  footer: { address: null, phone: null, email: null, copyright: null, responsible: null },
  services: { operationsPortal: 'https://dieuhanh.example.vn', dossierStatus: null, documentExchange: null },
  nav: [{ name: 'Tin tức', slug: 'tin-tuc', children: [] }],
  websiteLinks: [],
};

test('a plain document carries head tags and only the portal’s own small scripts', async () => {
  const html = await renderDocument(
    <HtmlDocument
      locale="vi"
      frame={frame}
      t={getMessages('vi')}
      path="/vi/tin-tuc/bai-a"
      head={{ title: 'Bài A', ogTitle: 'Bài A đầy đủ', description: 'Mô tả & tóm tắt', alternates: { vi: '/vi/tin-tuc/bai-a', en: '/en/news/story-a' }, type: 'article' }}
    >
      <p>Nội dung</p>
    </HtmlDocument>,
  );
  assert.ok(html.startsWith('<!DOCTYPE html><html lang="vi">'));
  assert.match(html, /<title>Bài A \| Thạch Hà<\/title>/);
  assert.match(html, /<link rel="canonical" href="http:\/\/localhost:3000\/vi\/tin-tuc\/bai-a"\/>/);
  assert.match(html, /<link rel="alternate" hrefLang="en" href="http:\/\/localhost:3000\/en\/news\/story-a"\/>/);
  assert.match(html, /<meta property="og:title" content="Bài A đầy đủ"\/>/);
  assert.match(html, /content="Mô tả &amp; tóm tắt"/);
  assert.match(html, /href="\/switch-locale\?to=en&amp;from=%2Fvi%2Ftin-tuc%2Fbai-a"/, 'language switch knows the page');
  assert.match(html, /<main id="main-content" tabindex="-1"><p>Nội dung<\/p><\/main>/);
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  assert.equal(scripts.length, 2, 'the display bootstrap and portal.js only');
  assert.ok(!html.includes('__next_f'), 'no server-component payload');
});
