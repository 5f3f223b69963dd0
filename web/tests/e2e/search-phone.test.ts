/**
 * Issue 23.1 as a citizen meets it on a phone (390×844, Debian's Chromium): the header's search box
 * typed with the keyboard ranks the obvious answer first, and a misspelt query offers
 * "Có phải bạn muốn tìm: …" in proper Vietnamese, which a click turns into results.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startStack, type Stack } from './stack';

const RECEPTION = 'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện';

let stack: Stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

/** Types `query` into the page header's search box with the keyboard and sends it with Enter. */
async function searchFromHeader(page: Page, query: string): Promise<void> {
  const box = page.getByRole('search', { name: 'Tìm kiếm trên cổng thông tin', exact: true }).getByRole('searchbox');
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
  await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === query), page.keyboard.press('Enter')]);
}

const hitTitles = (page: Page) => page.locator('.search-hit-title').allInnerTexts();

describe('search on a phone', () => {
  test('"tiep cong dan" typed in the header lists the citizen-reception schedule first; a typo offers the right words', async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.webUrl}/vi`);
      await searchFromHeader(page, 'tiep cong dan');
      const first = await hitTitles(page);
      assert.equal(first[0], RECEPTION, `lists: ${first.join(' | ')}`);
      assert.equal(await page.locator('.search-suggestion').count(), 0, 'no suggestion when the words are right');

      await searchFromHeader(page, 'cai cach hanh chnh');
      const offer = page.locator('.search-suggestion');
      assert.equal((await offer.innerText()).trim(), 'Có phải bạn muốn tìm: cải cách hành chính');
      const link = offer.getByRole('link', { name: 'cải cách hành chính' });
      await link.scrollIntoViewIfNeeded();
      assert.ok(await link.isVisible(), 'the corrected query is on screen');
      // Where a finger or the mouse lands: the middle of the link's first line (it may wrap on a phone).
      const box = await link.evaluate((a) => {
        const r = a.getClientRects()[0]!;
        return { x: r.left, y: r.top, width: r.width, height: r.height, right: a.getBoundingClientRect().right };
      });
      assert.ok(box.x >= 0 && box.right <= 390, 'the suggestion fits the phone screen');
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('q') === 'cải cách hành chính'),
        page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
      ]);
      const corrected = await hitTitles(page);
      // The shared stack's synthetic articles also speak of administrative reform: the corrected query runs
      // (it is in the address) and finds results, with no correction offered again.
      assert.equal(new URL(page.url()).searchParams.get('q'), 'cải cách hành chính');
      assert.ok(corrected.length > 0, 'the corrected query finds articles');
      assert.equal(await page.locator('.search-suggestion').count(), 0, 'the corrected query needs no correction');
    } finally {
      await context.close();
    }
  });
});
