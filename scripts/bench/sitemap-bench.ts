/**
 * npm run bench:sitemap — the sitemap at scale (issue 15.7): every sitemap file fetched cold, at
 * 100,000 articles.
 *
 * One run: seed a throwaway SQLite database with the demo and SITEMAP_BENCH_ARTICLES (100,000) bulk
 * articles (`npm run seed:bulk -w cms`), start the CMS and the web in the production profile (`next
 * build`, `next start`), then fetch /sitemap.xml and every file it lists, each the first request for
 * its data (nothing cached: the routes render per request from Next's tagged data cache, which starts
 * empty), then once more warm, and after revalidating the article tags as a publish does. The cold
 * pass is repeated SITEMAP_BENCH_ROUNDS (3) times, each on a fresh `next start` with an empty data
 * cache, so one hiccup of a shared machine does not decide the figure: the table gives the median and
 * the worst cold time per file and the ratio of the median to the 200 ms target.
 * Figures go to bench/results/sitemap-bench.json (with the load average at each round), the chart to
 * bench/results/sitemap-bench.svg.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { START_PROFILE, createDatabase, freePort, seed, seedBulk, startServer } from '../../cms/tests/helpers/portal';
import { startNext as startWeb, type WebServer } from '../../web/tests/e2e/stack';
import { barChart } from './svg-chart';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'web');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const ARTICLES = Number(process.env.SITEMAP_BENCH_ARTICLES ?? 100_000);
const TARGET_MS = 200;
const DIST = '.next-bench-sitemap';
const ROUNDS = Number(process.env.SITEMAP_BENCH_ROUNDS ?? 3);

const log = (message: string) => process.stdout.write(`▶ ${message}\n`);

async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - t0, status: res.status, body };
}

interface Row {
  file: string;
  urls: number;
  bytes: number;
  coldRuns: number[];
  coldMs: number;
  worstColdMs: number;
  warmMs: number;
  afterPublishMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const started = Date.now();
  const db = await createDatabase('sqlite');
  // The running `next start` (one per round), stopped in `finally` whatever happens.
  const web: { current: WebServer | null } = { current: null };
  let cms: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    log('seeding a throwaway SQLite database (demo content)');
    const seeded = await seed(db);
    if (seeded.code !== 0) throw new Error(seeded.stderr);
    log(`adding ${ARTICLES.toLocaleString('en')} bulk articles (npm run seed:bulk -w cms)`);
    const t0 = Date.now();
    const bulk = await seedBulk(db, ARTICLES);
    if (bulk.code !== 0) throw new Error(bulk.stderr);
    const seedSeconds = Math.round((Date.now() - t0) / 1000);

    const secret = 'bench-secret';
    const webPort = await freePort();
    const webUrl = `http://127.0.0.1:${webPort}`;
    log(`starting the CMS (${START_PROFILE.NODE_ENV})`);
    // The embedded search index is built on first search, not at boot: 100,000 articles would keep
    // the CPU busy while the sitemap is measured.
    cms = await startServer(
      db,
      { NODE_ENV: START_PROFILE.NODE_ENV, WEB_URL: webUrl, REVALIDATE_SECRET: secret, SEARCH_EMBEDDED_BUILD: 'lazy' },
      { startTimeoutMs: 300_000 },
    );
    const env = {
      ...process.env,
      CMS_URL: cms.url,
      SITE_URL: webUrl,
      REVALIDATE_SECRET: secret,
      NEXT_DIST_DIR: DIST,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production' as const,
    };
    log('building the web for production');
    fs.rmSync(path.join(WEB, DIST), { recursive: true, force: true });
    execFileSync(process.execPath, [NEXT_BIN, 'build'], { cwd: WEB, env, stdio: 'ignore' });
    const startNext = async () => {
      // An empty data cache: every CMS read is the first one.
      fs.rmSync(path.join(WEB, DIST, 'cache'), { recursive: true, force: true });
      // Ready once the two sitemap routes' code is loaded, without asking the CMS anything (unknown file name: 404).
      web.current = await startWeb(env, webPort, {
        readyPath: '/sitemaps/warm-up.xml',
        ready: (status) => status < 500,
        timeoutMs: 120_000,
      });
    };
    const stopNext = async () => {
      await web.current?.stop();
      web.current = null;
    };

    const rows = new Map<string, Row>();
    const roundLoads: number[][] = [];
    const cold = async (file: string) => {
      const res = await timed(`${webUrl}${file}`);
      if (res.status !== 200) throw new Error(`${file} answered ${res.status}`);
      const urls = (res.body.match(file === '/sitemap.xml' ? /<sitemap>/g : /<url>/g) ?? []).length;
      const row = rows.get(file) ?? {
        file,
        urls,
        bytes: Buffer.byteLength(res.body),
        coldRuns: [],
        coldMs: 0,
        worstColdMs: 0,
        warmMs: 0,
        afterPublishMs: 0,
      };
      row.coldRuns.push(res.ms);
      rows.set(file, row);
      return res.body;
    };
    for (let round = 1; round <= ROUNDS; round += 1) {
      log(`round ${round}/${ROUNDS}: fresh next start (:${webPort}), the index and every file it lists, cold`);
      await startNext();
      roundLoads.push(os.loadavg().map((l) => +l.toFixed(2)));
      const index = await cold('/sitemap.xml');
      for (const m of index.matchAll(/<loc>([^<]+)<\/loc>/g)) await cold(new URL(m[1]!).pathname);
      if (round < ROUNDS) await stopNext();
    }
    const table = [...rows.values()];
    for (const row of table) {
      row.coldMs = median(row.coldRuns);
      row.worstColdMs = Math.max(...row.coldRuns);
      row.warmMs = (await timed(`${webUrl}${row.file}`)).ms;
    }
    // What a publish does: the CMS revalidates the article tags; the next reader refreshes the entry.
    const revalidated = await fetch(`${webUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret },
      body: JSON.stringify({ tags: ['articles:vi', 'articles:en'] }),
    });
    if (!revalidated.ok) throw new Error(`revalidation answered ${revalidated.status}`);
    for (const row of table) row.afterPublishMs = (await timed(`${webUrl}${row.file}`)).ms;
    const files = table.slice(1);

    const maxCold = Math.max(...table.map((r) => r.coldMs));
    const worstRun = Math.max(...table.map((r) => r.worstColdMs));
    const result = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        node: process.version,
        load: os.loadavg().map((l) => +l.toFixed(2)),
        loadPerRound: roundLoads,
      },
      articles: ARTICLES,
      bulkSeedSeconds: seedSeconds,
      rounds: ROUNDS,
      target: {
        coldMsPerFile: TARGET_MS,
        metByMedian: maxCold <= TARGET_MS,
        worstMedianRatio: +(maxCold / TARGET_MS).toFixed(3),
        worstSingleRunMs: +worstRun.toFixed(1),
      },
      totals: { files: files.length, urls: files.reduce((n, r) => n + r.urls, 0), maxFileBytes: Math.max(...files.map((r) => r.bytes)) },
      files: table.map((r) => ({
        ...r,
        coldRuns: r.coldRuns.map((v) => +v.toFixed(1)),
        coldMs: +r.coldMs.toFixed(1),
        worstColdMs: +r.worstColdMs.toFixed(1),
        warmMs: +r.warmMs.toFixed(1),
        afterPublishMs: +r.afterPublishMs.toFixed(1),
        ratio: +(r.coldMs / TARGET_MS).toFixed(3),
      })),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const out = path.join(ROOT, 'bench', 'results', 'sitemap-bench.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    fs.writeFileSync(
      out.replace(/\.json$/, '.svg'),
      barChart({
        title: `Sitemap files at ${ARTICLES.toLocaleString('en')} articles: cold time (median of ${ROUNDS} fresh starts)`,
        subtitle: `${result.date.slice(0, 16)}Z, ${result.machine.cpus} cores; 1-min load average per round: ${roundLoads.map((l) => l[0]).join(', ')}`,
        rows: result.files.map((r) => r.file),
        panels: [
          { title: 'cold median', series: [{ name: 'cold median', color: '#2a6', values: result.files.map((r) => r.coldMs) }] },
          { title: 'worst cold run', series: [{ name: 'worst cold run', color: '#b73', values: result.files.map((r) => r.worstColdMs) }] },
        ],
        unit: ' ms',
        target: { value: TARGET_MS, label: `${TARGET_MS} ms target` },
        sharedScale: true,
      }),
    );
    const pad = (v: string | number, n: number) => String(v).padStart(n);
    process.stdout.write(
      [
        '',
        `${'file'.padEnd(34)} ${pad('URLs', 6)} ${pad('bytes', 9)} ${pad('cold ms', 8)} ${pad('worst', 7)} ${pad('warm ms', 8)} ${pad('publish ms', 10)} ${pad('× 200 ms', 9)}`,
        ...result.files.map(
          (r) =>
            `${r.file.padEnd(34)} ${pad(r.urls, 6)} ${pad(r.bytes, 9)} ${pad(r.coldMs.toFixed(1), 8)} ${pad(r.worstColdMs.toFixed(1), 7)} ${pad(r.warmMs.toFixed(1), 8)} ${pad(r.afterPublishMs.toFixed(1), 10)} ${pad(r.ratio.toFixed(3), 9)}`,
        ),
        '',
        `${ARTICLES.toLocaleString('en')} articles (bulk seed ${seedSeconds} s): ${result.totals.files} files, ${result.totals.urls} URLs, largest file ${result.totals.maxFileBytes} B`,
        `cold = median of ${ROUNDS} fresh starts; load average ${result.machine.load.join(' ')} on ${result.machine.cpus} CPUs (1/5/15 min at each round: ${roundLoads.map((l) => l.join('/')).join(', ')})`,
        `target every file ≤ ${TARGET_MS} ms cold: ${result.target.metByMedian ? 'met' : 'NOT met'} (worst median ${maxCold.toFixed(1)} ms = ${result.target.worstMedianRatio}× target; worst single run ${worstRun.toFixed(1)} ms)`,
        `written to ${path.relative(ROOT, out)} and ${path.relative(ROOT, out.replace(/\.json$/, '.svg'))}`,
        '',
      ].join('\n'),
    );
  } finally {
    await web.current?.stop();
    await cms?.stop();
    await db.drop();
    fs.rmSync(path.join(WEB, DIST), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
