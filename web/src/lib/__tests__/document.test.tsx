import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HtmlDocument } from '@/components/document/HtmlDocument';
import { siteFrame } from './site-frame.fixture';
import { getMessages } from '../i18n/messages';
import { renderDocument } from '../render-document';

const frame = siteFrame;

test('a plain document carries head tags and only the portal’s own small scripts', async () => {
  const html = await renderDocument(
    <HtmlDocument
      locale="vi"
      frame={frame}
      t={getMessages('vi')}
      path="/vi/tin-tuc/bai-a"
      head={{
        title: 'Bài A',
        ogTitle: 'Bài A đầy đủ',
        description: 'Mô tả & tóm tắt',
        alternates: { vi: '/vi/tin-tuc/bai-a', en: '/en/news/story-a' },
        type: 'article',
      }}
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
  assert.match(html, /data-beacon="[^"]*\/api\/visit-counter\/hit"/, 'portal.js knows where to count the page view');
});

test('the statistics block shows the figures in Vietnamese number format, and in English format on English pages', async () => {
  const vi = await renderDocument(
    <HtmlDocument locale="vi" frame={frame} t={getMessages('vi')} path="/vi" head={{ title: 'Trang chủ' }}>
      <p>x</p>
    </HtmlDocument>,
  );
  assert.match(vi, /<dt>Thống kê<\/dt><dd data-stat="total">137\.814<\/dd>/);
  assert.match(vi, /<dt>Online<\/dt><dd data-stat="online">62<\/dd>/);
  const en = await renderDocument(
    <HtmlDocument locale="en" frame={frame} t={getMessages('en')} path="/en" head={{ title: 'Home' }}>
      <p>x</p>
    </HtmlDocument>,
  );
  assert.match(en, /<dt>Total visits<\/dt><dd data-stat="total">137,814<\/dd>/);
  const pending = await renderDocument(
    <HtmlDocument locale="vi" frame={{ ...frame, visits: null }} t={getMessages('vi')} path="/vi" head={{ title: 'Trang chủ' }}>
      <p>x</p>
    </HtmlDocument>,
  );
  assert.match(pending, /Số liệu truy cập đang được cập nhật/);
});
