/**
 * npm run audit:a11y — the accessibility figures of issue 15: axe (WCAG 2.1 A/AA + best practice) on every
 * public page in vi and en, in each display mode a reader can choose (normal, high contrast, largest text) at
 * 320 px and in the normal desktop layout; the document's scroll width at 320 px (normal and largest text);
 * Lighthouse 12 scores (mobile and desktop: performance, accessibility, best practices, SEO) for the Vietnamese
 * home page and one article.
 *
 * The stack is the e2e suite's (web/tests/e2e/stack.ts: seeded Strapi, `next build`, `next start`, Chromium),
 * and the pages, modes and axe settings are the accessibility gate's (web/tests/e2e/a11y-pages.ts).
 *
 *   npm run audit:a11y                                  this tree → bench/results/a11y-audit.json
 *   npm run audit:a11y -- --root <older checkout> --label before
 *                                                       the stack of another checkout of the portal (its own
 *                                                       stack.ts, CMS and web) → bench/results/a11y-audit-before.json;
 *                                                       pages are compared by page type and locale, and a page
 *                                                       type it did not have is reported as n/a
 *   npm run audit:a11y -- --report                      only the table and chart from the saved results
 *
 * Every run rewrites, from the results saved so far, bench/results/a11y-audit.md (tables), a11y-audit.svg
 * (serious + critical nodes per page, before and after, per mode), a11y-widths.svg (document width at 320 px)
 * and a11y-lighthouse.svg (the scores). Load averages are recorded with every
 * timing figure (the Lighthouse performance scores); the figures are printed, never asserted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { CONFIGURATIONS, audit, discoverPages, type Mode, type PageSample, type ViewportName } from '../../web/tests/e2e/a11y-pages';
import { barChart } from './svg-chart';

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
type Impact = (typeof IMPACTS)[number];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const log = (m: string) => process.stdout.write(`▶ ${m}\n`);
const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export interface ConfigResult {
  mode: Mode;
  viewport: ViewportName;
  byImpact: Record<Impact, number>;
  nodes: number;
  rules: string[];
  scrollWidth: number;
  clientWidth: number;
  violations: string[];
}

export interface PageResult extends PageSample {
  status: number;
  /** The page type did not exist in the audited version (its address answers 404 there, 200 in this tree). */
  notApplicable: boolean;
  configs: ConfigResult[];
}

export interface LighthouseResult {
  page: string;
  path: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<string, number | null>;
  /** Audits that lost points outside performance (id per category), so a score under 100 can be read. */
  failing: Record<string, string[]>;
  load: number[];
}

export interface AuditFile {
  label: string;
  root: string;
  commit: string | null;
  date: string;
  machine: { cpus: number; node: string; loadAtStart: number[]; loadAtEnd: number[] };
  seconds: number;
  pages: PageResult[];
  lighthouse: LighthouseResult[];
}

const configKey = (c: { mode: Mode; viewport: ViewportName }) => `${c.mode} @ ${c.viewport}`;

function commitOf(root: string): string | null {
  try {
    const head = fs.readFileSync(path.join(root, '.git'), 'utf8');
    const gitDir = head.startsWith('gitdir:') ? head.slice(7).trim() : path.join(root, '.git');
    const ref = fs.readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (!ref.startsWith('ref:')) return ref;
    const common = fs.existsSync(path.join(gitDir, 'commondir'))
      ? path.resolve(gitDir, fs.readFileSync(path.join(gitDir, 'commondir'), 'utf8').trim())
      : gitDir;
    const name = ref.slice(4).trim();
    for (const dir of [gitDir, common])
      if (fs.existsSync(path.join(dir, name))) return fs.readFileSync(path.join(dir, name), 'utf8').trim();
    const packed = fs.readFileSync(path.join(common, 'packed-refs'), 'utf8');
    return (
      packed
        .split('\n')
        .find((l) => l.endsWith(` ${name}`))
        ?.split(' ')[0] ?? null
    );
  } catch {
    return null;
  }
}

/** axe results (the gate's audit) in each configuration, counted by impact. */
async function auditPage(browser: Browser, webUrl: string, sample: PageSample): Promise<ConfigResult[]> {
  const out: ConfigResult[] = [];
  for (const { mode, viewport } of CONFIGURATIONS) {
    // A shared machine can make one page miss the gate's settle timeout: it is audited once more before failing.
    const r = await audit(browser, `${webUrl}${sample.path}`, mode, viewport).catch((error: unknown) => {
      log(`${sample.path} ${mode} @ ${viewport}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}; once more`);
      return audit(browser, `${webUrl}${sample.path}`, mode, viewport);
    });
    const byImpact = Object.fromEntries(IMPACTS.map((i) => [i, 0])) as Record<Impact, number>;
    const rules = new Set<string>();
    for (const v of r.violations) {
      const m = /^(\S+) \((\w+)\): /.exec(v);
      if (m) {
        rules.add(m[1]!);
        if (m[2]! in byImpact) byImpact[m[2] as Impact] += 1;
      }
    }
    out.push({
      mode,
      viewport,
      byImpact,
      nodes: r.violations.length,
      rules: [...rules].sort(),
      scrollWidth: r.scrollWidth,
      clientWidth: r.clientWidth,
      violations: r.violations,
    });
  }
  return out;
}

/** Lighthouse 12 in Debian's Chromium (headless, nothing downloaded), mobile and desktop presets. */
async function lighthouseScores(webUrl: string, pages: Array<{ page: string; path: string }>): Promise<LighthouseResult[]> {
  const { launch } = await import('chrome-launcher');
  const lighthouse = (await import('lighthouse')).default;
  const desktopConfig = (await import('lighthouse/core/config/desktop-config.js')).default;
  const out: LighthouseResult[] = [];
  for (const { page, path: p } of pages) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
      try {
        const loadBefore = load();
        const result = await lighthouse(
          `${webUrl}${p}`,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        const categories = result?.lhr.categories ?? {};
        const scores = Object.fromEntries(
          ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => {
            const s = categories[c]?.score;
            return [c, typeof s === 'number' ? Math.round(s * 100) : null];
          }),
        );
        const failing = Object.fromEntries(
          ['accessibility', 'best-practices', 'seo'].map((c) => [
            c,
            (categories[c]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && result?.lhr.audits[ref.id]?.score !== null && (result?.lhr.audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => ref.id),
          ]),
        );
        out.push({ page, path: p, formFactor, scores, failing, load: loadBefore });
        log(`lighthouse ${page} ${formFactor}: ${JSON.stringify(scores)} ${JSON.stringify(failing)} (load ${loadBefore.join(' ')})`);
      } finally {
        await chrome.kill();
      }
    }
  }
  return out;
}

async function run(root: string, label: string): Promise<AuditFile> {
  const started = Date.now();
  const loadAtStart = load();
  const stackModule = await import(pathToFileURL(path.join(root, 'web', 'tests', 'e2e', 'stack.ts')).href);
  const startStack = (stackModule.startStack ?? stackModule.default?.startStack) as (o?: object) => Promise<{
    webUrl: string;
    browser: Browser;
    stop(): Promise<void>;
  }>;
  log(`${label}: starting the stack of ${root} (seed, CMS, next build + start)…`);
  const stack = await startStack();
  try {
    // Pages are found the gate's way (this tree's page types and rewrites, the audited site's sitemap and links);
    // in an older checkout a page type it did not have yet answers 404 or is not found, and is reported as n/a.
    const found = await discoverPages(stack.webUrl);
    if (found.missing.length) log(`no address found for: ${found.missing.join(', ')}`);
    const samples = found.samples;
    log(`${samples.length} pages × ${CONFIGURATIONS.length} configurations`);
    const pages: PageResult[] = [];
    const queue = [...samples];
    // Two pages at a time, as the gate does.
    await Promise.all(
      [0, 1].map(async () => {
        for (let sample = queue.shift(); sample; sample = queue.shift()) {
          const status = (await fetch(`${stack.webUrl}${sample.path}`)).status;
          const notApplicable = status === 404 && root !== ROOT && !/^\[\.\.\./.test(sample.route);
          const configs = notApplicable ? [] : await auditPage(stack.browser, stack.webUrl, sample);
          pages.push({ ...sample, status, notApplicable, configs });
          log(
            `${sample.path} (${status}): ${
              notApplicable ? 'n/a' : configs.map((c) => `${configKey(c)} ${c.nodes} nodes, ${c.scrollWidth} px`).join('; ')
            }`,
          );
        }
      }),
    );
    const order = new Map(samples.map((s, i) => [s.path, i]));
    pages.sort((a, b) => order.get(a.path)! - order.get(b.path)!);

    const article = pages.find((p) => p.locale === 'vi' && p.route.startsWith('article'));
    const lh = await lighthouseScores(stack.webUrl, [
      { page: 'home (vi)', path: '/vi' },
      ...(article ? [{ page: 'article (vi)', path: article.path }] : []),
    ]);
    return {
      label,
      root,
      commit: commitOf(root),
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAtStart, loadAtEnd: load() },
      seconds: Math.round((Date.now() - started) / 1000),
      pages,
      lighthouse: lh,
    };
  } finally {
    await stack.stop();
  }
}

const sc = (c: ConfigResult | undefined) => (c ? c.byImpact.serious + c.byImpact.critical : null);

function report(): void {
  const read = (f: string) =>
    fs.existsSync(path.join(RESULTS, f)) ? (JSON.parse(fs.readFileSync(path.join(RESULTS, f), 'utf8')) as AuditFile) : null;
  const after = read('a11y-audit.json');
  const before = read('a11y-audit-before.json');
  if (!after) return;
  const runs = [before, after].filter((r): r is AuditFile => !!r);
  const lines: string[] = [
    '# Accessibility figures (issue 15)',
    '',
    `Generated by \`npm run audit:a11y\` (scripts/bench/a11y-audit.ts). axe ${'WCAG 2.1 A/AA + best-practice'}; counts are violating nodes by impact (critical/serious/moderate/minor).`,
    '',
  ];
  for (const r of runs)
    lines.push(
      `- **${r.label}**: commit ${r.commit?.slice(0, 7) ?? '?'}, ${r.date}, ${r.seconds} s, load average at start ${r.machine.loadAtStart.join(' / ')}, at end ${r.machine.loadAtEnd.join(' / ')} (${r.machine.cpus} cores)`,
    );
  lines.push('');
  // Pages are compared by page type and locale (an older checkout may have found another article or document).
  const key = (x: { route: string; locale: string }) => `${x.locale} ${x.route}`;
  const find = (r: AuditFile | null, p: string) => {
    const page = after.pages.find((x) => x.path === p);
    return page ? r?.pages.find((x) => key(x) === key(page)) : undefined;
  };
  const cell = (r: AuditFile | null, p: string, key: string) => {
    const page = find(r, p);
    if (!r) return '—';
    if (!page || page.notApplicable) return 'n/a';
    const c = page.configs.find((x) => configKey(x) === key);
    return c ? `${c.byImpact.critical}/${c.byImpact.serious}/${c.byImpact.moderate}/${c.byImpact.minor} (${c.nodes})` : 'n/a';
  };
  const keys = CONFIGURATIONS.map(configKey);
  lines.push('## axe violations per page × mode', '', 'critical/serious/moderate/minor (nodes); before → after', '');
  lines.push(`| page | ${keys.join(' | ')} |`, `|---|${keys.map(() => '---').join('|')}|`);
  for (const p of after.pages)
    lines.push(
      `| ${p.path.length > 60 ? `${p.path.slice(0, 57)}…` : p.path} | ${keys.map((k) => `${cell(before, p.path, k)} → ${cell(after, p.path, k)}`).join(' | ')} |`,
    );
  const total = (r: AuditFile | null, k: string) =>
    r ? r.pages.flatMap((p) => p.configs.filter((c) => configKey(c) === k)).reduce((n, c) => n + c.nodes, 0) : null;
  lines.push(`| **all pages, nodes** | ${keys.map((k) => `${total(before, k) ?? '—'} → ${total(after, k)}`).join(' | ')} |`, '');

  lines.push('## Page width at a 320 px viewport (document scrollWidth, px)', '', 'before → after', '');
  lines.push('| page | normal text | largest text |', '|---|---|---|');
  const width = (r: AuditFile | null, p: string, mode: Mode) => {
    const page = find(r, p);
    if (!r) return '—';
    if (!page || page.notApplicable) return 'n/a';
    const c = page.configs.find((x) => x.mode === mode && x.viewport === '320 px');
    return c ? String(c.scrollWidth) : 'n/a';
  };
  for (const p of after.pages)
    lines.push(
      `| ${p.path.length > 60 ? `${p.path.slice(0, 57)}…` : p.path} | ${width(before, p.path, 'normal')} → ${width(after, p.path, 'normal')} | ${width(before, p.path, 'largest text')} → ${width(after, p.path, 'largest text')} |`,
    );
  lines.push('', '## Lighthouse 12 (vi): performance / accessibility / best practices / SEO', '');
  lines.push(
    '| run | page | form factor | perf | a11y | best practices | SEO | load average (1/5/15 min) |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const r of runs)
    for (const l of r.lighthouse)
      lines.push(
        `| ${r.label} | ${l.page} | ${l.formFactor} | ${l.scores.performance ?? '—'} | ${l.scores.accessibility ?? '—'} | ${l.scores['best-practices'] ?? '—'} | ${l.scores.seo ?? '—'} | ${l.load.join(' / ')} |`,
      );
  lines.push('');
  fs.writeFileSync(path.join(RESULTS, 'a11y-audit.md'), `${lines.join('\n')}\n`);

  const rows = after.pages.map((p) => p.path);
  const panels = CONFIGURATIONS.map((c) => ({
    title: configKey(c),
    series: [
      ...(before
        ? [
            {
              name: `before (${before.commit?.slice(0, 7) ?? '?'})`,
              color: '#b33',
              values: rows.map((p) => {
                const page = find(before, p);
                return page && !page.notApplicable ? sc(page.configs.find((x) => configKey(x) === configKey(c))) : null;
              }),
            },
          ]
        : []),
      {
        name: `after (${after.commit?.slice(0, 7) ?? '?'})`,
        color: '#2a6',
        values: rows.map((p) => sc(find(after, p)?.configs.find((x) => configKey(x) === configKey(c)))),
      },
    ],
  }));
  fs.writeFileSync(
    path.join(RESULTS, 'a11y-audit.svg'),
    barChart({
      title: 'axe: serious + critical violating nodes per page',
      subtitle: `WCAG 2.1 A/AA + best practice; ${runs.map((r) => `${r.label} load ${r.machine.loadAtStart.join('/')}`).join(', ')}`,
      rows,
      panels,
      sharedScale: true,
    }),
  );
  // Page widths at 320 px (normal and largest text) and the Lighthouse scores, before and after.
  const seriesOf = (values: (r: AuditFile) => Array<number | null>) => [
    ...(before ? [{ name: `before (${before.commit?.slice(0, 7) ?? '?'})`, color: '#b33', values: values(before) }] : []),
    { name: `after (${after.commit?.slice(0, 7) ?? '?'})`, color: '#2a6', values: values(after) },
  ];
  const widthOf = (r: AuditFile, p: string, mode: Mode) => {
    const page = find(r, p);
    return page && !page.notApplicable ? (page.configs.find((x) => x.mode === mode && x.viewport === '320 px')?.scrollWidth ?? null) : null;
  };
  fs.writeFileSync(
    path.join(RESULTS, 'a11y-widths.svg'),
    barChart({
      title: 'Document width at a 320 px viewport (px; 320 = no sideways scroll)',
      subtitle: runs.map((r) => `${r.label} ${r.commit?.slice(0, 7) ?? '?'}, load ${r.machine.loadAtStart.join('/')}`).join('; '),
      rows,
      panels: (['normal', 'largest text'] as const).map((mode) => ({
        title: `${mode} @ 320 px`,
        series: seriesOf((r) => rows.map((p) => widthOf(r, p, mode))),
      })),
      sharedScale: true,
      target: { value: 320, label: '320 px' },
    }),
  );
  const lhRows = after.lighthouse.map((l) => `${l.page} ${l.formFactor}`);
  const lhOf = (r: AuditFile, c: string) =>
    lhRows.map((row) => r.lighthouse.find((l) => `${l.page} ${l.formFactor}` === row)?.scores[c] ?? null);
  fs.writeFileSync(
    path.join(RESULTS, 'a11y-lighthouse.svg'),
    barChart({
      title: 'Lighthouse 12 scores (vi), before and after',
      subtitle: `1-min load average during the runs: ${runs.map((r) => `${r.label} ${r.lighthouse.map((l) => l.load[0]).join(', ')}`).join('; ')}`,
      rows: lhRows,
      panels: ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => ({ title: c, series: seriesOf((r) => lhOf(r, c)) })),
      sharedScale: true,
    }),
  );
  process.stdout.write(`\n${fs.readFileSync(path.join(RESULTS, 'a11y-audit.md'), 'utf8')}`);
  log('written bench/results/a11y-audit.md, a11y-audit.svg, a11y-widths.svg and a11y-lighthouse.svg');
}

async function main() {
  if (!process.argv.includes('--report')) {
    const root = path.resolve(arg('root') ?? ROOT);
    const label = arg('label') ?? (root === ROOT ? 'after' : 'before');
    const result = await run(root, label);
    const out = path.join(RESULTS, root === ROOT ? 'a11y-audit.json' : `a11y-audit-${label}.json`);
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    log(`written ${path.relative(ROOT, out)}`);
  }
  report();
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
