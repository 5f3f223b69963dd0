/**
 * npm run bench:sitemap — the sitemap at scale (issue 15.7): every sitemap file fetched cold, at
 * 100,000 articles.
 *
 * One run: seed a throwaway SQLite database with the demo and SITEMAP_BENCH_ARTICLES (100,000) bulk
 * articles (`npm run seed:bulk -w cms`), start the CMS and the web in the production profile (`next
 * build`, `next start`), then fetch /sitemap.xml and every file it lists once, each the first request
 * for its data (nothing cached: the routes render per request from Next's tagged data cache, which
 * starts empty), then once more warm, and after revalidating the article tags as a publish does.
 * Prints file, URLs, bytes, cold / warm / after-publish ms and the ratio to the 200 ms target.
 * Figures go to bench/results/sitemap-bench.json.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { START_PROFILE, createDatabase, freePort, seed, seedBulk, startServer } from '../../cms/tests/helpers/portal';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'web');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const ARTICLES = Number(process.env.SITEMAP_BENCH_ARTICLES ?? 100_000);
const TARGET_MS = 200;
const DIST = '.next-bench-sitemap';

const log = (message: string) => process.stdout.write(`▶ ${message}\n`);

async function waitFor(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

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
  coldMs: number;
  warmMs: number;
  afterPublishMs: number;
}

async function main() {
  const started = Date.now();
  const db = await createDatabase('sqlite');
  const children: ChildProcess[] = [];
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
    cms = await startServer(db, { NODE_ENV: START_PROFILE.NODE_ENV, WEB_URL: webUrl, REVALIDATE_SECRET: secret, SEARCH_EMBEDDED_BUILD: 'lazy' }, { startTimeoutMs: 300_000 });
    const env = { ...process.env, CMS_URL: cms.url, SITE_URL: webUrl, REVALIDATE_SECRET: secret, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };
    log('building the web for production');
    fs.rmSync(path.join(WEB, DIST), { recursive: true, force: true });
    execFileSync(process.execPath, [NEXT_BIN, 'build'], { cwd: WEB, env, stdio: 'ignore' });
    log(`next start (:${webPort})`);
    children.push(spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(webPort), '-H', '127.0.0.1'], { cwd: WEB, env, stdio: 'ignore', detached: true }));
    // Loads the two sitemap routes' code without asking the CMS anything (unknown file name: 404).
    await waitFor(`${webUrl}/sitemaps/warm-up.xml`);

    log('fetching the index and every file it lists, cold');
    const index = await timed(`${webUrl}/sitemap.xml`);
    if (index.status !== 200) throw new Error(`/sitemap.xml answered ${index.status}`);
    const files = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const rows: Row[] = [{ file: '/sitemap.xml', urls: files.length, bytes: Buffer.byteLength(index.body), coldMs: index.ms, warmMs: 0, afterPublishMs: 0 }];
    for (const file of files) {
      const cold = await timed(`${webUrl}${file}`);
      if (cold.status !== 200) throw new Error(`${file} answered ${cold.status}`);
      rows.push({ file, urls: (cold.body.match(/<url>/g) ?? []).length, bytes: Buffer.byteLength(cold.body), coldMs: cold.ms, warmMs: 0, afterPublishMs: 0 });
    }
    for (const row of rows) row.warmMs = (await timed(`${webUrl}${row.file}`)).ms;
    // What a publish does: the CMS revalidates the article tags; the next reader refreshes the entry.
    const revalidated = await fetch(`${webUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': secret },
      body: JSON.stringify({ tags: ['articles:vi', 'articles:en'] }),
    });
    if (!revalidated.ok) throw new Error(`revalidation answered ${revalidated.status}`);
    for (const row of rows) row.afterPublishMs = (await timed(`${webUrl}${row.file}`)).ms;

    const maxCold = Math.max(...rows.map((r) => r.coldMs));
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, load: os.loadavg().map((l) => +l.toFixed(2)) },
      articles: ARTICLES,
      bulkSeedSeconds: seedSeconds,
      target: { coldMsPerFile: TARGET_MS, met: maxCold <= TARGET_MS, worstRatio: +(maxCold / TARGET_MS).toFixed(3) },
      totals: { files: files.length, urls: rows.slice(1).reduce((n, r) => n + r.urls, 0), maxFileBytes: Math.max(...rows.map((r) => r.bytes)) },
      files: rows.map((r) => ({ ...r, coldMs: +r.coldMs.toFixed(1), warmMs: +r.warmMs.toFixed(1), afterPublishMs: +r.afterPublishMs.toFixed(1), ratio: +(r.coldMs / TARGET_MS).toFixed(3) })),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const out = path.join(ROOT, 'bench', 'results', 'sitemap-bench.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    const pad = (v: string | number, n: number) => String(v).padStart(n);
    process.stdout.write(
      [
        '',
        `${'file'.padEnd(34)} ${pad('URLs', 6)} ${pad('bytes', 9)} ${pad('cold ms', 8)} ${pad('warm ms', 8)} ${pad('publish ms', 10)} ${pad('× 200 ms', 9)}`,
        ...result.files.map((r) => `${r.file.padEnd(34)} ${pad(r.urls, 6)} ${pad(r.bytes, 9)} ${pad(r.coldMs.toFixed(1), 8)} ${pad(r.warmMs.toFixed(1), 8)} ${pad(r.afterPublishMs.toFixed(1), 10)} ${pad(r.ratio.toFixed(3), 9)}`),
        '',
        `${ARTICLES.toLocaleString('en')} articles (bulk seed ${seedSeconds} s): ${result.totals.files} files, ${result.totals.urls} URLs, largest file ${result.totals.maxFileBytes} B`,
        `target every file ≤ ${TARGET_MS} ms cold: ${result.target.met ? 'met' : 'NOT met'} (worst ${maxCold.toFixed(1)} ms = ${result.target.worstRatio}× target)`,
        `written to ${path.relative(ROOT, out)}`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
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
