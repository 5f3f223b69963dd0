/**
 * npm run search:reindex   rebuild the search index(es) from the database, with a progress bar
 * npm run search:check     compare published counts per type and locale with the index(es); resync drift
 *                          (`-- --dry-run` only reports)
 * npm run search:bench     (used by scripts/bench/search-bench.ts) embedded build time and query latency
 *
 * Loads the real Strapi app (same config and database as `strapi start`). With MEILISEARCH_HOST set the
 * Meilisearch indexes are rebuilt/checked; the embedded engine lives inside each running CMS and is
 * built there at boot, so here it is only built to verify (and time) what the server does — a running
 * server's embedded index is rebuilt by POST /search/reindex (super admin) or by its periodic drift check.
 */
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { withStrapi } from './with-strapi';

type Engine = { name: string };
type DriftRow = { type: string; locale: string; database: number; index: number; resynced: boolean };
interface Indexer {
  embedded: Engine;
  meili: Engine | null;
  rebuild(engine: Engine, onProgress?: (done: number, total: number) => void): Promise<number>;
  checkDrift(engine: Engine, resync?: boolean): Promise<DriftRow[]>;
  drainQueue(): Promise<{ done: number; failed: number }>;
  ensureEmbedded(): Promise<void>;
  queue: { pending(): Promise<number> };
}
interface Search {
  search(q: Record<string, unknown>): Promise<{ total: number }>;
}

const { positionals, values: args } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, queries: { type: 'string', default: '2000' } },
});
const command = positionals[0];
const out = (line: string) => process.stdout.write(`${line}\n`);

async function rebuildWithBar(indexer: Indexer, engine: Engine): Promise<void> {
  const bar = new SingleBar(
    {
      format: `${engine.name.padEnd(11)} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  const n = await indexer.rebuild(engine, (done, total) => {
    if (!begun) bar.start(total, 0);
    begun = true;
    bar.update(done);
  });
  bar.stop();
  out(`${engine.name}: ${n} entries indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function printDrift(engine: Engine, rows: DriftRow[]): void {
  out(`${engine.name}:`);
  for (const r of rows)
    out(
      `  ${r.type.padEnd(18)} ${r.locale.padEnd(4)} database ${String(r.database).padStart(6)}  index ${String(r.index).padStart(6)}  ${r.database === r.index ? 'ok' : r.resynced ? 'DRIFT → resynced' : 'DRIFT'}`,
    );
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function bench(indexer: Indexer, search: Search): Promise<void> {
  const started = process.hrtime.bigint();
  const entries = await indexer.rebuild(indexer.embedded);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  // Searches go through the service, which builds its own index once (as a server does at boot).
  await indexer.ensureEmbedded();
  const queries = [
    'cai cach hanh chinh',
    'thu tuc',
    'giao thong nong thon',
    'chuyen doi so',
    'dat dai',
    'ho so truc tuyen',
    'thach ha',
    'nong thon moi',
    'tap huan can bo',
    'tuyen truyen phap luat',
    'kiem tra',
    'doi thoai',
    'giao thonh',
    'phap luatt',
    'thach kenh',
    'Cải cách',
    'đất đai',
    'hoi nghi giao ban',
    'ket qua',
    'nguoi dan',
  ];
  const n = Number(args.queries);
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < n; i += 1) {
    const q = queries[i % queries.length]!;
    const sort = i % 4 === 0 ? 'date' : 'relevance';
    const t = process.hrtime.bigint();
    const res = await search.search({ query: q, locale: 'vi', types: ['article'], sort, page: 1 + (i % 3), pageSize: 10 });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    hits += res.total;
  }
  times.sort((a, b) => a - b);
  out(
    JSON.stringify({
      entries,
      buildMs,
      queries: n,
      p50ms: pct(times, 50),
      p95ms: pct(times, 95),
      p99ms: pct(times, 99),
      maxMs: times[times.length - 1],
      meanHits: hits / n,
      rssMb: process.memoryUsage().rss / 1048576,
    }),
  );
}

async function main(): Promise<void> {
  if (!['reindex', 'check', 'bench'].includes(command ?? '')) {
    process.stderr.write('usage: tsx scripts/search.ts reindex | check [--dry-run] | bench [--queries N]\n');
    process.exit(2);
  }
  // The embedded index is built on demand here, not at boot, and nothing pings the web.
  process.env.SEARCH_EMBEDDED_BUILD = 'lazy';
  process.env.SEARCH_DRIFT_CHECK_MINUTES = '0';
  await withStrapi(async (strapi) => {
    const indexer = strapi.plugin('search').service<Indexer>('indexer');
    const search = strapi.plugin('search').service<Search>('search');
    if (command === 'bench') return bench(indexer, search);
    const engines = [indexer.embedded, ...(indexer.meili ? [indexer.meili] : [])];
    if (!indexer.meili)
      out('MEILISEARCH_HOST is not set: only the embedded engine (which each running CMS builds at boot) is checked here.');
    if (command === 'reindex') {
      for (const engine of engines) await rebuildWithBar(indexer, engine);
      if (indexer.meili) out(`retry queue: ${await indexer.queue.pending()} pending update(s)`);
      return;
    }
    await indexer.rebuild(indexer.embedded);
    for (const engine of engines.slice(1)) printDrift(engine, await indexer.checkDrift(engine, !args['dry-run']));
    printDrift(indexer.embedded, await indexer.checkDrift(indexer.embedded, false));
    if (indexer.meili) {
      const pass = await indexer.drainQueue();
      out(`retry queue: ${pass.done} replayed, ${await indexer.queue.pending()} still pending`);
    }
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`search ${command} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
