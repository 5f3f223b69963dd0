/**
 * npm run bench:search — the embedded search engine over a large news archive.
 *
 * Seeds a throwaway SQLite database with the demo plus BENCH_ARTICLES (default 10,000) synthetic
 * published articles (`npm run seed -- --articles N`), then in one Strapi process (cms/scripts/search.ts
 * bench): the full embedded reindex time and the latency of 2,000 in-process searches (20 queries
 * without diacritics, with diacritics and with typos; relevance and date sort; pages 1–3). Then, on a
 * started CMS, the same queries over HTTP (GET /api/search). Figures go to bench/results/search-bench.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { baseEnv, client, createDatabase, run, startServer } from '../../cms/tests/helpers/portal';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = require.resolve('tsx/cli', { paths: [path.join(ROOT, 'cms')] });
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const HTTP_REQUESTS = Number(process.env.BENCH_HTTP_REQUESTS ?? 500);
const TARGET_P95_MS = 10;

const log = (message: string) => process.stdout.write(`▶ ${message}\n`);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const db = await createDatabase('sqlite');
  try {
    log(`seeding the demo + ${ARTICLES} synthetic articles (SQLite)`);
    const seedStarted = Date.now();
    const seeded = await run([TSX, 'scripts/seed.ts', '--articles', String(ARTICLES)], baseEnv(db), 3_600_000);
    if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stderr}`);
    log(`seeded in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`);

    log('embedded engine in-process: full reindex, then 2000 searches');
    const benched = await run([TSX, 'scripts/search.ts', 'bench', '--queries', '2000'], baseEnv(db), 600_000);
    if (benched.code !== 0) throw new Error(`bench failed:\n${benched.stderr}`);
    const inProcess = JSON.parse(
      benched.stdout
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .pop()!,
    );

    log(`the same queries over HTTP (${HTTP_REQUESTS} sequential GET /api/search on a started CMS)`);
    const server = await startServer(db, { LOG_LEVEL: 'error' });
    const http: number[] = [];
    try {
      const api = client(server.url);
      const queries = [
        'cai cach hanh chinh',
        'thu tuc',
        'giao thong nong thon',
        'chuyen doi so',
        'dat dai',
        'giao thonh',
        'Cải cách',
        'thach kenh',
      ];
      await api.get('/api/search?q=warm&locale=vi'); // waits for the boot build
      for (let i = 0; i < HTTP_REQUESTS; i += 1) {
        const q = encodeURIComponent(queries[i % queries.length]!);
        const t = process.hrtime.bigint();
        const res = await api.get(`/api/search?q=${q}&locale=vi&page=${1 + (i % 3)}`);
        http.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (res.status !== 200) throw new Error(`search answered ${res.status}: ${res.text}`);
      }
    } finally {
      await server.stop();
    }
    http.sort((a, b) => a - b);

    const results = {
      date: new Date().toISOString(),
      articles: ARTICLES,
      indexedEntries: inProcess.entries,
      reindexSeconds: round(inProcess.buildMs / 1000),
      reindexPerThousandMs: round(inProcess.buildMs / (inProcess.entries / 1000)),
      inProcess: {
        queries: inProcess.queries,
        p50ms: round(inProcess.p50ms),
        p95ms: round(inProcess.p95ms),
        p99ms: round(inProcess.p99ms),
        maxMs: round(inProcess.maxMs),
        meanHits: Math.round(inProcess.meanHits),
      },
      http: { requests: HTTP_REQUESTS, p50ms: round(pct(http, 50)), p95ms: round(pct(http, 95)), p99ms: round(pct(http, 99)) },
      targetP95ms: TARGET_P95_MS,
      p95VersusTarget: round(inProcess.p95ms / TARGET_P95_MS),
      rssMbAfterBuild: Math.round(inProcess.rssMb),
    };
    const file = path.join(ROOT, 'bench', 'results', 'search-bench.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`
Embedded search over ${results.indexedEntries} indexed entries (${ARTICLES} synthetic articles + the demo articles and official documents, vi + en)
  full reindex            ${results.reindexSeconds} s  (${results.reindexPerThousandMs} ms per 1,000 entries)
  in-process search       p50 ${results.inProcess.p50ms} ms   p95 ${results.inProcess.p95ms} ms   p99 ${results.inProcess.p99ms} ms   (${results.inProcess.queries} queries, ~${results.inProcess.meanHits} hits each)
  p95 / 10 ms target      ${results.p95VersusTarget}×
  over HTTP (/api/search) p50 ${results.http.p50ms} ms   p95 ${results.http.p95ms} ms   p99 ${results.http.p99ms} ms
  process RSS after build ${results.rssMbAfterBuild} MB
Results: ${path.relative(ROOT, file)}
`);
  } finally {
    await db.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
