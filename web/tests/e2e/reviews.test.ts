/**
 * Ratings and comments on the article page, in Chromium: the keyboard star widget, the comment form
 * with the self-hosted captcha, and 50+ XSS payloads shown as harmless text.
 */
// The captcha and the limits are the ones `npm start` serves (Chromium solves a challenge in a second or
// two; citizen.test.ts prints the times). The 54 XSS comments come from 54 citizens: they are sent the
// way the web forwards a citizen's post, with its key and the citizen's address (documentation range).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { AUTHOR, EDITOR, client } from '../../../cms/tests/helpers/portal';
import { captcha } from '../../../cms/tests/helpers/reviews';
import { adminLogin } from './newsroom-desk';
import { DEMO_ARTICLES, citizenContext, eventually, staffToken, startStack, type Stack } from './stack';

const SLUG_VI = DEMO_ARTICLES.featured.vi;
const SLUG_EN = DEMO_ARTICLES.featured.en;

/** Script tags, event-handler attributes, javascript: URLs, SVG, encoded and Unicode variants. */
export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//xss.example/xss.js></SCRIPT>',
  '<script>window.__xss=1</script>',
  '"><script>alert(document.cookie)</script>',
  "'><script>alert(String.fromCharCode(88,83,83))</script>",
  '</textarea><script>alert(1)</script>',
  '</p><script>alert(1)</script><p>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="window.__xss=1">',
  '<IMG SRC=x oNeRrOr=alert`1`>',
  '<img src=x:alert(1) onerror=eval(src)>',
  '<body onload=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  'javascript:alert(1)',
  'https://example.com/"onmouseover="alert(1)',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<input autofocus onfocus=alert(1)>',
  '<select autofocus onfocus=alert(1)>',
  '<textarea autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=import href=data:text/html,<script>alert(1)</script>>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '\u003cimg src=x onerror=alert(1)\u003e',
  '＜script＞alert(1)＜/script＞',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<script>script>alert(1)<</script>/script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<style>@import "javascript:alert(1)";</style>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '<x onclick=alert(1) style=display:block>Bấm vào đây</x>',
  'Tiếng Việt <b onmouseover=alert(1)>đậm</b> ✓',
];

let stack: Stack;
let article: { vi: string; en: string };
const token: { editor?: string } = {};

before(async () => {
  stack = await startStack();
  const cms = client(stack.cms.url);
  const vi = await cms.get(`/api/articles?locale=vi&filters[slug][$eq]=${SLUG_VI}`);
  article = { vi: vi.json.data[0].documentId, en: vi.json.data[0].documentId };
  token.editor = await staffToken(stack.cms.url, EDITOR);
});

after(async () => {
  await stack?.stop();
});

const url = (path: string) => `${stack.webUrl}${path}`;

async function approveAll(ids: number[]) {
  const res = await client(stack.cms.url).request(
    'POST',
    '/reviews/comments/approve',
    { ids },
    { authorization: `Bearer ${token.editor}` },
  );
  assert.equal(res.status, 200, res.text);
}

/** A citizen's own browser (each one another person: see `citizenContext`). */
async function newPage(): Promise<Page> {
  return (await citizenContext(stack.browser)).newPage();
}

describe('ratings and comments on the article page', () => {
  test(`${XSS_PAYLOADS.length} XSS payloads as comment text and author name render as plain text`, async () => {
    assert.ok(XSS_PAYLOADS.length >= 50);
    const cms = client(stack.cms.url);
    const ids: number[] = [];
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const citizen = { 'x-portal-web-key': stack.secret, 'x-portal-client-ip': `192.0.2.${i + 1}` };
      const res = await cms.request(
        'POST',
        '/api/reviews/comments',
        {
          article: article.vi,
          locale: 'vi',
          authorName: payload.slice(0, 80),
          consent: true,
          text: `#${i} ${payload}`,
          altcha: await captcha(stack.cms.url),
        },
        citizen,
      );
      assert.equal(res.status, 201, `${payload}: ${res.text}`);
      ids.push(res.json.data.id);
    }
    await approveAll(ids);

    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url(`/vi/tin-tuc/${SLUG_VI}`));
    const comments = page.locator('[data-comments] li.comment');
    await comments.first().waitFor();
    // Load every page of comments.
    while (await page.locator('[data-more]').isVisible()) {
      const before = await comments.count();
      await page.locator('[data-more]').click();
      await eventually(async () => (await comments.count()) > before, 10_000, 'more comments');
    }
    assert.ok((await comments.count()) >= XSS_PAYLOADS.length);
    // Hover and focus everything once, in case a handler slipped through.
    for (const el of await page.locator('[data-comments] *').all()) await el.hover({ force: true, timeout: 500 }).catch(() => {});
    await page.waitForTimeout(500);

    assert.deepEqual(dialogs, [], 'no dialog fired');
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    const injected = await page
      .locator('[data-comments]')
      .evaluate((root) =>
        [...root.querySelectorAll('*')]
          .filter((n) => !['LI', 'UL', 'P', 'STRONG', 'TIME', 'BUTTON', 'SPAN'].includes(n.tagName))
          .map((n) => n.tagName),
      );
    assert.deepEqual(injected, [], 'no element other than the renderer’s own');
    const attributes = await page
      .locator('[data-comments]')
      .evaluate((root) =>
        [...root.querySelectorAll('*')]
          .flatMap((n) => [...n.attributes].map((a) => a.name))
          .filter((a) => !['class', 'datetime', 'type', 'data-comment-id'].includes(a)),
      );
    assert.deepEqual([...new Set(attributes)], [], 'no attribute from a payload');
    const texts = await page.locator('[data-comments] .comment-text').allTextContents();
    for (const [i, payload] of XSS_PAYLOADS.entries()) assert.ok(texts.includes(`#${i} ${payload}`), `shown verbatim: ${payload}`);
    const authors = await page.locator('[data-comments] .comment-author').allTextContents();
    assert.ok(authors.includes('<img src=x onerror=alert(1)>'));
    await page.context().close();
  });

  test('a citizen rates with the keyboard; the summary updates without a reload', async () => {
    const page = await newPage();
    await page.goto(url(`/vi/tin-tuc/${SLUG_VI}`));
    const summary = page.locator('[data-rating-summary]');
    await eventually(async () => /chưa có lượt đánh giá|lượt đánh giá/.test((await summary.textContent()) ?? ''), 10_000, 'summary loaded');
    // Other suites in the same run may have rated this article: the expectation follows what is stored.
    const stored = async () =>
      (await client(stack.cms.url).get(`/api/reviews/ratings?article=${article.vi}&locale=vi`)).json.data as {
        count: number;
        histogram: number[];
      };
    const before = await stored();
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    await page.locator('input[name="stars"][value="1"]').focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight'); // 1 → 4 stars
    assert.equal(await page.locator('input[name="stars"]:checked').getAttribute('value'), '4');
    await page.locator('[data-rating-form] button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    const after = await eventually(
      async () => {
        const now = await stored();
        return now.count === before.count + 1 && now;
      },
      20_000,
      'vote stored',
    );
    assert.equal(after.histogram[3], before.histogram[3]! + 1, 'one more vote of 4 stars');
    if (before.count === 0) {
      await eventually(
        async () => (await summary.textContent()) === 'Đánh giá — lượt đánh giá: 1, trung bình: 4',
        20_000,
        'summary updated',
      );
    } else {
      await eventually(
        async () => ((await summary.textContent()) ?? '').includes(`lượt đánh giá: ${after.count},`),
        20_000,
        'summary updated',
      );
    }
    assert.match((await page.locator('[data-rating-form] [data-status]').textContent()) ?? '', /Cảm ơn/);
    assert.deepEqual(navigations, [], 'no reload');
    await page.context().close();
  });

  test('a comment with the captcha waits for moderation; a wrong code gets a clear error', async () => {
    const page = await newPage();
    await page.goto(url(`/vi/tin-tuc/${SLUG_VI}`));
    const form = page.locator('[data-comment-form]');
    await form.waitFor();
    await page.getByLabel('Họ và tên').fill('Phạm Minh Châu');
    await page.getByLabel('Email (không công khai)').fill('chau@example.vn');
    await page.getByRole('textbox', { name: /^Nội dung bình luận/ }).fill('Mong huyện tiếp tục công khai kết quả giải quyết hồ sơ.');
    await form.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
    // First attempt: the captcha payload is tampered with on its way to the server.
    await page.route('**/api/reviews/comments', async (route) => {
      const body = route.request().postDataJSON();
      await route.continue({ postData: JSON.stringify({ ...body, altcha: 'bad' }) });
    });
    await form.locator('button[type="submit"]').click();
    await eventually(
      async () => (await form.locator('[data-status]').textContent()) === 'Mã xác thực không đúng.',
      20_000,
      'captcha error shown',
    );
    await page.unroute('**/api/reviews/comments');
    await form.locator('button[type="submit"]').click();
    await eventually(
      async () => (await form.locator('[data-status]').textContent()) === 'Cảm ơn bạn! Bình luận đang chờ kiểm duyệt.',
      20_000,
      'awaiting moderation',
    );
    assert.equal(await page.getByRole('textbox', { name: /^Nội dung bình luận/ }).inputValue(), '');
    await page.context().close();
  });

  test('in English, with labels and the captcha error in English, and no serious axe violation', async () => {
    const page = await newPage();
    await page.goto(url(`/en/news/${SLUG_EN}`));
    await page.locator('[data-rating-summary]').waitFor();
    await eventually(
      async () => /^Rating — /.test((await page.locator('[data-rating-summary]').textContent()) ?? ''),
      10_000,
      'English summary',
    );
    assert.ok(await page.getByRole('textbox', { name: 'Comment (required)' }).isVisible());
    const res = await page.evaluate(async (a) => {
      const r = await fetch('/api/reviews/comments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ article: a, locale: 'en', authorName: 'A', text: 'B', consent: true, altcha: 'x' }),
      });
      return { status: r.status, body: await r.json() };
    }, article.en);
    assert.equal(res.status, 400);
    assert.equal(res.body.error.message, 'The verification code is incorrect.');
    const result = await new AxeBuilder({ page }).include('#reviews').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      bad.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
      [],
    );
    await page.context().close();
  });

  test('editors moderate on the admin Comments page; authors do not get it', async () => {
    const cms = client(stack.cms.url);
    const text = 'Đề nghị niêm yết lịch tiếp dân tại nhà văn hóa thôn.';
    const sent = await cms.request('POST', '/api/reviews/comments', {
      article: article.vi,
      locale: 'vi',
      authorName: 'Hoàng Văn Nam',
      consent: true,
      text,
      altcha: await captcha(stack.cms.url),
    });
    assert.equal(sent.status, 201, sent.text);
    const page = await adminLogin(stack.browser, stack.cms.url, EDITOR);
    await page.goto(`${stack.cms.url}/admin/plugins/reviews`);
    const row = page.getByRole('row').filter({ hasText: text });
    await row.waitFor({ timeout: 30_000 });
    assert.match((await row.textContent()) ?? '', /Đoàn thẩm định/, 'the row names the article');
    assert.match(await page.locator('main').innerText(), /\d+ (awaiting moderation|bình luận chờ kiểm duyệt)/);
    await row.getByRole('button', { name: /^(Approve|Duyệt)/ }).click();
    await eventually(
      async () => {
        const list = await cms.get(`/api/reviews/comments?article=${article.vi}&locale=vi&pageSize=50`);
        return list.json.data.some((c: { id: number }) => c.id === sent.json.data.id);
      },
      15_000,
      'approved from the admin page',
    );
    await page.context().close();

    const reporter = await adminLogin(stack.browser, stack.cms.url, AUTHOR);
    await reporter.locator('nav a[href$="/content-manager"]').first().waitFor();
    assert.equal(await reporter.locator('nav a[href$="/plugins/reviews"]').count(), 0, 'no menu link for authors');
    await reporter.context().close();
  });
});
