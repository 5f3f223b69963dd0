/**
 * Keyboard, screen-reader and language-of-parts behaviour a reader notices, in Chromium: map details
 * from the keyboard, distinct search landmarks, names that contain the visible text (2.5.3), live
 * regions that hold status only, lang="vi" on Vietnamese names on English pages, the language switch
 * keeping a search, and Vietnamese written as people write it. Desktop and a 390×844 phone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startStack, type Stack } from './stack';

let stack: Stack;

before(async () => {
  stack = await startStack();
});

after(async () => {
  await stack?.stop();
});

const url = (path: string) => `${stack.webUrl}${path}`;

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await stack.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url(path), { waitUntil: 'networkidle' });
  return page;
}

/** Live regions (aria-live, status, alert, log) that hold more than a line of status text. */
async function chattyLiveRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]')]
      .filter((el) => el.querySelector('li, dl, h1, h2, h3, h4, h5, h6, form, table'))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  describe(`keyboard and screen readers at ${viewport.width}×${viewport.height}`, () => {
    test('the administrative map: a unit from the list opens its details with the keyboard; the list shows level, parent and validity', async () => {
      const page = await open('/vi/ban-do', viewport);
      const list = page.locator('.map-list');
      const first = list.getByRole('button').first();
      await first.waitFor();
      const name = (await first.getAttribute('data-unit-name'))!;
      await page.locator('.map-canvas.leaflet-container').waitFor(); // the map's script has started
      // Reach it with Tab, as a keyboard user does, then press Enter.
      await first.focus();
      await page.keyboard.press('Enter');
      const details = page.locator('.map-details');
      await details.getByText(name, { exact: true }).first().waitFor();
      const text = await details.innerText();
      assert.match(text, /Mã/);
      assert.match(text, /Cấp/);
      assert.match(text, /Hiệu lực/);
      // A commune in the list names its level, its parent (by nesting and in words) and its validity.
      const communeItem = list.locator('li li').first();
      const line = await communeItem.locator(':scope > .unit-meta').innerText();
      assert.match(line, /Cấp:/);
      assert.match(line, /Trực thuộc:/);
      assert.match(line, /Hiệu lực:/);
      // The details panel is not a live region: only a one-line status announces the choice.
      assert.equal(await details.getAttribute('aria-live'), null);
      assert.deepEqual(await chattyLiveRegions(page), []);
      assert.match((await page.locator('.map-explorer [role="status"]').innerText()) ?? '', new RegExp(name));
      await page.context().close();
    });

    test('the search page: its two search landmarks have different names', async () => {
      const page = await open('/vi/tim-kiem?q=cai+cach', viewport);
      const names = await page
        .locator('[role="search"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby')));
      assert.equal(names.length, 2);
      assert.notEqual(names[0], names[1]);
      assert.ok(names.every(Boolean));
      await page.context().close();
    });

    test('text size buttons: the accessible name contains the visible A−, A, A+ (2.5.3), and they still work', async () => {
      const page = await open('/en', viewport);
      for (const visible of ['A−', 'A+']) {
        const button = page.getByRole('button', { name: visible });
        assert.equal(await button.count(), 1, `a button named with “${visible}”`);
        assert.ok((await button.innerText()).includes(visible));
      }
      await page.getByRole('button', { name: 'A+' }).click();
      assert.equal(await page.evaluate(() => document.documentElement.style.fontSize), '112.5%');
      await page.context().close();
    });

    test('the article: comments are not a live region (only the status lines are)', async () => {
      const home = await open('/vi', viewport);
      const href = (await home.locator('.card-title a').first().getAttribute('href'))!;
      await home.context().close();
      const page = await open(href, viewport);
      const comments = page.locator('[data-comments]');
      assert.equal(await comments.getAttribute('aria-live'), null);
      assert.deepEqual(await chattyLiveRegions(page), []);
      await page.context().close();
    });
  });
}

describe('language of parts, the language switch, readable Vietnamese', () => {
  test('English pages mark Vietnamese unit names and sources lang="vi" (3.1.2)', async () => {
    const map = await open('/en/map');
    await map.locator('.unit-select').first().waitFor();
    const names = await map
      .locator('.unit-select')
      .evaluateAll((els) => els.map((el) => el.querySelector('[lang="vi"]')?.textContent ?? null));
    assert.ok(names.length > 10);
    assert.ok(names.every(Boolean), 'every unit name in the list is marked Vietnamese');
    await map.context().close();

    const dossiers = await open('/en/dossiers');
    const source = await dossiers.locator('#latest-figures + p [lang="vi"]').innerText();
    assert.match(source, /Thạch Hà/);
    const units = await dossiers
      .locator('section[aria-labelledby="by-unit"] tbody th')
      .evaluateAll((els) =>
        els.map((el) => el.querySelector('[lang="vi"]') !== null || /People's Committee$/.test(el.textContent?.trim() ?? '')),
      );
    // A unit is named in English where the page knows how ("Thạch Hà District People's Committee"), else in
    // Vietnamese marked as such.
    assert.ok(units.length >= 1 && units.every(Boolean), 'unit names in the table are English or marked Vietnamese');
    await dossiers.context().close();
  });

  test('dossier periods read as people write them', async () => {
    const page = await open('/vi/tinh-hinh-giai-quyet-ho-so');
    assert.equal(await page.locator('#latest-figures').textContent(), 'Năm 2019');
    const tableHeads = await page.locator('section[aria-labelledby="trend"] tbody th').allTextContents();
    assert.ok(
      tableHeads.length >= 1 && tableHeads.every((t) => /^(Năm \d{4}|Quý [IV]+\/\d{4}|Tháng \d{1,2}\/\d{4})$/.test(t)),
      tableHeads.join(', '),
    );
    await page.context().close();
  });

  test('the language switch on search results keeps the query', async () => {
    const page = await open('/vi/tim-kiem?q=cai+cach&sort=date');
    await Promise.all([page.waitForURL(/\/en\/search\?/), page.getByRole('link', { name: 'Switch to English' }).click()]);
    const target = new URL(page.url());
    assert.equal(target.pathname, '/en/search');
    assert.equal(target.searchParams.get('q'), 'cai cach');
    assert.equal(target.searchParams.get('sort'), 'date');
    assert.equal(await page.locator('.search-filters input[name="q"]').inputValue(), 'cai cach');
    await page.context().close();
  });

  test('the skip link says “Chuyển đến nội dung chính”', async () => {
    const page = await open('/vi');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Chuyển đến nội dung chính');
    await page.context().close();
  });
});
