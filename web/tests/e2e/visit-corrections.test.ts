/**
 * Issue 12.4: a Super Admin corrects the site's visit total in the admin (plugins/visit-counter), in
 * Chromium with the mouse. A wrong figure is refused with a clear message and nothing is stored; a
 * valid correction with its reason is recorded (who and when, listed on the page) and the portal's
 * sidebar shows the corrected total. Editors read the statistics and the list but get no form; Authors
 * get neither; the admin route refuses both.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Correction } from '../../../plugins/visit-counter/server/src/services/corrections';
import { ADMIN, AUTHOR, EDITOR, client } from '../../../cms/tests/helpers/portal';
import { adminLogin } from './newsroom-desk';
import { eventually, startStack, type Stack } from './stack';

let stack: Stack;
const CORRECTED = 2_345_678;
const REASON = 'Loại bỏ lượt truy cập ảo từ một địa chỉ / Removing fake visits from one address';

let superAdmin: Record<string, string> = {};
const api = () => client(stack.cms.url);

/**
 * The admin API as the person logged in on `page` (the admin keeps its token in a cookie): no second
 * login, as Strapi allows five per address and e-mail in five minutes and other suites log in too.
 */
async function sessionOf(page: Page): Promise<Record<string, string>> {
  const token = await eventually(
    async () =>
      (await page.context().cookies()).find((c) => c.name === 'jwtToken')?.value ??
      (await page.evaluate(() => JSON.parse(localStorage.getItem('jwtToken') ?? 'null') as string | null)),
    10_000,
    'admin token',
  );
  return { authorization: `Bearer ${token}` };
}

async function recorded(): Promise<Correction[]> {
  const res = await api().request('GET', '/visit-counter/overview?days=1', undefined, superAdmin);
  assert.equal(res.status, 200, res.text);
  return res.json.data.corrections as Correction[];
}

/** Open the statistics page the way staff do: the menu entry in the admin's side navigation. */
async function openStatistics(page: Page) {
  const entry = page.getByRole('link', { name: 'Visit statistics' });
  await entry.waitFor();
  await entry.click();
  await page.getByRole('heading', { name: 'Visit statistics', level: 1 }).waitFor();
}

async function typeInto(page: Page, label: string | RegExp, text: string) {
  const field = page.getByLabel(label);
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

before(async () => {
  stack = await startStack();
});

after(async () => {
  await stack?.stop();
});

test('a Super Admin corrects the visit total: a wrong figure is refused, a valid one is recorded and shown on the portal', async () => {
  const page = await adminLogin(stack.browser, stack.cms.url, ADMIN);
  superAdmin = await sessionOf(page);
  const before = await recorded();
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/visit-counter/corrections')) posts.push(r.url());
  });
  // The page refreshes its figures every 30 s: the test moves the page's clock instead of waiting.
  await page.context().clock.install();
  await page.reload();
  await openStatistics(page);
  await page.getByRole('heading', { name: 'Correct the site total' }).waitFor();

  // A refresh that brings a new total must not wipe what is being typed in either form.
  await typeInto(page, 'Starting total', '1234');
  await typeInto(page, 'Corrected all-time page views', '5678');
  await typeInto(page, /^Reason/, 'đang gõ');
  const { startingTotal } = (await api().request('GET', '/visit-counter/overview?days=1', undefined, superAdmin)).json.data as {
    startingTotal: number;
  };
  assert.equal((await api().request('PUT', '/visit-counter/settings', { startingTotal: startingTotal + 1000 }, superAdmin)).status, 200);
  try {
    const refreshed = page.waitForResponse((r) => r.url().includes('/visit-counter/overview'));
    await page.clock.fastForward(31_000);
    const moved = ((await (await refreshed).json()) as { data: { site: { total: number } } }).data.site.total;
    await page.getByText(moved.toLocaleString('en'), { exact: true }).first().waitFor();
    assert.equal(await page.getByLabel('Starting total').inputValue(), '1234');
    assert.equal(await page.getByLabel('Corrected all-time page views').inputValue(), '5678');
    assert.equal(await page.getByLabel(/^Reason/).inputValue(), 'đang gõ');
  } finally {
    await api().request('PUT', '/visit-counter/settings', { startingTotal }, superAdmin);
  }

  // A figure that is not a whole number ≥ 0, then a missing reason: said next to the field, nothing sent.
  for (const [total, reason, message] of [
    ['12.5', REASON, 'Enter a whole number of 0 or more.'],
    ['-40', REASON, 'Enter a whole number of 0 or more.'],
    ['2tr', REASON, 'Enter a whole number of 0 or more.'],
    [String(CORRECTED), 'ok', 'Give the reason (3 to 500 characters).'],
  ] as const) {
    await typeInto(page, 'Corrected all-time page views', total);
    await typeInto(page, /^Reason/, reason);
    await page.getByRole('button', { name: 'Record the correction' }).click();
    await page.getByText(message, { exact: true }).waitFor();
  }
  assert.deepEqual(posts, [], 'the form sent nothing');
  assert.equal((await recorded()).length, before.length, 'nothing stored');

  // The API says the same, in Vietnamese then English, and stores nothing either.
  for (const body of [
    { total: -40, reason: REASON },
    { total: '2345678', reason: REASON },
    { total: 12.5, reason: REASON },
    { total: CORRECTED, reason: '  ' },
  ]) {
    const res = await api().request('POST', '/visit-counter/corrections', body, superAdmin);
    assert.equal(res.status, 400, `${JSON.stringify(body)} → ${res.status} ${res.text}`);
    assert.match(res.json.error.message, /^(Tổng lượt truy cập|Hãy ghi lý do).* \/ (The total|Give the reason)/, res.text);
  }
  assert.equal((await recorded()).length, before.length, 'nothing stored by the API');

  // A valid correction with its reason.
  await typeInto(page, 'Corrected all-time page views', String(CORRECTED));
  await typeInto(page, /^Reason/, REASON);
  const clicked = Date.now();
  await page.getByRole('button', { name: 'Record the correction' }).click();
  await page.getByText('Correction recorded').first().waitFor();

  const after = await recorded();
  assert.equal(after.length, before.length + 1, 'one correction recorded');
  const me = (await api().request('GET', '/admin/users/me', undefined, superAdmin)).json.data as {
    id: number;
    firstname: string;
    lastname: string | null;
  };
  const [latest] = after;
  assert.ok(latest);
  assert.equal(latest.newTotal, CORRECTED);
  assert.equal(latest.reason, REASON);
  assert.equal(latest.userId, me.id);
  assert.equal(latest.userName, [me.firstname, me.lastname].filter(Boolean).join(' '));
  assert.ok(Math.abs(Date.parse(latest.at) - clicked) < 60_000, latest.at);
  assert.ok(latest.oldTotal !== CORRECTED && latest.oldTotal > 0);

  // The recorded list on the page names who and when.
  const row = page.getByRole('row').filter({ hasText: REASON });
  await row.waitFor();
  const cells = await row.locator('td').allInnerTexts();
  const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
  const when = new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(latest.at));
  assert.deepEqual(
    cells.map(plain),
    [when, latest.userName, latest.oldTotal.toLocaleString('en'), CORRECTED.toLocaleString('en'), REASON].map(plain),
  );
  await page.context().close();

  // The portal's sidebar: the figure portal.js fetches after this page view is the corrected total
  // (plus this very visit, when it is counted), written with dots.
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const portal = await context.newPage();
  const stats = portal.waitForResponse((r) => new URL(r.url()).pathname === '/api/stats');
  await portal.goto(`${stack.webUrl}/vi`);
  const live = (await (await stats).json()) as { total: number };
  assert.ok(live.total >= CORRECTED && live.total <= CORRECTED + 2, `live total ${live.total}`);
  const shown = portal.locator('[data-visit-stats] dd[data-stat="total"]');
  await eventually(
    async () => (await shown.innerText()) === new Intl.NumberFormat('vi-VN').format(live.total),
    10_000,
    'sidebar shows the live total',
  );
  assert.match(await shown.innerText(), /^2\.345\.6\d\d$/);
  assert.equal(await portal.locator('[data-visit-stats] dt').first().innerText(), 'Thống kê');
  await context.close();
});

test('an Editor reads the statistics and the corrections but gets no form; the admin route refuses', async () => {
  const page = await adminLogin(stack.browser, stack.cms.url, EDITOR);
  await openStatistics(page);
  await page.getByRole('heading', { name: 'Corrections of the total' }).waitFor();
  await page.getByRole('row').filter({ hasText: REASON }).first().waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Correct the site total' }).count(), 0, 'no correction form');
  assert.equal(await page.getByRole('button', { name: 'Record the correction' }).count(), 0);
  const editor = await sessionOf(page);
  await page.context().close();

  const countBefore = (await recorded()).length;
  const res = await api().request('POST', '/visit-counter/corrections', { total: 1, reason: 'Thử sửa số liệu / trying' }, editor);
  assert.equal(res.status, 403, res.text);
  assert.equal((await recorded()).length, countBefore, 'nothing stored');
});

test('an Author has no statistics menu entry; the page and the admin route refuse', async () => {
  const page = await adminLogin(stack.browser, stack.cms.url, AUTHOR);
  await page.getByRole('link', { name: 'Content Manager' }).first().waitFor();
  assert.equal(await page.getByRole('link', { name: 'Visit statistics' }).count(), 0, 'no menu entry');
  await page.goto(`${stack.cms.url}/admin/plugins/visit-counter`);
  await page
    .getByText(/have the permissions to access that content/i)
    .first()
    .waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Correct the site total' }).count(), 0, 'no correction form');
  const author = await sessionOf(page);
  await page.context().close();

  const countBefore = (await recorded()).length;
  for (const [method, path, body] of [
    ['POST', '/visit-counter/corrections', { total: 1, reason: 'Thử sửa số liệu / trying' }],
    ['GET', '/visit-counter/overview', undefined],
  ] as const) {
    const res = await api().request(method, path, body, author);
    assert.equal(res.status, 403, `${method} ${path}: ${res.text}`);
  }
  assert.equal((await recorded()).length, countBefore, 'nothing stored');
});
