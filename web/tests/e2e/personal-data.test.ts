/**
 * Personal data as people meet it (issue 21.8). A citizen on a phone (390×844) writes a comment: without the
 * consent box ticked nothing is sent and the box says why; ticked with the keyboard, the comment is sent, and
 * the policy it links to says what is kept and for how long. Then the IT team's Super Admin answers that
 * citizen's request in the admin ("Dữ liệu cá nhân"): finds the comment by e-mail, downloads it as CSV, erases it
 * after a confirmation; the comment's author is gone from what the tool finds, and the audit trail records each
 * use with the address masked.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { ADMIN, client } from '../../../cms/tests/helpers/portal';
import { adminLogin } from './newsroom-desk';
import { DEMO_ARTICLES, citizenContext, eventually, staffToken, startStack, type Stack, type WebServer } from './stack';

let stack: Stack;
/**
 * The citizen reaches the portal as in production, through the province's front (nginx), which names their
 * address in X-Forwarded-For: their comment counts against their own limit, not that of every test sharing
 * 127.0.0.1 (the suites share one stack and the comment limit is per address).
 */
let front: WebServer;
const CITIZEN_ADDRESS = '203.0.113.91';
const email = `nguoi-yeu-cau-${Date.now()}@demo.example.vn`;
const name = 'Trần Thị Yêu Cầu';

before(async () => {
  stack = await startStack();
  front = await stack.startWeb({ TRUSTED_PROXIES: '127.0.0.1' });
});

after(async () => {
  await front?.stop();
  await stack?.stop();
});

test('a citizen on a phone must tick consent before a comment is sent; the policy it links to lists what is kept', async () => {
  const context = await citizenContext(stack.browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    extraHTTPHeaders: { 'x-forwarded-for': CITIZEN_ADDRESS },
  });
  const page = await context.newPage();
  try {
    const sent: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/reviews/comments') && sent.push(r.url()));
    await page.goto(`${front.url}/vi/tin-tuc/${DEMO_ARTICLES.featured.vi}`);
    const form = page.locator('[data-comment-form]');
    await form.waitFor();
    await page.getByLabel('Họ và tên').fill(name);
    await page.getByLabel('Email (không công khai)').fill(email);
    await page.getByRole('textbox', { name: /^Nội dung bình luận/ }).fill('Đề nghị xã công khai lịch tiếp công dân tháng tới.');
    await form.locator('button[type="submit"]').tap();
    const consentError = form.locator('#comment-consent-error');
    await eventually(
      async () => (await consentError.isVisible()) && /Vui lòng đánh dấu đồng ý/.test((await consentError.textContent()) ?? ''),
      10_000,
      'the consent box says why nothing was sent',
    );
    assert.deepEqual(sent, [], 'nothing sent without consent');

    const box = form.getByRole('checkbox', { name: /Tôi đồng ý/ });
    await box.focus();
    await page.keyboard.press('Space');
    assert.equal(await box.isChecked(), true);
    await form.locator('button[type="submit"]').tap();
    await eventually(
      async () => (await form.locator('[data-status]').textContent()) === 'Cảm ơn bạn! Bình luận đang chờ kiểm duyệt.',
      30_000,
      'awaiting moderation',
    );
    assert.equal(sent.length, 1);

    await form.getByRole('link', { name: 'Chính sách bảo vệ dữ liệu cá nhân' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Chính sách bảo vệ dữ liệu cá nhân' }).waitFor({ timeout: 20_000 });
    const text = await page.locator('main').innerText();
    assert.match(text, /email/i);
    assert.match(text, /\d+ ngày, sau đó được xóa tự động/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the policy fits the phone (${width} px)`);
  } finally {
    await context.close();
  }
});

test('the Super Admin finds that citizen’s data by e-mail, downloads it, erases it; the audit trail keeps the address masked', async () => {
  const page = await adminLogin(stack.browser, stack.cms.url, ADMIN, 'vi');
  try {
    await page.locator('nav a[href$="/personal-data"]').click();
    await page.getByRole('heading', { name: 'Dữ liệu cá nhân' }).first().waitFor();
    await page.getByLabel(/Email của người yêu cầu/).fill(email.toUpperCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    const comments = page.locator('[data-kind="reviews.comments"]');
    await comments.getByRole('heading', { name: 'Bình luận: 1' }).waitFor({ timeout: 15_000 });
    await comments.getByText(name).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'du-lieu-ca-nhan.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    assert.ok(csv.includes(email) && csv.includes(name), 'the export holds the citizen’s e-mail and name');

    await page.getByRole('button', { name: 'Xóa dữ liệu của người này' }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await dialog.getByText(/không thể hoàn tác/i).waitFor();
    await dialog.getByRole('button', { name: 'Xóa', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xóa: Bình luận 1' }).waitFor({ timeout: 15_000 });
    await comments.getByRole('heading', { name: 'Bình luận: 0' }).waitFor();
    await page.screenshot({ path: '/tmp/personal-data-erased.png' });
  } finally {
    await page.context().close();
  }

  const token = await staffToken(stack.cms.url, ADMIN);
  const trail = await client(stack.cms.url).get('/admin/audit-trail/entries?action=personal-data', { authorization: `Bearer ${token}` });
  assert.equal(trail.status, 200, trail.text);
  const kinds = (trail.json.results as Array<{ title: string | null; details: { kind?: string } | null }>)
    .filter((r) => r.title === 'n***@demo.example.vn')
    .map((r) => r.details?.kind);
  assert.deepEqual(new Set(kinds), new Set(['find', 'export-csv', 'erase']), JSON.stringify(kinds));
  assert.ok(!trail.text.includes(email), 'the trail never keeps the address whole');
});
