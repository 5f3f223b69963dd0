/**
 * The admin's preview frame wherever the editor's browser opened the admin (issue 22.2): at
 * http://localhost:<port>/admin, though the CMS is configured at 127.0.0.1, the frame shows the draft
 * (the web lets the admin's actual origin frame it), and "Mở trong thẻ mới" opens the same preview in a tab.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AUTHOR } from '../../../cms/tests/helpers/portal';
import { LABEL, adminLogin, createArticleUrl } from './newsroom-desk';
import { startStack, type Stack } from './stack';

let stack: Stack;

before(async () => {
  stack = await startStack();
});

after(async () => {
  await stack?.stop();
});

test('opened at localhost, the admin shows the draft in its preview frame, and "Mở trong thẻ mới" opens it in a new tab', async () => {
  const admin = stack.cms.url.replace('127.0.0.1', 'localhost');
  const page = await adminLogin(stack.browser, admin, AUTHOR, 'vi');
  const title = 'Bản nháp xem trước từ localhost: lịch tiêm chủng';
  await page.goto(createArticleUrl(admin, 'vi'));
  await page.getByRole('textbox', { name: LABEL.title }).fill(title);
  await page.getByRole('button', { name: /^(Lưu|Save)$/ }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('/create'), { timeout: 15_000 });
  await page.getByRole('link', { name: /Mở xem trước|Open preview/ }).click();
  await page.frameLocator('iframe').getByRole('heading', { name: title }).waitFor({ timeout: 20_000 });

  const button = page.getByRole('link', { name: 'Mở trong thẻ mới' });
  const [tab] = await Promise.all([page.context().waitForEvent('page'), button.click()]);
  await tab.getByRole('heading', { name: title }).waitFor({ timeout: 20_000 });
  assert.equal(new URL(tab.url()).pathname, '/preview');
  await page.context().close();
});
