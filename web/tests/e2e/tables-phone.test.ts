/**
 * Issue 23.2: the documents register and the dossier figures as a citizen reads them on a phone
 * (390×844, and 320 px with the text at 200 %) and on a desktop, in Debian's Chromium. What is
 * measured is what the eye sees: how many lines each code, date, figure and "Tải về" takes (the
 * distinct line boxes of its text), whether it is on screen, and how large the chart's labels are drawn.
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

const SCREENS = [
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, textSize: 100 },
  { name: '320 px, text at 200 %', viewport: { width: 320, height: 640 }, textSize: 200 },
] as const;

/** Opens `path` with the root font size a reader's browser or the portal's A+ gives. */
async function open(path: string, viewport: { width: number; height: number }, textSize: number): Promise<Page> {
  const context = await stack.browser.newContext({ viewport });
  await context.addInitScript((size) => {
    document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = `${size}%`));
  }, textSize);
  const page = await context.newPage();
  await page.goto(`${stack.webUrl}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

interface Piece {
  text: string;
  lines: number;
  left: number;
  right: number;
}

/**
 * The first thing each element shows (its text, or its first child: a headline figure without its
 * hint): how many lines it is drawn on and where it starts and ends horizontally.
 */
async function pieces(page: Page, selector: string): Promise<Piece[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNode(el.firstChild ?? el);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const tops = new Set(rects.map((r) => Math.round(r.top)));
      return {
        text: (el.firstChild?.textContent ?? '').trim(),
        lines: tops.size,
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
      };
    }),
  );
}

function assertWhole(found: Piece[], what: string, width: number, expectSome = 1): void {
  assert.ok(found.length >= expectSome, `${what}: found ${found.length}`);
  const broken = found.filter((p) => p.lines !== 1).map((p) => `"${p.text}" on ${p.lines} lines`);
  assert.deepEqual(broken, [], `${what} are broken inside`);
  const off = found.filter((p) => p.left < 0 || p.right > width + 0.5).map((p) => `"${p.text}" at ${p.left}–${p.right}`);
  assert.deepEqual(off, [], `${what} run off the ${width} px screen`);
}

const REGISTER = '/vi/van-ban';
const DOSSIERS = { vi: '/vi/tinh-hinh-giai-quyet-ho-so', en: '/en/dossiers' } as const;

describe('tables read on a phone', () => {
  for (const screen of SCREENS) {
    test(`documents register at ${screen.name}: numbers, dates and "Tải về" stay whole and on screen`, async () => {
      const page = await open(REGISTER, screen.viewport, screen.textSize);
      try {
        const rows = page.locator('table.register tbody tr');
        assert.ok((await rows.count()) >= 3, 'the register lists documents');
        assertWhole(await pieces(page, 'table.register tbody a[href*="/van-ban/"]'), 'document numbers', screen.viewport.width, 3);
        assertWhole(await pieces(page, 'table.register tbody time'), 'issue dates', screen.viewport.width, 3);
        assertWhole(await pieces(page, 'table.register tbody a[download]'), '"Tải về" links', screen.viewport.width);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= screen.viewport.width, `the page does not scroll sideways (${width} px)`);
      } finally {
        await page.context().close();
      }
    });

    test(`dossier page at ${screen.name}: every figure stays whole, the chart's labels are 12 px or more`, async () => {
      const page = await open(DOSSIERS.vi, screen.viewport, screen.textSize);
      try {
        assertWhole(await pieces(page, 'table.register tbody td'), 'figures', screen.viewport.width, 5);
        assertWhole(await pieces(page, '.stat-cards dd'), 'headline figures', screen.viewport.width, 5);
        // One chart per kind of period (years, quarters…): labels are compared within their own chart.
        const charts = await page.locator('.trend-chart svg').evaluateAll((svgs) =>
          svgs.map((svg) =>
            [...svg.querySelectorAll('text')].map((t) => {
              const r = t.getBoundingClientRect();
              return {
                text: t.textContent,
                px: parseFloat(getComputedStyle(t).fontSize) * (svg as SVGSVGElement).getScreenCTM()!.a,
                left: r.left,
                right: r.right,
              };
            }),
          ),
        );
        assert.ok(charts.length >= 1 && charts.every((labels) => labels.length >= 1), 'every chart has labels');
        for (const labels of charts) {
          for (const label of labels)
            assert.ok(Math.round(label.px * 10) / 10 >= 12, `"${label.text}" is drawn at ${label.px.toFixed(1)} px`);
          for (let i = 1; i < labels.length; i += 1)
            assert.ok(labels[i]!.left >= labels[i - 1]!.right, `"${labels[i - 1]!.text}" and "${labels[i]!.text}" overlap`);
        }
      } finally {
        await page.context().close();
      }
    });
  }

  test('on a desktop the date column does not wrap', async () => {
    const page = await open(REGISTER, { width: 1280, height: 900 }, 100);
    try {
      assertWhole(await pieces(page, 'table.register tbody time'), 'issue dates', 1280, 3);
      assertWhole(await pieces(page, 'table.register tbody a[href*="/van-ban/"]'), 'document numbers', 1280, 3);
    } finally {
      await page.context().close();
    }
  });

  test('the English dossier page is in English: units named in English, no Vietnamese words outside marked quotes', async () => {
    const page = await open(DOSSIERS.en, { width: 390, height: 844 }, 100);
    try {
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.deepEqual(await page.locator('#by-unit + * tbody th').allInnerTexts(), ["Thạch Hà District People's Committee"]);
      const vietnamese = await page.locator('main').evaluate((main) => {
        // Words of the page's own Vietnamese (place names such as "Thạch Hà" are names in both languages).
        const WORDS =
          /(?<!\p{L})(của|và|các|năm|huyện|xã|thị trấn|ủy ban|nhân dân|hồ sơ|giải quyết|tiếp nhận|quý|tháng|kỳ|tải về|nguồn|đơn vị|số liệu|chưa báo cáo)(?!\p{L})/iu;
        const found: string[] = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (WORDS.test(text) && !node.parentElement?.closest('[lang="vi"]')) found.push(text.trim());
        }
        for (const el of main.querySelectorAll<HTMLElement>('[aria-label], [title]'))
          for (const value of [el.getAttribute('aria-label'), el.getAttribute('title')])
            if (value && WORDS.test(value) && !el.closest('[lang="vi"]')) found.push(value);
        return found;
      });
      assert.deepEqual(vietnamese, [], 'Vietnamese text on the English page');
    } finally {
      await page.context().close();
    }
  });
});
