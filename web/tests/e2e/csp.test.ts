/**
 * The Content-Security-Policy in Chromium: every page type in both languages loads with no CSP
 * violation (reported by the browser's `securitypolicyviolation` event or its console), the map
 * draws its layers, and the self-hosted ALTCHA widget solves its challenge in a worker so a comment
 * is accepted. Also checks the security headers every page carries.
 */
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { routes, type Locale } from '../../src/lib/routes';
import { eventually, startStack, type Stack } from './stack';

let stack: Stack;
const url = (path: string) => `${stack.webUrl}${path}`;

before(async () => {
  stack = await startStack();
});

after(async () => {
  await stack?.stop();
});

/** A page that records every CSP violation and CSP console message from the first byte on. */
async function watchedPage(viewport = { width: 1280, height: 900 }) {
  const context = await stack.browser.newContext({ viewport });
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create)/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
  return { page, violations, close: () => context.close() };
}

/** One page of each type, in a locale; article and category links are read from the home page. */
async function pagesOf(page: Page, locale: Locale): Promise<Record<string, string>> {
  await page.goto(url(routes.home(locale)));
  const first = async (prefix: string) => {
    const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
    assert.ok(href, `a link to ${prefix}… on the ${locale} home page`);
    return href;
  };
  return {
    home: routes.home(locale),
    article: await first(routes.article(locale, '')),
    category: await first(routes.category(locale, '')),
    organisation: routes.organisation(locale),
    map: routes.map(locale),
    documents: routes.documents(locale),
    dossiers: routes.dossiers(locale),
    search: routes.search(locale, '?q=thach'),
    partners: routes.partners(locale),
  };
}

describe('Content-Security-Policy', () => {
  for (const locale of ['vi', 'en'] as const) {
    test(`every page type in ${locale} loads with no CSP violation`, async () => {
      const { page, violations, close } = await watchedPage();
      const pages = await pagesOf(page, locale);
      for (const [kind, pagePath] of Object.entries(pages)) {
        const res = await page.goto(url(pagePath), { waitUntil: 'networkidle' });
        assert.equal(res?.status(), 200, `${kind} ${pagePath}`);
        const csp = res!.headers()['content-security-policy'] ?? '';
        assert.match(csp, /script-src 'self' 'nonce-[^']+' 'sha256-/, `${kind}: a script policy with a nonce and the bootstrap hash`);
        assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/, `${kind}: no unsafe-inline scripts`);
        assert.match(res!.headers()['permissions-policy'] ?? '', /camera=\(\).*geolocation=\(\).*microphone=\(\)/, kind);
        assert.equal(res!.headers()['x-content-type-options'], 'nosniff', kind);
        assert.equal(res!.headers()['x-frame-options'], 'SAMEORIGIN', kind);
        if (kind === 'map') await page.locator('.map-canvas path.leaflet-interactive').first().waitFor({ timeout: 20_000 });
        if (kind === 'search') assert.ok((await page.locator('.search-hit').count()) > 0, 'search shows results');
        if (kind === 'article') await page.locator('[data-rating-summary]').waitFor();
        assert.deepEqual(violations, [], `${kind} ${pagePath}`);
        await page.screenshot({ path: path.join(os.tmpdir(), `csp-${locale}-${kind}.png`) }); // for a look after a run
      }
      await close();
    });
  }

  test('two requests get two nonces, and an injected inline script does not run', async () => {
    const [a, b] = await Promise.all([fetch(url('/vi')), fetch(url('/vi'))]);
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')?.[1];
    assert.ok(nonce(a) && nonce(b) && nonce(a) !== nonce(b));
    const { page, violations, close } = await watchedPage();
    await page.goto(url('/vi'));
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.append(s);
    });
    assert.equal(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected), undefined);
    await eventually(async () => violations.some((v) => /script-src/.test(v)), 5000, 'the browser reports the blocked script');
    await close();
  });

  test('on a phone, the article’s rating and comment forms work: the ALTCHA widget solves in its worker', async () => {
    const { page, violations, close } = await watchedPage({ width: 390, height: 844 });
    const { article } = await pagesOf(page, 'vi');
    await page.goto(url(article!));
    const summary = page.locator('[data-rating-summary]');
    await eventually(async () => /lượt đánh giá/.test((await summary.textContent()) ?? ''), 15_000, 'summary loaded');
    await page.locator('[data-rating-form] label.star').nth(4).click(); // five stars, with the mouse
    await page.locator('[data-rating-form] button[type="submit"]').click();
    await eventually(
      async () => /Cảm ơn/.test((await page.locator('[data-rating-form] [data-status]').textContent()) ?? ''),
      60_000,
      'rating accepted',
    );

    const form = page.locator('[data-comment-form]');
    await page.getByLabel('Họ và tên').fill('Lê Thị Hoa');
    await page.getByLabel('Email (không công khai)').fill('hoa@example.vn');
    await page.getByRole('textbox', { name: /^Nội dung bình luận/ }).fill('Trang tin rõ ràng, dễ đọc trên điện thoại.');
    await form.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
    await form.locator('button[type="submit"]').click();
    await eventually(
      async () => (await form.locator('[data-status]').textContent()) === 'Cảm ơn bạn! Bình luận đang chờ kiểm duyệt.',
      90_000,
      'comment accepted after the captcha',
    );
    assert.deepEqual(violations, []);
    await close();
  });
});
