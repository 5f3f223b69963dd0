/**
 * The portal as a citizen uses it, in Debian's Chromium: reading, navigating, switching language,
 * printing, accessibility, and content changes made in the CMS showing up without a restart.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { EDITOR, client } from '../../../cms/tests/helpers/portal';
import { routeTypes, toAppPath } from './a11y-pages';
import { readSitemap, type SitemapUrl } from './sitemap-read';
import { DEMO_ARTICLES, eventually, staffToken, startStack, type Stack } from './stack';

const FEATURED_VI = DEMO_ARTICLES.featured.vi;
const FEATURED_EN = DEMO_ARTICLES.featured.en;
const EDITED_VI = DEMO_ARTICLES.receptionFigures.vi;
const UNPUBLISHED_VI = 'lich-tiep-cong-dan-dinh-ky-cua-chu-tich-ubnd-huyen';
const CM = '/content-manager/collection-types/api::article.article';

let stack: Stack;
let page: Page;

before(async () => {
  stack = await startStack({ syntheticArticles: 30 });
  page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await stack?.stop();
});

const url = (path: string) => `${stack.webUrl}${path}`;

async function editor() {
  return { authorization: `Bearer ${await staffToken(stack.cms.url, EDITOR)}` };
}

async function documentIdOf(slug: string, locale = 'vi'): Promise<string> {
  const res = await client(stack.cms.url).get(`/api/articles?locale=${locale}&filters[slug][$eq]=${slug}`);
  return res.json.data[0].documentId;
}

describe('reading the portal', () => {
  test('the home page shows the seeded Vietnamese news and the district sidebar', async () => {
    const response = await page.goto(url('/'));
    assert.equal(response?.status(), 200);
    assert.match(page.url(), /\/vi$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    await page
      .getByRole('link', { name: /Đoàn thẩm định của HĐND tỉnh/ })
      .first()
      .waitFor();
    const banner = await page.locator('.brand-name').textContent();
    assert.equal(banner, 'Cổng Thông tin điện tử huyện Thạch Hà');
    const sidebar = await page.locator('aside').innerText();
    for (const label of [
      'Cổng điều hành nội bộ',
      'Bản đồ hành chính',
      'Tình hình giải quyết hồ sơ',
      'Gửi nhận văn bản',
      'Liên kết website',
      'Thống kê truy cập',
    ]) {
      assert.ok(sidebar.toUpperCase().includes(label.toUpperCase()), `sidebar lacks ${label}`);
    }
    const nav = await page.getByRole('navigation', { name: 'Chuyên mục' }).innerText();
    assert.match(nav, /THÔNG BÁO/);
    assert.ok(await page.getByRole('link', { name: /Cổng Dịch vụ công quốc gia/ }).isVisible());
  });

  test('clicking through to an article shows its photo caption and source unit', async () => {
    await page.goto(url('/vi'));
    await page
      .getByRole('link', { name: /Đoàn thẩm định của HĐND tỉnh/ })
      .first()
      .click();
    await page.waitForURL(`**/vi/tin-tuc/${FEATURED_VI}`);
    assert.match((await page.locator('h1').textContent()) ?? '', /Đoàn thẩm định của HĐND tỉnh/);
    assert.equal(
      await page.locator('figure.article-cover figcaption').textContent(),
      'Chủ tịch UBND huyện Thạch Hà trực tiếp làm việc cùng đoàn thẩm định',
    );
    assert.equal(await page.locator('.source-unit strong').textContent(), 'Trung tâm VHTT Thạch Hà');
    assert.equal(
      await page.locator('figure.article-cover img').getAttribute('alt'),
      'Tranh minh họa: Chủ tịch UBND huyện Thạch Hà trực tiếp làm việc cùng đoàn thẩm định',
    );
    const image = await page.request.get(url((await page.locator('figure.article-cover img').getAttribute('src'))!));
    assert.equal(image.status(), 200, 'the cover image loads through the portal');
    const body = await page.locator('.article-body').innerText();
    assert.match(body, /76\.936 hồ sơ/);
    assert.equal(await page.locator('.article-body ul li').count(), 4);
    assert.equal(await page.locator('.article-body blockquote').count(), 1);
    const crumbs = await page.getByRole('navigation', { name: 'Đường dẫn' }).innerText();
    assert.match(crumbs, /Trang chủ[\s\S]*Tin tức - Sự kiện[\s\S]*Cải cách hành chính/);
    assert.ok((await page.locator('.related li').count()) >= 1, 'related articles from the same category');
    assert.equal(await page.locator('meta[property="og:title"]').getAttribute('content'), await page.locator('h1').textContent());
    assert.ok(await page.getByRole('button', { name: 'In bài viết' }).isVisible());
    assert.ok(await page.getByRole('button', { name: 'Chia sẻ' }).isVisible());
  });

  test('switching to English lands on the same article, and back', async () => {
    await page.goto(url(`/vi/tin-tuc/${FEATURED_VI}`));
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await page.waitForURL(`**/en/news/${FEATURED_EN}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match((await page.locator('h1').textContent()) ?? '', /Provincial council team appraises/);
    assert.match((await page.locator('.source-unit').innerText()) ?? '', /Source: Thạch Hà Culture and Media Centre/);
    await page.getByRole('link', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.waitForURL(`**/vi/tin-tuc/${FEATURED_VI}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  });

  test('categories list their articles with pagination', async () => {
    const response = await page.goto(url('/vi/chuyen-muc/tin-tuc-su-kien'));
    assert.equal(response?.status(), 200);
    assert.equal(await page.locator('h1').textContent(), 'Tin tức - Sự kiện');
    assert.equal(await page.locator('.article-list > li').count(), 10);
    await page
      .getByRole('navigation', { name: 'Phân trang' })
      .getByRole('link', { name: /Trang sau/ })
      .click();
    await page.waitForURL('**/vi/chuyen-muc/tin-tuc-su-kien/2');
    assert.equal(await page.locator('.article-list > li').count(), 10);
    assert.equal((await page.goto(url('/vi/chuyen-muc/tin-tuc-su-kien/999')))?.status(), 404);
    const en = await page.goto(url('/en/category/administrative-reform'));
    assert.equal(en?.status(), 200);
    assert.equal(await page.locator('h1').textContent(), 'Administrative reform');
  });

  test('the organisation page lists units, leaders and contacts in both languages', async () => {
    await page.goto(url('/vi/to-chuc'));
    const text = await page.locator('main').innerText();
    assert.match(text, /Trung tâm VHTT Thạch Hà/);
    assert.match(text, /Nguyễn Văn A — Chủ tịch UBND huyện/);
    assert.match(text, /ubnd@thachha\.example\.vn/);
    await page.goto(url('/en/organisation'));
    assert.match(await page.locator('main').innerText(), /Thạch Hà District People's Committee/);
  });

  test('the partner page documents every operation the CMS registry has, from the footer, in both languages', async () => {
    const registry = await client(stack.cms.url).get('/api/partner-feed/operations');
    await page.goto(url('/vi'));
    await page.locator('footer a', { hasText: 'Dữ liệu cho đối tác' }).click();
    await page.waitForURL('**/vi/doi-tac');
    const vi = await page.locator('main').innerText();
    for (const op of registry.json.data as Array<{ id: string; title: { vi: string } }>) {
      assert.ok(vi.includes(op.id) && vi.includes(op.title.vi), `${op.id} documented`);
      assert.ok(vi.includes(`/api/partner-feed/operations/${op.id}?`), `${op.id} has a curl example`);
    }
    assert.match(vi, new RegExp(`${registry.json.meta.limits.maxCost}`));
    const en = await page.goto(url('/en/partners'));
    assert.equal(en?.status(), 200);
    assert.match((await page.locator('h1').textContent()) ?? '', /Data for partners/);
  });

  test('a missing page answers 404 with the page in the reader’s language', async () => {
    const vi = await page.goto(url('/vi/tin-tuc/khong-co-bai-nay'));
    assert.equal(vi?.status(), 404);
    assert.ok(await page.getByRole('heading', { name: 'Không tìm thấy trang' }).isVisible());
    const en = await page.goto(url('/en/news/no-such-article'));
    assert.equal(en?.status(), 404);
    assert.ok(await page.getByRole('heading', { name: 'Page not found' }).isVisible());
    assert.ok(!(await page.getByRole('heading', { name: 'Không tìm thấy trang' }).isVisible()));
    assert.equal((await page.goto(url('/vi/khong-co-trang-nay')))?.status(), 404);
    assert.equal((await page.goto(url('/somewhere-else')))?.status(), 404);
  });
});

describe('visit statistics', () => {
  const siteTotal = async () => (await client(stack.cms.url).get('/api/visit-counter/stats')).json.data.total as number;

  test('each page view is counted by the beacon and the sidebar shows the figures in the reader’s number format', async () => {
    const before = await siteTotal();
    assert.ok(before >= 137_814, 'the demo continues from the earlier counter');
    // Headless Chromium announces itself as "HeadlessChrome", which the counter rightly treats as a bot.
    const context = await stack.browser.newContext({
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    });
    const page = await context.newPage();
    await page.goto(url('/vi'));
    await page.goto(url(`/vi/tin-tuc/${FEATURED_VI}`));
    // Two page views reach the CMS (its read API caches for a few seconds).
    await eventually(async () => (await siteTotal()) >= before + 2, 20_000, 'page views were not counted');
    const block = page.locator('#visit-statistics');
    assert.match(await block.innerText(), /THỐNG KÊ TRUY CẬP/i);
    assert.match(await block.locator('[data-stat="total"]').innerText(), /^\d{1,3}(\.\d{3})+$/, 'Vietnamese groups thousands with dots');
    // The article shows its views once portal.js has fetched them.
    await page.locator('.article-views').waitFor({ state: 'visible' });
    assert.match(await page.locator('.article-views').innerText(), /^Lượt xem: \d+$/);
    await page.goto(url('/en'));
    await eventually(
      async () => /^1\d{2},\d{3}$/.test(await page.locator('[data-stat="total"]').innerText()),
      10_000,
      'English number format',
    );
    assert.match(await page.locator('#visit-statistics').innerText(), /Online/);
    await context.close();
  });

  test('a crawler’s page views are not counted', async () => {
    const context = await stack.browser.newContext({
      userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    });
    // (The beacon is sent: the CMS recognises the crawler and answers without counting.)
    const bot = await context.newPage();
    let beaconSent = false;
    bot.on('request', (request) => {
      if (request.url().endsWith('/api/visit-counter/hit')) beaconSent = true;
    });
    await new Promise((r) => setTimeout(r, 6000)); // let earlier beacons settle past the read cache
    const before = await siteTotal();
    await bot.goto(url('/vi'));
    await bot.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 6000));
    assert.ok(beaconSent, 'the page sent its beacon');
    assert.equal(await siteTotal(), before);
    await context.close();
  });
});

describe('the administrative map', () => {
  const paths = () => page.locator('.map-canvas path.leaflet-interactive').count();

  test('draws the CMS layers, follows the date control and the layer toggles', async () => {
    assert.equal((await page.goto(url('/vi/ban-do')))?.status(), 200);
    await page.locator('.map-canvas path.leaflet-interactive').first().waitFor();
    assert.equal(await paths(), 1, 'today: the province outline only (no district tier)');
    assert.match((await page.locator('#unit-list-heading').textContent()) ?? '', /\(70 đơn vị\)/);

    await page.getByRole('button', { name: 'Trước 01/7/2025' }).click();
    await eventually(async () => (await paths()) === 13, 5000, '12 districts and the province before 1 July 2025');
    assert.match((await page.locator('#unit-list-heading').textContent()) ?? '', /30\/06\/2025 \(223 đơn vị\)/);
    assert.ok(await page.locator('.map-list').getByText('Huyện Thạch Hà', { exact: true }).isVisible());

    await page.locator('input[type=date]').fill('2024-12-01');
    await eventually(async () => (await paths()) === 14, 5000, 'Lộc Hà is still a district in 2024');

    await page.getByRole('checkbox', { name: /Ranh giới cấp huyện/ }).uncheck();
    await eventually(async () => (await paths()) === 1, 5000, 'district layer hidden');
    await page.getByRole('checkbox', { name: /Ranh giới cấp huyện/ }).check();
    await eventually(async () => (await paths()) === 14, 5000, 'district layer shown again');

    await page.locator('.map-canvas path.leaflet-interactive').nth(5).click({ force: true });
    const details = await page.locator('.map-details').innerText();
    assert.match(details, /Mã\s+4\d\d/);
    assert.match(details, /Hiệu lực/);
  });

  test('the English map lists the same units', async () => {
    await page.goto(url('/en/map'));
    await page.getByRole('button', { name: 'Before 1 July 2025' }).click();
    assert.match((await page.locator('#unit-list-heading').textContent()) ?? '', /\(223 units\)/);
  });
});

describe('the official documents register', () => {
  const rows = () => page.locator('table.register tbody tr').count();

  test('lists, filters, searches and downloads documents', async () => {
    assert.equal((await page.goto(url('/vi/van-ban')))?.status(), 200);
    assert.equal(await rows(), 7);
    await page.getByLabel('Loại văn bản').selectOption('plan');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/type=plan/);
    assert.equal(await rows(), 2);
    await page.goto(url('/vi/van-ban?q=120%2FBC'));
    assert.equal(await rows(), 1);
    assert.match(await page.locator('table.register').innerText(), /76\.936 hồ sơ/);
    await page.goto(url('/vi/van-ban?year=2019&field=home-affairs'));
    assert.equal(await rows(), 2);
    await page.goto(url('/vi/van-ban?q=khong-co-van-ban-nay'));
    assert.ok(await page.getByText('Không có văn bản phù hợp với điều kiện tìm kiếm.').isVisible());

    await page.goto(url('/vi/van-ban'));
    await page.getByRole('link', { name: '3521/QĐ-UBND', exact: true }).click();
    await page.waitForURL('**/vi/van-ban/3521-qd-ubnd-2019');
    assert.match((await page.locator('h1').textContent()) ?? '', /Quyết định 3521\/QĐ-UBND/);
    const facts = await page.locator('dl.document-facts').innerText();
    assert.match(facts, /20\/08\/2019/);
    assert.match(facts, /Trần Thị B/);
    const href = await page.getByRole('link', { name: /Tải về/ }).getAttribute('href');
    const pdf = await fetch(url(href!));
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
  });

  test('the English register shows English summaries, and bad filters are ignored', async () => {
    assert.equal((await page.goto(url('/en/documents?type=drop%20table&year=abc&page=-3')))?.status(), 200);
    assert.equal(await rows(), 7);
    assert.match(await page.locator('table.register').innerText(), /Resolution endorsing the plan to merge 15 communes into 6/);
    assert.equal((await page.goto(url('/en/documents/no-such-document')))?.status(), 404);
  });
});

describe('dossier-processing status', () => {
  test('shows the figures with computed rates, a trend chart and open data', async () => {
    await page.goto(url('/vi'));
    await page.getByRole('link', { name: /Tình hình giải quyết hồ sơ/ }).click();
    await page.waitForURL('**/vi/tinh-hinh-giai-quyet-ho-so');
    const cards = await page.locator('dl.stat-cards').innerText();
    assert.match(cards, /Tiếp nhận\s+76\.936/);
    assert.match(cards, /Đã giải quyết\s+76\.550/);
    assert.match(cards, /Tỷ lệ giải quyết đúng hạn\s+100,00\s?%/);
    assert.match(cards, /Tỷ lệ đã giải quyết\s+99,50\s?%/);
    assert.match(cards, /Trả qua bưu chính\s+3\.529/);
    assert.match(cards, /Nộp trực tuyến\s+chưa báo cáo/);
    assert.ok((await page.locator('.trend-chart svg rect').count()) >= 2, 'bars drawn');
    const csv = await (await fetch(url('/vi/dossiers/data.csv'))).text();
    assert.match(csv.replace(/^\uFEFF/, ''), /^period,unit,received,/);
    assert.match(csv, /\n2019,Ủy ban nhân dân huyện Thạch Hà,76936,0,0,76550,0,386,0,,3529,2019-12-31,/);
    const json = (await (await fetch(url('/en/dossiers/data.json'))).json()) as Array<{ period: string; received: number }>;
    // Other suites sharing this stack may add older quarters; the demo's own year must be there as it was seeded.
    assert.deepEqual(
      json.filter((r) => r.period === '2019').map((r) => [r.period, r.received]),
      [['2019', 76936]],
    );
    await page.goto(url('/en/dossiers'));
    assert.match(await page.locator('dl.stat-cards').innerText(), /On-time rate\s+100\.00%/);
  });
});

describe('display and accessibility', () => {
  test('skip link, text size and high contrast work from the keyboard', async () => {
    await page.goto(url('/vi'));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Chuyển đến nội dung chính');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.style.fontSize), '112.5%');
    await page.getByRole('button', { name: 'Độ tương phản cao' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('high-contrast')), true);
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('high-contrast')), true, 'remembered');
    await page.getByRole('button', { name: 'Độ tương phản cao' }).click();
    await page.getByRole('button', { name: 'Cỡ chữ mặc định' }).click();
  });

  test('at 360 px nothing overflows sideways', async () => {
    const narrow = await stack.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/vi', `/vi/tin-tuc/${FEATURED_VI}`, '/vi/to-chuc']) {
      await narrow.goto(url(path));
      const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${path} is ${width}px wide`);
    }
    await narrow.close();
  });

  test('the print stylesheet keeps the article and drops navigation', async () => {
    await page.goto(url(`/vi/tin-tuc/${FEATURED_VI}`));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('aside.sidebar').isVisible(), false);
    assert.equal(await page.locator('nav.main-nav').isVisible(), false);
    assert.equal(await page.locator('.article-body').isVisible(), true);
    assert.equal(await page.locator('figure.article-cover figcaption').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
  });

  // axe on every page type, both languages and every display mode is the conformance gate (a11y.test.ts).
});

describe('search', () => {
  test('the header box finds news typed without diacritics, with highlights, pages and filters', async () => {
    await page.goto(url('/vi'));
    await page.fill('#header-search-q', 'thach');
    await Promise.all([page.waitForURL(/\/vi\/tim-kiem\?q=thach/), page.press('#header-search-q', 'Enter')]);
    assert.match((await page.textContent('[role="status"]')) ?? '', /kết quả cho “thach”/);
    assert.ok((await page.locator('.search-hit mark').count()) > 0, 'matches are marked');
    const marks = await page.locator('.search-hit mark').allTextContents();
    assert.ok(
      marks.some((m) => /^thạch$/i.test(m)),
      marks.slice(0, 5).join(', '),
    );
    await Promise.all([page.waitForURL(/page=2/), page.click('.pagination a[rel="next"]')]);
    assert.equal(await page.textContent('.pagination [aria-current="page"]'), '2');

    await page.goto(url('/vi/tim-kiem?q=cai+cach+hanh+chinh'));
    const category = await page.locator('select[name="category"] option').nth(2).textContent();
    await page.selectOption('select[name="category"]', { index: 2 });
    await Promise.all([page.waitForURL(/category=/), page.click('.search-filters button[type="submit"]')]);
    const metas = await page.locator('.search-hit-meta').allTextContents();
    assert.ok(metas.length > 0);
    for (const meta of metas) assert.ok(meta.includes((category ?? '').replace(/^— /, '')), meta);
  });

  test('an empty result says so, and English works the same way', async () => {
    await page.goto(url('/vi/tim-kiem?q=khongtontai'));
    assert.match((await page.textContent('.empty-state')) ?? '', /Không tìm thấy kết quả nào cho “khongtontai”/);
    await page.goto(url('/en/search?q=administratve+reform'));
    assert.ok((await page.locator('.search-hit').count()) > 0, 'a typo still finds');
    assert.match((await page.textContent('[role="status"]')) ?? '', /results? for/);
  });
});

describe('feeds', () => {
  async function parseXml(xml: string, selector: string): Promise<string[] | null> {
    return page.evaluate(
      ([text, sel]) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length) return null;
        return [...doc.querySelectorAll(sel)].map((n) => n.textContent ?? '');
      },
      [xml, selector] as const,
    );
  }

  test('the RSS feed parses, lists published articles and carries covers as enclosures', async () => {
    await page.goto(url('/vi'));
    const rss = await (await fetch(url('/vi/rss.xml'))).text();
    const links = await parseXml(rss, 'item > link');
    assert.ok(links, 'RSS is well-formed XML');
    assert.equal(links.length, 20);
    assert.ok(links.every((l) => l.startsWith(`${stack.webUrl}/vi/tin-tuc/`)));
    const enRss = await parseXml(await (await fetch(url('/en/rss.xml'))).text(), 'item > link');
    assert.ok(enRss && enRss.length >= 12 && enRss.every((l) => l.includes('/en/news/')));
    // Every demo story has a cover: the enclosure names it, its type and its size, as a feed reader fetches it.
    const enclosures = [...rss.matchAll(/<enclosure url="([^"]+)" type="([^"]+)" length="(\d+)"\/>/g)].map((m) => ({
      url: m[1]!.replace(/&amp;/g, '&'),
      type: m[2]!,
      length: Number(m[3]),
    }));
    assert.ok(enclosures.length >= 10, `${enclosures.length} enclosures`);
    for (const e of enclosures.slice(0, 3)) {
      assert.ok(e.url.startsWith(`${stack.webUrl}/uploads/`), e.url);
      const res = await fetch(e.url);
      assert.equal(res.status, 200, e.url);
      assert.equal(res.headers.get('content-type')?.split(';')[0], e.type);
      // Strapi keeps sizes in kilobytes (1,000 bytes) with two decimals: the length is the file's size to within 5 bytes.
      const bytes = (await res.arrayBuffer()).byteLength;
      assert.ok(Math.abs(bytes - e.length) <= 5, `${e.url}: ${e.length} bytes announced, ${bytes} served`);
    }
  });

  test('the sitemap is an index of per-locale, per-type files listing articles, categories, documents and partners with hreflang', async () => {
    const { index, files, urls } = await readSitemap(stack.webUrl);
    assert.ok(await parseXml(index, 'sitemapindex > sitemap > loc'), 'the index is well-formed XML');
    for (const f of files) assert.ok(await parseXml(f.xml, 'urlset > url > loc'), `${f.path} is well-formed XML`);
    assert.deepEqual(
      files
        .map((f) => f.path.replace(/-\d+\.xml$/, ''))
        .filter((v, i, all) => all.indexOf(v) === i)
        .sort(),
      ['en-articles', 'en-categories', 'en-documents', 'en-pages', 'vi-articles', 'vi-categories', 'vi-documents', 'vi-pages'].map(
        (n) => `/sitemaps/${n}`,
      ),
    );
    const entry = (path: string) => urls.find((u) => u.loc === url(path));
    const featured = entry(`/vi/tin-tuc/${FEATURED_VI}`);
    assert.ok(featured?.lastmod, 'the featured article, with its last change');
    assert.deepEqual(featured.alternates, {
      vi: url(`/vi/tin-tuc/${FEATURED_VI}`),
      en: url(`/en/news/${FEATURED_EN}`),
      'x-default': url(`/vi/tin-tuc/${FEATURED_VI}`),
    });
    assert.deepEqual(entry('/en/partners')?.alternates, {
      vi: url('/vi/doi-tac'),
      en: url('/en/partners'),
      'x-default': url('/vi/doi-tac'),
    });
    assert.ok(entry('/vi/doi-tac'), 'the Vietnamese partners page');
    const documents = urls.filter((u) => u.loc.startsWith(url('/vi/van-ban/')));
    assert.ok(documents.length >= 5, `${documents.length} documents listed`);
    for (const d of documents) {
      assert.equal(d.alternates.vi, d.loc);
      if (d.alternates.en) assert.equal((await fetch(d.alternates.en)).status, 200, d.alternates.en);
    }
    // Every entry is its own vi/en alternate and names an x-default; no draft, noindex or error page is listed.
    for (const u of urls) {
      assert.ok(Object.values(u.alternates).includes(u.loc) && u.alternates['x-default'], `${u.loc} in ${u.file}`);
      assert.doesNotMatch(u.loc, /tim-kiem|\/search|ban-nhap/);
    }
    assert.equal((await fetch(url('/sitemaps/vi-articles-999.xml'))).status, 404);
    assert.equal((await fetch(url('/sitemaps/xx-pages-1.xml'))).status, 404);
    const robots = await (await fetch(url('/robots.txt'))).text();
    assert.match(robots, new RegExp(`Sitemap: ${url('/sitemap.xml')}`));
  });
});

/** What the page's <head> tells a crawler or a share preview. */
async function headOf(path: string) {
  await page.goto(url(path));
  // No named functions inside: the browser has no `__name` helper for what the TypeScript loader adds.
  return page.evaluate(() => ({
    canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    hreflang: Object.fromEntries(
      [...document.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang')!,
        l.getAttribute('href')!,
      ]),
    ),
    ogUrl: document.head.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null,
    ogImage: document.head.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? null,
    ogTitle: document.head.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    breadcrumbs: document.querySelectorAll('nav.breadcrumbs li').length,
  }));
}

describe('what search engines and share previews see', () => {
  test('every page type in the sitemap: canonical, hreflang (vi, en, x-default) as in the sitemap, og:url, og:image and JSON-LD', async () => {
    const { urls } = await readSitemap(stack.webUrl);
    // One page of each app route and locale, taken from the sitemap (a new page type is checked once listed there).
    const samples = new Map<string, SitemapUrl>();
    const types = routeTypes().filter((t) => !t.isCatchAll);
    for (const u of urls) {
      const pathname = new URL(u.loc).pathname;
      const type = types.find((t) => t.matches(toAppPath(pathname)));
      assert.ok(type, `${pathname} is served by an app route`);
      const key = `${pathname.split('/')[1]} ${type.id || '(home)'}`;
      if (!samples.has(key) || (type.id === 'article/[slug]' && u.loc.includes(FEATURED_VI))) samples.set(key, u);
    }
    const listed = [...samples.keys()].sort();
    for (const expected of [
      'vi (home)',
      'en (home)',
      'vi article/[slug]',
      'vi category/[slug]/[[...page]]',
      'vi documents/[slug]',
      'vi organisation',
      'vi partners',
      'en partners',
      'vi map',
      'vi dossiers',
      'vi documents',
    ]) {
      assert.ok(listed.includes(expected), `${expected} in the sitemap (${listed.join(', ')})`);
    }
    const expectedTypes: Record<string, string[]> = {
      '(home)': ['GovernmentOrganization'],
      organisation: ['GovernmentOrganization'],
      'article/[slug]': ['NewsArticle'],
    };
    const images = new Set<string>();
    for (const [key, u] of samples) {
      const head = await headOf(new URL(u.loc).pathname);
      assert.equal(head.canonical, u.loc, `${key}: canonical`);
      assert.deepEqual(head.hreflang, u.alternates, `${key}: hreflang as in the sitemap`);
      assert.ok(head.hreflang['x-default'] && head.hreflang[key.slice(0, 2)] === u.loc, `${key}: own locale and x-default`);
      assert.equal(head.ogUrl, u.loc, `${key}: og:url`);
      assert.ok(head.ogImage?.startsWith('http') && head.ogTitle, `${key}: og:image and og:title`);
      images.add(head.ogImage!);
      const data = head.jsonLd.map(
        (text) => JSON.parse(text) as { '@context': string; '@type': string; itemListElement?: Array<{ name: string; position: number }> },
      );
      const found = data.map((d) => d['@type']);
      for (const type of expectedTypes[key.slice(3)] ?? []) assert.ok(found.includes(type), `${key}: ${type} in ${found.join(', ')}`);
      assert.ok(data.every((d) => d['@context'] === 'https://schema.org'));
      // A BreadcrumbList exactly where a trail shows, with the same number of steps.
      const trail = data.find((d) => d['@type'] === 'BreadcrumbList');
      assert.equal(Boolean(trail), head.breadcrumbs > 0, `${key}: BreadcrumbList where breadcrumbs show`);
      if (trail) assert.equal(trail.itemListElement?.length, head.breadcrumbs, `${key}: breadcrumb steps`);
    }
    for (const image of images) {
      const res = await fetch(image);
      assert.equal(res.status, 200, image);
      assert.match(res.headers.get('content-type') ?? '', /^image\//, image);
    }
    const article = JSON.parse((await headOf(`/vi/tin-tuc/${FEATURED_VI}`)).jsonLd.find((t) => t.includes('NewsArticle'))!);
    assert.equal(article.mainEntityOfPage['@id'], url(`/vi/tin-tuc/${FEATURED_VI}`));
    assert.ok(
      article.headline && article.datePublished && article.image?.[0]?.startsWith('http') && article.publisher?.name,
      JSON.stringify(article),
    );
  });

  test("a category's page 2 points to its own page 2, in every language listed", async () => {
    await page.goto(url('/vi/chuyen-muc/cai-cach-hanh-chinh'));
    const next = await page.locator('nav a[href$="/cai-cach-hanh-chinh/2"]').first().getAttribute('href');
    assert.ok(next, 'the category has a page 2');
    const head = await headOf(next);
    assert.equal(head.canonical, url(next));
    assert.equal(head.ogUrl, url(next));
    assert.equal(head.hreflang.vi, url(next));
    assert.equal(head.hreflang['x-default'], url(next));
    for (const [lang, href] of Object.entries(head.hreflang)) {
      assert.match(href, /\/2$/, `${lang} → ${href}`);
      assert.equal((await fetch(href)).status, 200, href);
    }
    const first = await headOf('/vi/chuyen-muc/cai-cach-hanh-chinh');
    assert.equal(first.hreflang.en, url('/en/category/administrative-reform'));
  });

  test('the home page has canonical and hreflang in both languages', async () => {
    const head = await headOf('/en');
    assert.equal(head.canonical, url('/en'));
    assert.deepEqual(head.hreflang, { vi: url('/vi'), en: url('/en'), 'x-default': url('/vi') });
  });
});

describe('content changes in the CMS reach readers without a restart', () => {
  test('publishing an edit changes the article page', async () => {
    const before = await fetch(url(`/vi/tin-tuc/${EDITED_VI}`));
    assert.equal(before.status, 200);
    const lists: Array<[string, boolean]> = [];
    for (const list of ['/vi', '/vi/chuyen-muc/cai-cach-hanh-chinh'])
      lists.push([list, (await (await fetch(url(list))).text()).includes(`/vi/tin-tuc/${EDITED_VI}"`)]);
    const id = await documentIdOf(EDITED_VI);
    const auth = await editor();
    const cms = client(stack.cms.url);
    const title = `Tiếp nhận 76.936 hồ sơ, không hồ sơ nào quá hạn (cập nhật ${Date.now()})`;
    assert.equal((await cms.request('PUT', `${CM}/${id}?locale=vi`, { title }, auth)).status, 200);
    // A saved draft is not public yet.
    await new Promise((r) => setTimeout(r, 1500));
    assert.ok(!(await (await fetch(url(`/vi/tin-tuc/${EDITED_VI}`))).text()).includes(title));
    assert.equal((await cms.request('POST', `${CM}/${id}/actions/publish?locale=vi`, {}, auth)).status, 200);
    await eventually(
      async () => (await (await fetch(url(`/vi/tin-tuc/${EDITED_VI}`))).text()).includes(title),
      20_000,
      'edited title on the article page',
    );
    // The lists that showed the article show the new title (suites sharing this stack publish newer articles,
    // which may have pushed it off the home page's latest news).
    for (const [list, listed] of lists) {
      if (listed) await eventually(async () => (await (await fetch(url(list))).text()).includes(title), 20_000, `edited title on ${list}`);
    }
    assert.ok(
      lists.some(([, listed]) => listed),
      'the article was listed on the home page or its category page',
    );
  });

  test('unpublishing removes the article from its page, the feed and the sitemap; drafts never appear', async () => {
    const auth = await editor();
    const cms = client(stack.cms.url);
    const draft = await cms.request(
      'POST',
      `${CM}?locale=vi`,
      { title: 'Bản nháp thử nghiệm e2e', slug: 'ban-nhap-thu-nghiem-e2e', featured: false },
      auth,
    );
    assert.equal(draft.status, 201);
    const id = await documentIdOf(UNPUBLISHED_VI);
    assert.equal((await fetch(url(`/vi/tin-tuc/${UNPUBLISHED_VI}`))).status, 200);
    assert.equal((await cms.request('POST', `${CM}/${id}/actions/unpublish?locale=vi`, {}, auth)).status, 200);
    await eventually(async () => (await fetch(url(`/vi/tin-tuc/${UNPUBLISHED_VI}`))).status === 404, 20_000, 'unpublished article gone');
    const sitemapText = async () => (await readSitemap(stack.webUrl)).files.map((f) => f.xml).join('\n');
    await eventually(
      async () => !(await (await fetch(url('/vi/rss.xml'))).text()).includes(UNPUBLISHED_VI),
      20_000,
      'unpublished article gone from the RSS feed',
    );
    await eventually(
      async () => !(await sitemapText()).includes(UNPUBLISHED_VI),
      20_000,
      'unpublished article gone from the sitemap files',
    );
    assert.ok(!(await (await fetch(url('/vi/rss.xml'))).text()).includes('ban-nhap-thu-nghiem-e2e'), 'draft listed in the RSS feed');
    assert.ok(!(await sitemapText()).includes('ban-nhap-thu-nghiem-e2e'), 'draft listed in the sitemap');
    assert.equal((await fetch(url('/vi/tin-tuc/ban-nhap-thu-nghiem-e2e'))).status, 404);
  });

  test('the revalidation route refuses a wrong secret or unknown tags', async () => {
    const post = (secret: string, body: unknown) =>
      fetch(url('/api/revalidate'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret },
        body: JSON.stringify(body),
      });
    assert.equal((await post('wrong', { tags: ['site'] })).status, 401);
    assert.equal((await post(stack.secret, { tags: ['everything'] })).status, 400);
    assert.equal((await post(stack.secret, { tags: ['site'] })).status, 200);
  });
});

describe('with the CMS down', () => {
  test('cached pages keep being served', async () => {
    const paths = ['/vi', `/vi/tin-tuc/${FEATURED_VI}`, '/en', '/vi/to-chuc', '/vi/chuyen-muc/cai-cach-hanh-chinh'];
    for (const path of paths) assert.equal((await fetch(url(path))).status, 200);
    await stack.stopCms();
    for (const path of paths) {
      const res = await fetch(url(path));
      assert.equal(res.status, 200, `${path} with the CMS down`);
      assert.match(await res.text(), /Thạch Hà/);
    }
  });
});
