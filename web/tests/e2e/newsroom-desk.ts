/**
 * The communications desk in the Strapi admin, driven in Chromium as staff do it, and the places a
 * reader finds a just-published article. Shared by newsroom.test.ts and `npm run bench:newsroom`.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Stack } from './stack';

export type Staff = { email: string; password: string };

/**
 * The browser session of each staff member once logged in (cookies and local storage), per CMS. The admin lets
 * one address log in as one person 5 times in 5 minutes (Strapi's login rate limit), and the suites sharing the
 * stack open the admin as the same editor many more times: like staff at work, they log in once and come back.
 */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

/** Logs in through the admin's form (once per person; later calls reopen the admin in that session, in either language). The admin opens in Vietnamese; `language: 'en'` (the default here) is the staff member having picked English. */
export async function adminLogin(browser: Browser, cmsUrl: string, who: Staff, language: 'en' | 'vi' = 'en'): Promise<Page> {
  const key = `${cmsUrl} ${who.email}`;
  const saved = sessions.get(key);
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    locale: language === 'en' ? 'en-US' : 'vi-VN',
    storageState: saved,
  });
  await context.addInitScript((picked) => window.localStorage.setItem('strapi-admin-language', picked), language);
  const page = await context.newPage();
  // The admin is a large single-page app; on a shared 2-core machine its first load can be slow.
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(120_000);
  if (saved) {
    await page.goto(`${cmsUrl}/admin`);
    await page.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 30_000 });
    return page;
  }
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel(language === 'en' ? 'Password' : 'Mật khẩu').fill(who.password);
  await page.getByRole('button', { name: language === 'en' ? 'Login' : 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 30_000 });
  sessions.set(key, await context.storageState());
  return page;
}

/** An article's field labels in the admin, in either language (never the internal names). */
export const LABEL = {
  title: /^(Title|Tiêu đề)/,
  slug: /^(Slug \(URL\)|Đường dẫn \(slug\))/,
  category: /^(Category|Chuyên mục)/,
  sourceUnit: /^(Source unit|Đơn vị cung cấp tin)/,
};

export const createArticleUrl = (cmsUrl: string, locale = 'vi') =>
  `${cmsUrl}/admin/content-manager/collection-types/api::article.article/create?plugins[i18n][locale]=${locale}`;

/** Opens a new article, types its title with the keyboard and picks a category by its name. */
export async function writeArticle(page: Page, cmsUrl: string, title: string, categoryName?: string): Promise<void> {
  await page.goto(createArticleUrl(cmsUrl));
  const titleInput = page.getByRole('textbox', { name: LABEL.title });
  await titleInput.waitFor({ timeout: 90_000 });
  await titleInput.click();
  await page.keyboard.type(title, { delay: 5 });
  if (categoryName) {
    await page.getByRole('combobox', { name: LABEL.category }).click();
    await page.getByRole('option', { name: categoryName, exact: true }).click();
  }
}

export const slugInput = (page: Page) => page.getByRole('textbox', { name: LABEL.slug });

const firstArticleHref = (html: string, after: string, locale = 'vi') => {
  const rest = html.slice(Math.max(0, html.indexOf(after)));
  return rest.match(new RegExp(`href="/${locale}/tin-tuc/([^"]+)"`))?.[1];
};

export type Place = 'article' | 'home latest' | 'category page 1' | 'RSS' | 'JSON feed' | 'search';
export const PLACES: Place[] = ['article', 'home latest', 'category page 1', 'RSS', 'JSON feed', 'search'];

/** Whether the article is visible (and first, for lists) in one place, as a reader would fetch it. */
export async function shows(
  stack: Stack,
  place: Place,
  a: { slug: string; title: string; category: string; word: string },
): Promise<boolean> {
  const get = async (url: string) => {
    const res = await fetch(url, { cache: 'no-store' });
    return res.ok ? res.text() : '';
  };
  switch (place) {
    case 'article':
      return (await fetch(`${stack.webUrl}/vi/tin-tuc/${a.slug}`)).status === 200;
    case 'home latest':
      return firstArticleHref(await get(`${stack.webUrl}/vi`), 'id="latest-heading"') === a.slug;
    case 'category page 1':
      return firstArticleHref(await get(`${stack.webUrl}/vi/chuyen-muc/${a.category}`), 'article-list') === a.slug;
    case 'RSS': {
      const xml = await get(`${stack.webUrl}/vi/rss.xml`);
      return (xml.match(/<item>[\s\S]*?<link>([^<]+)<\/link>/)?.[1] ?? '').endsWith(`/vi/tin-tuc/${a.slug}`);
    }
    case 'JSON feed': {
      const text = await get(`${stack.cms.url}/api/partner-feed/feed/vi.json`);
      const item = text ? (JSON.parse(text) as { items: { title: string; date_published?: string }[] }).items[0] : undefined;
      return item?.title === a.title && Boolean(item.date_published);
    }
    case 'search':
      return firstArticleHref(await get(`${stack.webUrl}/vi/tim-kiem?q=${encodeURIComponent(a.word)}&sort=date`), '<main') === a.slug;
  }
}

/** Milliseconds from `since` until each place shows the article (polled every 100 ms, all at once). */
export async function timesToVisible(
  stack: Stack,
  article: { slug: string; title: string; category: string; word: string },
  since: number,
  places: readonly Place[] = PLACES,
  timeoutMs = 20_000,
): Promise<Record<Place, number | null>> {
  const entries = await Promise.all(
    places.map(async (place) => {
      while (Date.now() - since < timeoutMs) {
        if (await shows(stack, place, article).catch(() => false)) return [place, Date.now() - since] as const;
        await new Promise((r) => setTimeout(r, 100));
      }
      return [place, null] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Place, number | null>;
}
