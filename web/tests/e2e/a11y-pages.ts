/**
 * What the accessibility gate audits, found rather than listed: every public page type of the app
 * router (web/src/app/[locale]/**, page.tsx and HTML route.tsx) in both locales, with a concrete URL
 * for each taken from the sitemap, the static routes, or links on pages already found. A page type
 * added later is audited without editing the tests; one for which no URL can be found fails the gate.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { errorPagePath } from '../../src/lib/bad-address';
import { LOCALES, localizedRewrites, type Locale } from '../../src/lib/routes';
import { readSitemap } from './sitemap-read';
import { WEB_DIR } from './stack';

const APP = path.join(WEB_DIR, 'src', 'app', '[locale]');

/** The display modes a reader can choose (portal.js stores them under this key). */
export const MODES = {
  normal: { size: 100, contrast: false },
  'high contrast': { size: 100, contrast: true },
  'largest text': { size: 150, contrast: false },
} as const;
export type Mode = keyof typeof MODES;

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  '320 px': { width: 320, height: 640 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/**
 * What each page is audited in: every display mode at 320 px (the layout a phone or 400 % zoom
 * gets, where reflow is also checked) and the desktop layout in the normal mode.
 */
export const CONFIGURATIONS: Array<{ mode: Mode; viewport: ViewportName }> = [
  { mode: 'normal', viewport: 'desktop' },
  { mode: 'normal', viewport: '320 px' },
  { mode: 'high contrast', viewport: '320 px' },
  { mode: 'largest text', viewport: '320 px' },
];

/** WCAG 2.1 A/AA and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface RouteType {
  /** The app route folder under [locale], e.g. `documents/[slug]` ('' is the home page). */
  id: string;
  matches(appPath: string): boolean;
  /** A URL needs no data: the route has no dynamic segment. */
  isStatic: boolean;
  isCatchAll: boolean;
}

/** The public page types: app routes that answer HTML (page.tsx, or a route handler written in TSX). */
export function routeTypes(): RouteType[] {
  const out: RouteType[] = [];
  for (const entry of fs.readdirSync(APP, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^(page|route)\.tsx$/.test(entry.name)) continue;
    const id = path.relative(APP, entry.parentPath).split(path.sep).filter(Boolean).join('/');
    const segments = id ? id.split('/') : [];
    const pattern = segments
      .map((s) => {
        if (/^\[\[\.\.\..+\]\]$/.test(s)) return '(?:/[^/]+)*';
        if (/^\[\.\.\..+\]$/.test(s)) return '(?:/[^/]+)+';
        if (/^\[.+\]$/.test(s)) return '/[^/]+';
        return `/${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      })
      .join('');
    const regex = new RegExp(`^/(?:${LOCALES.join('|')})${pattern}/?$`);
    out.push({
      id,
      matches: (appPath) => regex.test(appPath),
      isStatic: !segments.some((s) => s.startsWith('[')),
      isCatchAll: segments.length === 1 && /^\[\.\.\./.test(segments[0]!),
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Public path (/vi/van-ban/x) → app path (/vi/documents/x), through the site's own rewrites. */
export function toAppPath(publicPath: string): string {
  for (const { source, destination } of localizedRewrites()) {
    const from = source.replace('/:rest*', '');
    if (publicPath === from || publicPath.startsWith(`${from}/`)) return destination.replace('/:rest*', '') + publicPath.slice(from.length);
  }
  return publicPath;
}

/** App path → public path (the other way round). */
export function toPublicPath(appPath: string): string {
  for (const { source, destination } of localizedRewrites()) {
    const to = destination.replace('/:rest*', '');
    if (appPath === to || appPath.startsWith(`${to}/`)) return source.replace('/:rest*', '') + appPath.slice(to.length);
  }
  return appPath;
}

export interface PageSample {
  route: string;
  locale: Locale;
  /** Path and query on the portal. */
  path: string;
}

const hrefs = (html: string) => [...html.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/**
 * One URL per page type and locale: sitemap entries first (the index's files), then the static routes, then links found on
 * the pages already chosen (breadth first), e.g. a document page linked from the register. A catch-all
 * route gets an address nothing else answers. Search-like pages are also audited with a query.
 */
export async function discoverPages(webUrl: string): Promise<{ samples: PageSample[]; missing: string[] }> {
  const types = routeTypes();
  const fromSitemap = (await readSitemap(webUrl)).urls.map((u) => new URL(u.loc).pathname);
  const samples: PageSample[] = [];
  const missing: string[] = [];
  for (const locale of LOCALES) {
    const found = new Map<string, string>();
    const classify = (publicPath: string) => {
      const pathname = publicPath.split('?')[0]!;
      if (!pathname.startsWith(`/${locale}`)) return;
      const type = types.find((t) => !t.isCatchAll && t.matches(toAppPath(pathname)));
      if (type && !found.has(type.id)) found.set(type.id, pathname);
    };
    fromSitemap.forEach(classify);
    // The page bad addresses get (src/proxy.ts) is reached by a rewrite; it is audited at its own path.
    for (const status of [400, 404] as const) classify(errorPagePath({ status, locale }));
    for (const type of types.filter((t) => t.isStatic)) classify(toPublicPath(`/${locale}${type.id ? `/${type.id}` : ''}`));
    const queue = [...found.values()];
    const seen = new Set(queue);
    for (let fetched = 0; queue.length && fetched < 40 && types.some((t) => !t.isCatchAll && !found.has(t.id)); fetched += 1) {
      const html = await (await fetch(`${webUrl}${queue.shift()}`)).text();
      for (const href of hrefs(html)) {
        const pathname = href.split('?')[0]!;
        classify(pathname);
        if (!seen.has(pathname) && pathname.startsWith(`/${locale}/`)) {
          seen.add(pathname);
          queue.push(pathname);
        }
      }
    }
    for (const type of types) {
      if (type.isCatchAll) {
        samples.push({ route: type.id, locale, path: `/${locale}/khong-co-trang-nay-${Date.now()}` });
        continue;
      }
      const pathname = found.get(type.id);
      if (!pathname) {
        missing.push(`${locale} ${type.id || '(home)'}`);
        continue;
      }
      samples.push({ route: type.id, locale, path: pathname });
      // Pages that answer a query (the search page) are audited with results on them.
      if (/search/.test(type.id))
        samples.push({ route: `${type.id}?q`, locale, path: `${pathname}?q=${locale === 'vi' ? 'cai+cach' : 'reform'}` });
    }
  }
  return { samples, missing };
}

export interface AuditResult {
  violations: string[];
  incomplete: Array<{ id: string; target: string }>;
  scrollWidth: number;
  clientWidth: number;
}

/** axe in one display mode and viewport, plus the page's scroll width. */
/**
 * Waits until the page has stopped moving: no running finite time-driven animation or transition (Leaflet zooms and fades
 * its layers in) and the same layout for 400 ms. axe measured mid-animation finds the map's panes
 * over the text around it and reports "needs review" for contrast it could not measure.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __layout?: { key: string; since: number } };
      // Time-driven only: a scroll-driven animation (the tables' scroll cue) "runs" as long as the page is open.
      const running = document
        .getAnimations()
        .some((a) => a.timeline === document.timeline && a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
      const key = `${document.documentElement.scrollHeight}x${document.documentElement.scrollWidth}:${document.querySelectorAll('*').length}`;
      if (running || w.__layout?.key !== key) {
        w.__layout = { key, since: performance.now() };
        return false;
      }
      return performance.now() - w.__layout.since >= 400;
    },
    undefined,
    { polling: 100, timeout: 15_000 },
  );
}

export async function audit(browser: Browser, url: string, mode: Mode, viewport: ViewportName): Promise<AuditResult> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
  try {
    await context.addInitScript((display) => localStorage.setItem('portal-display', JSON.stringify(display)), MODES[mode]);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await settled(page);
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    if (result.passes.length < 10) throw new Error(`axe ran too few checks on ${url}`);
    const { scrollWidth, clientWidth } = await page.evaluate(() => {
      const el = document.scrollingElement!;
      return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
    });
    return {
      violations: result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`)),
      incomplete: result.incomplete.flatMap((v) => v.nodes.map((n) => ({ id: v.id, target: n.target.join(' ') }))),
      scrollWidth,
      clientWidth,
    };
  } finally {
    await context.close();
  }
}
