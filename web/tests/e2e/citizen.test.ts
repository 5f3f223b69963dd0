/**
 * Citizen pages as people use them, in Debian's Chromium against the configuration `npm start` gives
 * (no test-only settings): star ratings with the mouse, the keyboard and a phone's touch screen, the
 * comment form's messages, the documents register without diacritics, bad addresses, the language
 * switch right after a translation is published, alt text per language, and the smaller things a
 * citizen notices (print, sidebar figures, website links, phone shortcut, dossier chart).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { EDITOR, client, importDossiers } from '../../../cms/tests/helpers/portal';
import { LOCALES, routes, type Locale } from '../../src/lib/routes';
import { DEMO_ARTICLES, citizenContext, eventually, staffToken, startStack, type Stack } from './stack';

const ARTICLE_VI = DEMO_ARTICLES.featured.vi;
const ARTICLE_EN = DEMO_ARTICLES.featured.en;
const RATED_VI = DEMO_ARTICLES.receptionFigures.vi;
const CM = '/content-manager/collection-types/api::article.article';
const LIT = 'rgb(180, 83, 9)';

let stack: Stack;
const url = (p: string) => `${stack.webUrl}${p}`;

before(async () => {
  stack = await startStack();
});

after(async () => {
  await stack?.stop();
});

async function open(p: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await citizenContext(stack.browser, options);
  const page = await context.newPage();
  await page.goto(url(p));
  return page;
}

async function documentIdOf(slug: string, locale = 'vi'): Promise<string> {
  const res = await client(stack.cms.url).get(`/api/articles?locale=${locale}&filters[slug][$eq]=${slug}`);
  assert.ok(res.json.data[0], `no article ${slug}`);
  return res.json.data[0].documentId;
}

// ---- star ratings ----

/** The star labels as the reader sees them, left to right. */
async function starsOnScreen(page: Page): Promise<Array<{ x: number; y: number; lit: boolean }>> {
  await page.locator('.star-input').scrollIntoViewIfNeeded();
  const boxes = await page.locator('.star-input .star').evaluateAll((labels) =>
    labels.map((label) => {
      const r = label.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, lit: getComputedStyle(label).color };
    }),
  );
  return boxes.sort((a, b) => a.x - b.x).map((b) => ({ x: b.x, y: b.y, lit: b.lit === LIT }));
}

/** What the page stores for this reader: their vote and the article's histogram, from the API. */
async function storedRating(page: Page, article: string) {
  return page.evaluate(async (a) => (await (await fetch(`/api/reviews/ratings?article=${a}&locale=vi`)).json()).data, article);
}

/** Solve the captcha by clicking (or tapping) its checkbox, then send with the button. */
async function sendRating(page: Page, how: 'mouse' | 'tap' | 'keyboard'): Promise<number> {
  const form = page.locator('[data-rating-form]');
  const box = form.getByRole('checkbox', { name: /robot/i });
  await box.waitFor();
  const started = Date.now();
  if (how === 'keyboard') {
    await page.keyboard.press('Tab'); // from the checked star to the captcha checkbox
    assert.equal(await box.evaluate((el) => el === document.activeElement || el.getRootNode() !== document), true);
    await page.keyboard.press('Space');
  } else {
    // Where the reader aims: the middle of the checkbox (the widget draws its tick over it).
    await box.scrollIntoViewIfNeeded();
    const b = (await box.boundingBox())!;
    if (how === 'tap') await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    else await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }
  await eventually(
    async () =>
      (await form
        .locator('input[name="altcha"]')
        .inputValue()
        .catch(() => '')) !== '',
    30_000,
    'captcha solved',
  );
  const solveMs = Date.now() - started;
  const send = form.getByRole('button', { name: 'Gửi đánh giá' });
  if (how === 'keyboard') {
    for (let i = 0; i < 5 && !(await send.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    assert.equal(await send.evaluate((el) => el === document.activeElement), true, 'Tab reaches the send button');
    await page.keyboard.press('Enter');
  } else if (how === 'tap') await send.tap();
  else await send.click();
  await eventually(async () => (await form.locator('[data-status]').textContent()) === 'Cảm ơn bạn đã đánh giá.', 20_000, 'thanks shown');
  return solveMs;
}

async function expectVote(page: Page, article: string, n: number, before: number[]) {
  // What the reader sees and hears.
  assert.ok(await page.getByRole('radio', { name: `${n} sao`, exact: true }).isChecked(), `the radio announced as "${n} sao" is checked`);
  assert.deepEqual(
    (await starsOnScreen(page)).map((s) => s.lit),
    [1, 2, 3, 4, 5].map((i) => i <= n),
    `${n} stars lit from the left`,
  );
  // Focus stays on the answer, not <body>.
  assert.equal(
    await page.evaluate(
      () =>
        document.activeElement?.getAttribute('data-status') !== null && document.activeElement?.matches('[data-rating-form] [data-status]'),
    ),
    true,
    'focus on the status',
  );
  // What is stored.
  const stored = await storedRating(page, article);
  assert.equal(stored.mine, n, 'stored vote');
  const expected = [...before];
  expected[n - 1]! += 1;
  assert.deepEqual(stored.histogram, expected, 'one more vote of n stars in the histogram');
}

describe('star ratings: the n-th star seen is n stars, for every way of choosing it', () => {
  test('with the mouse, each visible star 1..5 (a new reader each time)', async () => {
    const article = await documentIdOf(ARTICLE_VI);
    const solveTimes: number[] = [];
    for (let n = 1; n <= 5; n += 1) {
      const page = await open(`/vi/tin-tuc/${ARTICLE_VI}`);
      await eventually(
        async () => /lượt đánh giá/.test((await page.locator('[data-rating-summary]').textContent()) ?? ''),
        10_000,
        'summary loaded',
      );
      const before = (await storedRating(page, article)).histogram as number[];
      const star = (await starsOnScreen(page))[n - 1]!;
      await page.mouse.move(star.x, star.y);
      assert.deepEqual(
        (await starsOnScreen(page)).map((s) => s.lit),
        [1, 2, 3, 4, 5].map((i) => i <= n),
        `hovering the ${n}th star lights ${n}`,
      );
      await page.mouse.click(star.x, star.y);
      solveTimes.push(await sendRating(page, 'mouse'));
      await page.mouse.move(0, 0);
      await expectVote(page, article, n, before);
      await page.context().close();
    }
    console.log(`captcha solved by Chromium at the default cost in ${solveTimes.join(', ')} ms`);
  });

  test('with the keyboard: Space on the first star, ArrowRight adds one, Tab to the captcha and the button', async () => {
    const article = await documentIdOf(RATED_VI);
    for (const n of [1, 3, 5]) {
      const page = await open(`/vi/tin-tuc/${RATED_VI}`);
      await eventually(
        async () => /lượt đánh giá/.test((await page.locator('[data-rating-summary]').textContent()) ?? ''),
        10_000,
        'summary loaded',
      );
      const before = (await storedRating(page, article)).histogram as number[];
      // Reach the stars with Tab from the top of the page, as a keyboard user does.
      const focused = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
      for (let i = 0; i < 300 && (await focused()) !== 'stars'; i += 1) await page.keyboard.press('Tab');
      assert.equal(await focused(), 'stars', 'Tab reaches the stars');
      assert.equal(
        await page.evaluate(() => (document.activeElement as HTMLInputElement).value),
        '1',
        'the first star Tab reaches is 1 star',
      );
      await page.keyboard.press('Space');
      for (let i = 1; i < n; i += 1) await page.keyboard.press('ArrowRight');
      assert.deepEqual(
        (await starsOnScreen(page)).map((s) => s.lit),
        [1, 2, 3, 4, 5].map((i) => i <= n),
        `ArrowRight × ${n - 1} lights ${n}`,
      );
      await sendRating(page, 'keyboard');
      await expectVote(page, article, n, before);
      await page.context().close();
    }
  });

  test('on a 390×844 phone, tapping the 4th star', async () => {
    const article = await documentIdOf(RATED_VI);
    const page = await open(`/vi/tin-tuc/${RATED_VI}`, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await eventually(
      async () => /lượt đánh giá/.test((await page.locator('[data-rating-summary]').textContent()) ?? ''),
      10_000,
      'summary loaded',
    );
    const before = (await storedRating(page, article)).histogram as number[];
    await page.locator('.star-input').scrollIntoViewIfNeeded();
    const star = (await starsOnScreen(page))[3]!;
    await page.touchscreen.tap(star.x, star.y);
    await sendRating(page, 'tap');
    await expectVote(page, article, 4, before);
    await page.context().close();
  });
});

// ---- comment form ----

describe('the comment form says what is wrong', () => {
  test('an empty name and a text over 2,000 characters are refused with messages tied to their fields', async () => {
    const page = await open(`/vi/tin-tuc/${ARTICLE_VI}`);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/reviews/comments')) posts.push(r.url());
    });
    const form = page.locator('[data-comment-form]');
    await form.waitFor();
    const text = page.getByRole('textbox', { name: /^Nội dung bình luận/ });
    await text.click();
    const typed = 'Đề nghị công khai lịch tiếp dân.';
    await page.keyboard.type(typed);
    assert.equal(await form.locator('[data-char-count]').textContent(), `Còn ${(2000 - [...typed].length).toLocaleString('vi-VN')} ký tự.`);
    // A long paste is kept whole (not cut at 2,000) and the counter says how much is over.
    await text.fill('ẫ'.repeat(2_050));
    assert.equal([...(await text.inputValue())].length, 2_050, 'nothing cut silently');
    assert.equal(await form.locator('[data-char-count]').textContent(), 'Vượt quá 50 ký tự.');
    await form.getByRole('button', { name: 'Gửi bình luận' }).click();

    const describedBy = async (field: Locator) => {
      const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
      const texts = await Promise.all(
        ids.map((id) => page.locator(`#${id}`).evaluate((el) => ((el as HTMLElement).hidden ? '' : (el.textContent ?? '')))),
      );
      return texts.join(' ');
    };
    const name = page.getByLabel('Họ và tên');
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.match(await describedBy(name), /Vui lòng nhập họ và tên/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'comment-name', 'focus on the first wrong field');
    assert.match(await describedBy(text), /2\.050 ký tự, vượt quá giới hạn 2\.000 ký tự\. Vui lòng rút ngắn 50 ký tự/);
    assert.equal(await form.locator('[data-status]').textContent(), 'Chưa gửi được: vui lòng sửa các ô được đánh dấu.');

    // Fixing the fields clears their messages as the reader types.
    await name.click();
    await page.keyboard.type('Lê Văn Hùng');
    assert.equal(await name.getAttribute('aria-invalid'), null);
    await text.fill('ẫ'.repeat(2_000));
    assert.equal(await form.locator('[data-char-count]').textContent(), 'Còn 0 ký tự.');
    assert.equal(await text.getAttribute('aria-invalid'), null);
    assert.deepEqual(posts, [], 'nothing was sent while the form was wrong');
    await page.context().close();
  });
});

// ---- documents register ----

describe('the documents register filter ignores diacritics like the site search', () => {
  test('"cai cach" and "ke hoach" find what "cải cách" and "kế hoạch" find', async () => {
    const page = await open('/vi/van-ban');
    const rows = async () => page.locator('table.register tbody tr').count();
    const numbers = async () => (await page.locator('table.register tbody tr td:first-child a').allTextContents()).sort();
    const search = async (q: string) => {
      const box = page
        .getByRole('searchbox', { name: 'Tìm trong trích yếu, số ký hiệu' })
        .or(page.locator('.register-filters input[name="q"]'))
        .first();
      await box.fill(q);
      await page.locator('.register-filters').getByRole('button', { name: 'Lọc' }).click();
      await page.waitForURL((u) => u.searchParams.get('q') === q);
      return { count: await rows(), numbers: await numbers() };
    };
    for (const [plain, marked] of [
      ['cai cach', 'cải cách'],
      ['ke hoach', 'kế hoạch'],
    ] as const) {
      const withMarks = await search(marked);
      assert.ok(withMarks.count >= 1, `"${marked}" finds documents`);
      assert.deepEqual(await search(plain), withMarks, `"${plain}" finds the same as "${marked}"`);
    }
    assert.equal((await search('khong co van ban nao nhu vay')).count, 0);
    assert.ok(await page.getByText('Không có văn bản phù hợp với điều kiện tìm kiếm.').isVisible());
    await page.context().close();
  });
});

// ---- bad addresses ----

/** One sample public path per route and locale, from the route list (a new route is covered). */
function samplePaths(locale: Locale): string[] {
  return Object.entries(routes).flatMap(([name, build]) => {
    if (name === 'switchLocale') return [];
    const made = (build as (l: Locale, ...rest: unknown[]) => string)(locale, name === 'dossierData' ? 'csv' : 'x');
    return made.startsWith(`/${locale}`) ? [made.split('?')[0]!] : [];
  });
}

const MALFORMED = ['abc%', '%E0%A4%A', '%zz', '%C3%28'];

async function expectPortalError(p: string, status: number, locale: Locale, acceptLanguage?: string) {
  const res = await fetch(url(p), { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
  const html = await res.text();
  assert.equal(res.status, status, `${p} answers ${status}`);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/, p);
  assert.match(html, new RegExp(`<html lang="${locale}"`), `${p} in ${locale}`);
  assert.match(html, /<main id="main-content"/, `${p} has the portal frame`);
  const title =
    status === 400
      ? locale === 'vi'
        ? 'Địa chỉ trang không hợp lệ'
        : 'Invalid page address'
      : locale === 'vi'
        ? 'Không tìm thấy trang'
        : 'Page not found';
  assert.match(html, new RegExp(`<title>${title}`), `${p} title`);
  assert.doesNotMatch(html, /Internal Server Error|This page could not be found/);
}

describe('bad addresses get the portal’s own page in the visitor’s language, never a 500', () => {
  test('a malformed segment on every route answers 400', async () => {
    for (const locale of LOCALES) {
      for (const sample of samplePaths(locale)) {
        for (const bad of MALFORMED) {
          await expectPortalError(`${sample}/${bad}`, 400, locale);
          const parent = sample.split('/').slice(0, -1).join('/');
          if (parent.length > 3) await expectPortalError(`${parent}/${bad}`, 400, locale);
        }
      }
    }
    await expectPortalError('/vi/tin-tuc/abc%', 400, 'vi');
    await expectPortalError('/vi/chuyen-muc/%E0%A4%A', 400, 'vi');
    await expectPortalError('/abc%', 400, 'vi');
  });

  test('a path without a known locale answers 404, in Vietnamese unless the browser prefers English', async () => {
    for (const sample of samplePaths('vi')) {
      await expectPortalError(sample.replace(/^\/vi/, '') || '/x', 404, 'vi');
      await expectPortalError(sample.replace(/^\/vi/, '/xx'), 404, 'vi');
    }
    for (const p of ['/tin-tuc/abc', '/index.php', '/xx/anything', '/wp-login.php', '/VI/tin-tuc']) await expectPortalError(p, 404, 'vi');
    await expectPortalError('/index.php', 404, 'en', 'en-GB,en;q=0.9');
    await expectPortalError('/index.php', 404, 'vi', 'vi-VN,vi;q=0.9,en;q=0.8');
    // What is served stays served.
    const cover = (await (await fetch(url(`/vi/tin-tuc/${ARTICLE_VI}`))).text()).match(/src="(\/uploads\/[^"]+)"/)?.[1];
    assert.ok(cover, 'the article has an uploaded cover');
    for (const p of ['/robots.txt', '/sitemap.xml', '/portal.js', '/reviews.css', '/vendor/altcha.js', cover])
      assert.equal((await fetch(url(p))).status, 200, p);
  });

  test('on the 404 page the display buttons work with the mouse and saved settings apply', async () => {
    const page = await open('/tin-tuc/abc', { locale: 'vi-VN' });
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    assert.equal(await page.getByRole('main').count(), 1);
    assert.match(await page.title(), /^Không tìm thấy trang/);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.locator('[data-display="larger"]').click();
    assert.ok((await size()) > before, 'A+ makes the text larger');
    await page.locator('[data-display="contrast"]').click();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('high-contrast')), true);
    // Saved: the next 404 page (another unknown locale) opens with the same settings.
    await page.goto(url('/xx/anything'));
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('high-contrast')), true);
    assert.ok((await size()) > before);
    await page.context().close();
  });
});

// ---- language switch ----

describe('the language switch right after a translation is published', () => {
  test('the first click on English reaches the new translation', async () => {
    const auth = { authorization: `Bearer ${await staffToken(stack.cms.url, EDITOR)}` };
    const cms = client(stack.cms.url);
    const slugVi = `thong-bao-lich-tiep-dan-thang-moi-${Date.now()}`;
    const created = await cms.request(
      'POST',
      `${CM}?locale=vi`,
      { title: 'Thông báo lịch tiếp dân tháng mới', slug: slugVi, featured: false },
      auth,
    );
    assert.equal(created.status, 201, created.text);
    const id = created.json.data.documentId as string;
    assert.equal((await cms.request('POST', `${CM}/${id}/actions/publish?locale=vi`, {}, auth)).status, 200);
    await eventually(async () => (await fetch(url(`/vi/tin-tuc/${slugVi}`))).status === 200, 20_000, 'article published');

    const page = await open(`/vi/tin-tuc/${slugVi}`);
    // No translation yet: English home page (and the lookup is now cached, as on a busy site).
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await page.waitForURL((u) => u.pathname === '/en');

    const slugEn = `notice-of-next-month-s-citizen-reception-${Date.now()}`;
    const en = await cms.request(
      'PUT',
      `${CM}/${id}?locale=en`,
      { title: "Notice of next month's citizen reception", slug: slugEn, featured: false },
      auth,
    );
    assert.ok([200, 201].includes(en.status), en.text);
    assert.equal((await cms.request('POST', `${CM}/${id}/actions/publish?locale=en`, {}, auth)).status, 200);
    await eventually(async () => (await fetch(url(`/en/news/${slugEn}`))).status === 200, 20_000, 'translation published');

    await page.goto(url(`/vi/tin-tuc/${slugVi}`));
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/en/'));
    assert.equal(new URL(page.url()).pathname, `/en/news/${slugEn}`, 'the first click reaches the translation');
    await page.context().close();
  });
});

// ---- alt text per language ----

describe('alt text per language', () => {
  test('English pages carry English alt text; Vietnamese pages Vietnamese', async () => {
    const vi = await open(`/vi/tin-tuc/${ARTICLE_VI}`);
    assert.equal(
      await vi.locator('figure.article-cover img').getAttribute('alt'),
      'Tranh minh họa: Chủ tịch UBND huyện Thạch Hà trực tiếp làm việc cùng đoàn thẩm định',
    );
    const viTexts = new Set<string>();
    for (const p of ['/vi', `/vi/tin-tuc/${ARTICLE_VI}`, '/vi/chuyen-muc/cai-cach-hanh-chinh']) {
      await vi.goto(url(p));
      for (const alt of await vi.locator('main img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt') ?? '')))
        if (alt) viTexts.add(alt);
      for (const caption of await vi.locator('figcaption').allTextContents()) viTexts.add(caption.trim());
    }
    await vi.context().close();

    const en = await open(`/en/news/${ARTICLE_EN}`);
    assert.equal(
      await en.locator('figure.article-cover img').getAttribute('alt'),
      "Illustration: The Chairman of Thạch Hà District People's Committee works directly with the appraisal team",
    );
    for (const p of ['/en', `/en/news/${ARTICLE_EN}`, '/en/category/administrative-reform']) {
      await en.goto(url(p));
      const alts = await en.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt') ?? ''));
      assert.ok(alts.length > 0, p);
      for (const alt of alts) assert.ok(!viTexts.has(alt), `${p}: Vietnamese alt text "${alt}"`);
    }
    await en.context().close();
  });
});

// ---- smaller things ----

describe('smaller things a citizen notices', () => {
  test('the print view has no search box', async () => {
    const page = await open(`/vi/tin-tuc/${ARTICLE_VI}`);
    assert.equal(await page.locator('.header-search').isVisible(), true);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.header-search').isVisible(), false);
    assert.equal(await page.locator('.article-body').isVisible(), true);
    await page.context().close();
  });

  test('the website links are shown, not folded away, and open with one click', async () => {
    const page = await open('/vi');
    const link = page.locator('.website-links a').first();
    assert.equal(await link.isVisible(), true, 'visible without opening anything');
    assert.equal(await page.locator('.website-links details, details.website-links').count(), 0);
    const [popup] = await Promise.all([
      page
        .context()
        .waitForEvent('page', { timeout: 5_000 })
        .catch(() => null),
      link.click(),
    ]);
    assert.ok(popup, 'the link opens');
    await page.context().close();
  });

  test('the visit figures say they are updating until the live ones arrive', async () => {
    const context = await stack.browser.newContext();
    const page = await context.newPage();
    // Hold the live figures back (as a slow network would) while looking at the block.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/stats*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url('/vi'), { waitUntil: 'domcontentloaded' });
    const block = page.locator('[data-visit-stats]');
    assert.equal(await block.getAttribute('aria-busy'), 'true');
    assert.equal(await page.getByText('Đang cập nhật số liệu…').isVisible(), true);
    release();
    await eventually(async () => (await block.getAttribute('aria-busy')) === 'false', 10_000, 'figures updated');
    assert.equal(await page.getByText('Đang cập nhật số liệu…').isVisible(), false);
    assert.match(await block.locator('[data-stat="total"]').innerText(), /^\d{1,3}(\.\d{3})*$/);
    await context.close();
  });

  test('on a phone, the services and the counter are one tap from the top', async () => {
    const page = await open('/vi', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const shortcut = page.getByRole('link', { name: 'Dịch vụ công, liên kết và thống kê truy cập' });
    const box = await shortcut.boundingBox();
    assert.ok(box && box.y + box.height <= 844, `the shortcut is on the first screen (at ${box?.y} px)`);
    const servicesTop = await page.locator('#services').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    assert.ok(servicesTop > 844, `the services are further down (${servicesTop} px)`);
    await shortcut.tap();
    await eventually(
      async () => page.locator('#services').evaluate((el) => el.getBoundingClientRect().top >= -1 && el.getBoundingClientRect().top < 844),
      5_000,
      'services in view',
    );
    await page.context().close();
  });

  test('the dossier chart shows one kind of period per chart', async () => {
    const csv = [
      'period,unit,received,carriedOver,resolvedEarly,resolvedOnTime,resolvedLate,inProgress,overdue,submittedOnline,returnedByPost,asOf,source',
      // Quarters before the seeded year, so the page's latest period (which other suites read) stays 2019.
      '2018-Q2,Ủy ban nhân dân huyện Thạch Hà,1200,0,100,1000,0,100,0,,,2018-06-30,Báo cáo quý II/2018',
      '2018-Q3,Ủy ban nhân dân huyện Thạch Hà,1300,100,100,1100,0,200,0,,,2018-09-30,Báo cáo quý III/2018',
    ].join('\n');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossiers-')), 'figures.csv');
    fs.writeFileSync(file, csv);
    const imported = await importDossiers(stack.db, file);
    assert.equal(imported.code, 0, imported.stderr);
    // The import is a command-line job: tell the web, as the CMS does on a save.
    const res = await fetch(url('/api/revalidate'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': stack.secret },
      body: JSON.stringify({ tags: ['site'] }),
    });
    assert.equal(res.status, 200);
    const page = await open('/vi/tinh-hinh-giai-quyet-ho-so');
    await eventually(
      async () => {
        await page.reload();
        return (await page.locator('.trend-chart').count()) >= 2;
      },
      20_000,
      'charts for the new quarters',
    );
    const charts = await page
      .locator('.trend-chart')
      .evaluateAll((figures) => figures.map((f) => [...f.querySelectorAll('svg text')].map((t) => t.textContent ?? '')));
    for (const labels of charts) {
      // Axis labels read as people write periods (Năm 2019, Quý III/2026, Tháng 3/2026).
      const kinds = new Set(labels.map((l) => (/^Năm /.test(l) ? 'year' : /^Quý /.test(l) ? 'quarter' : 'month')));
      assert.equal(kinds.size, 1, `one kind of period per chart: ${labels.join(', ')}`);
    }
    assert.deepEqual(charts.flat().sort(), ['Năm 2019', 'Quý II/2018', 'Quý III/2018']);
    await page.context().close();
  });
});
