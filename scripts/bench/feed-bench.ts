/**
 * npm run bench:feed — the partner feed's figures, in one run on a throwaway SQLite database:
 *   0. cache speed (issue 17): the warm persisted GET (answered by the fast path before Koa) against a
 *      bare Node `http` server answering the same bytes and headers, side by side, alternating rounds,
 *      wrk -t2 -c50 --latency pinned to core 0, each server to core 1: req/s, p50/p99, the ratio, the
 *      load average; a chart in bench/results/feed-cache-speed.svg;
 *   1. req/s for the same data (latest 5 vi articles with cover, category and unit) as
 *      a. a warm persisted GET (/api/partner-feed/operations/latest-news), on the fast path,
 *      a'. the same GET through Strapi's Koa stack (a Cookie header keeps it off the fast path),
 *      b. the same operation as an ad-hoc POST /graphql,
 *      c. Strapi REST (/api/articles with the same fields and populates),
 *      with wrk pinned to core 0 and the CMS to core 1;
 *   2. SQL statements per request for page sizes 5 and 50 (equal counts: no N+1), from the
 *      X-SQL-Statements header the plugin adds when FEED_COUNT_SQL=true;
 *   3. how long after a publish the persisted GET shows the new article (the server cache is cleared
 *      on publish; HTTP caches may add at most max-age + stale-while-revalidate).
 * Figures go to bench/results/feed-bench.json. Needs Debian's wrk (apt-get install wrk).
 * BENCH_ONLY=speed: section 0 alone (figures printed, no files written).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EDITOR, adminToken, client, createDatabase, seed, startServer } from '../../cms/tests/helpers/portal';

const ROOT = path.resolve(__dirname, '..', '..');
const DURATION = process.env.BENCH_DURATION ?? '10s';
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '32';
const CM = '/content-manager/collection-types/api::article.article';
const log = (m: string) => process.stdout.write(`▶ ${m}\n`);
const SPEED_ONLY = process.env.BENCH_ONLY === 'speed';

const LATEST = `query LatestNews($locale: I18NLocaleCode!, $filters: ArticleFiltersInput, $limit: Int!) {
  articles(locale: $locale, filters: $filters, sort: ["publicationDate:desc", "documentId:asc"], pagination: { pageSize: $limit }) {
    documentId slug title summary publicationDate locale featured
    cover { url alternativeText width height }
    category { slug name }
    sourceUnit { name }
  }
}`;

const persistedPath = (limit: number) => `/api/partner-feed/operations/latest-news?locale=vi&limit=${limit}`;
const adhocBody = (limit: number) => JSON.stringify({ query: LATEST, variables: { locale: 'vi', limit, filters: {} } });
const restPath = (limit: number) =>
  `/api/articles?locale=vi&sort[0]=publicationDate:desc&sort[1]=documentId:asc&pagination[pageSize]=${limit}` +
  '&fields[0]=documentId&fields[1]=slug&fields[2]=title&fields[3]=summary&fields[4]=publicationDate&fields[5]=locale&fields[6]=featured' +
  '&populate[cover][fields][0]=url&populate[cover][fields][1]=alternativeText&populate[cover][fields][2]=width&populate[cover][fields][3]=height' +
  '&populate[category][fields][0]=slug&populate[category][fields][1]=name&populate[sourceUnit][fields][0]=name';

function need(tool: string) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    process.stderr.write(`${tool} is missing: apt-get install -y wrk\n`);
    process.exit(1);
  }
}

function wrk(url: string, script?: string, extra: string[] = []) {
  const args = ['-c', '0', 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${DURATION}`, ...extra, ...(script ? ['-s', script] : []), url];
  const out = execFileSync('taskset', args, { encoding: 'utf8' });
  return {
    requestsPerSec: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
  };
}

/** wrk's latency figure (`812.00us`, `1.20ms`, `1.01s`) in milliseconds. */
const ms = (figure: string | undefined) => {
  const m = /^([\d.]+)(us|ms|s)$/.exec(figure ?? '');
  if (!m) return NaN;
  const factor = { us: 0.001, ms: 1, s: 1000 }[m[2] as 'us' | 'ms' | 's'];
  return Math.round(Number(m[1]) * factor * 1000) / 1000;
};

/** The issue's measure: wrk -t2 -c50 -d10s --latency (BENCH_SPEED_* to change), pinned to core 0. */
function wrkLatency(url: string) {
  const threads = process.env.BENCH_SPEED_THREADS ?? '2';
  const connections = process.env.BENCH_SPEED_CONNECTIONS ?? '50';
  const out = execFileSync('taskset', ['-c', '0', 'wrk', `-t${threads}`, `-c${connections}`, `-d${DURATION}`, '--latency', url], {
    encoding: 'utf8',
  });
  return {
    requestsPerSec: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])),
    p50ms: ms(/^\s+50%\s+(\S+)/m.exec(out)?.[1]),
    p99ms: ms(/^\s+99%\s+(\S+)/m.exec(out)?.[1]),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
    errors: /Socket errors:.*/.exec(out)?.[0] ?? null,
  };
}

const BARE_SERVER = `import http from 'node:http';
import fs from 'node:fs';
const { headers, body } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const bytes = Buffer.from(body);
const server = http.createServer((req, res) => {
  res.writeHead(200, { ...headers, 'Content-Length': bytes.length });
  res.end(bytes);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

/** A bare Node http server answering `body` with `headers`, pinned to core 1; resolves with its URL. */
async function startBare(dir: string, headers: Record<string, string>, body: string): Promise<{ url: string; child: ChildProcess }> {
  fs.writeFileSync(path.join(dir, 'bare.mjs'), BARE_SERVER);
  fs.writeFileSync(path.join(dir, 'answer.json'), JSON.stringify({ headers, body }));
  const child = spawn('taskset', ['-c', '1', process.execPath, path.join(dir, 'bare.mjs'), path.join(dir, 'answer.json')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()));
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

type SpeedRun = ReturnType<typeof wrkLatency>;

/** A bar chart of the rounds (bare vs feed req/s), with the ratio of each round. */
function chart(rounds: Array<{ bare: SpeedRun; feed: SpeedRun; ratio: number }>, koa: number, loadAvg: number[]): string {
  const bars = rounds.flatMap((r, i) => [
    { label: `bare Node #${i + 1}`, value: r.bare.requestsPerSec, color: '#7a869a' },
    { label: `feed fast path #${i + 1}`, value: r.feed.requestsPerSec, color: '#1f6feb', note: `${r.ratio}×` },
  ]);
  bars.push({ label: 'feed via Koa (-t1 -c32)', value: koa, color: '#d97706' });
  const max = Math.max(...bars.map((b) => b.value), 1);
  const width = 640;
  const row = 34;
  const left = 170;
  const height = 70 + bars.length * row;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = bars
    .map((b, i) => {
      const y = 50 + i * row;
      const w = Math.max(1, Math.round(((width - left - 110) * b.value) / max));
      return (
        `<text x="${left - 8}" y="${y + 17}" text-anchor="end">${esc(b.label)}</text>` +
        `<rect x="${left}" y="${y}" width="${w}" height="24" fill="${b.color}"/>` +
        `<text x="${left + w + 6}" y="${y + 17}">${b.value.toLocaleString('en')} req/s${'note' in b && b.note ? ` (${b.note})` : ''}</text>`
      );
    })
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="13">
  <text x="10" y="22" font-size="15" font-weight="bold">Partner feed warm persisted GET vs bare Node (same bytes)</text>
  <text x="10" y="40" fill="#555">wrk -t2 -c50 -d${esc(DURATION)}, load average ${loadAvg.map((l) => l.toFixed(2)).join(' / ')}</text>
  ${rows}
</svg>
`;
}

function pidOnPort(port: string): string {
  const out = execFileSync('ss', ['-ltnp', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`no process on :${port}`);
  return pid;
}

async function main() {
  for (const tool of ['wrk', 'taskset', 'ss']) need(tool);
  const db = await createDatabase('sqlite');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'feed-bench-'));
  let cms: Awaited<ReturnType<typeof startServer>> | null = null;
  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    duration: DURATION,
    connections: Number(CONNECTIONS),
  };
  try {
    // BENCH_ARTICLES=0: the demo seed alone (a loaded machine may not seed 100 more within the helper's timeout).
    const articles = process.env.BENCH_ARTICLES ?? '100';
    result.syntheticArticles = Number(articles);
    log(`seeding a throwaway database (demo + ${articles} synthetic articles)`);
    const seeded = await seed(db, ...(articles === '0' ? [] : ['--articles', articles]));
    if (seeded.code !== 0) throw new Error(seeded.stderr);
    cms = await startServer(db, { NODE_ENV: 'production', FEED_COUNT_SQL: 'true', FEED_RATE_ANONYMOUS_POINTS: '1000000000' });
    const port = new URL(cms.url).port;
    execFileSync('taskset', ['-acp', '1', pidOnPort(port)], { stdio: 'ignore' });
    const api = client(cms.url);

    log('SQL statements per request (cold), page sizes 5 and 50');
    const sql: Record<string, Record<string, number>> = { persisted: {}, adhoc: {}, rest: {} };
    for (const limit of [5, 50]) {
      const persisted = await api.get(persistedPath(limit));
      const adhoc = await api.request('POST', '/graphql', JSON.parse(adhocBody(limit)));
      const rest = await api.get(restPath(limit));
      for (const [name, res] of [
        ['persisted', persisted],
        ['adhoc', adhoc],
        ['rest', rest],
      ] as const) {
        if (res.status !== 200) throw new Error(`${name} ${limit}: ${res.status} ${res.text.slice(0, 200)}`);
        sql[name]![`pageSize${limit}`] = Number(res.headers.get('x-sql-statements'));
      }
      const cached = await api.get(persistedPath(limit));
      sql.persisted![`pageSize${limit}Warm`] = Number(cached.headers.get('x-sql-statements'));
    }
    result.sqlStatements = sql;
    log(`  ${JSON.stringify(sql)}`);

    let speed: { rounds: Parameters<typeof chart>[0]; loadAfter: number[] } | null = null;
    log('cache speed: warm persisted GET (fast path) vs a bare Node server answering the same bytes');
    await api.get(persistedPath(5));
    const sample = await fetch(cms.url + persistedPath(5));
    const sampleBody = await sample.text();
    if (sample.headers.get('x-feed-cache') !== 'fast')
      throw new Error(`the warm GET was not on the fast path: ${sample.headers.get('x-feed-cache')}`);
    const replayed: Record<string, string> = {};
    sample.headers.forEach((value, name) => {
      if (!/^(date|connection|keep-alive|transfer-encoding|content-length)$/.test(name)) replayed[name] = value;
    });
    const bare = await startBare(tmp, replayed, sampleBody);
    try {
      const check = await fetch(bare.url);
      if ((await check.text()) !== sampleBody) throw new Error('the bare server does not answer the same bytes');
      const loadBefore = os.loadavg();
      const rounds: Array<{ bare: SpeedRun; feed: SpeedRun; ratio: number }> = [];
      for (let round = 0; round < Number(process.env.BENCH_SPEED_ROUNDS ?? 2); round += 1) {
        const b = wrkLatency(bare.url);
        const f = wrkLatency(cms.url + persistedPath(5));
        const r = Math.round((f.requestsPerSec / b.requestsPerSec) * 1000) / 1000;
        rounds.push({ bare: b, feed: f, ratio: r });
        log(`  round ${round + 1}: bare ${b.requestsPerSec} req/s (p50 ${b.p50ms} ms, p99 ${b.p99ms} ms)`);
        log(`           feed ${f.requestsPerSec} req/s (p50 ${f.p50ms} ms, p99 ${f.p99ms} ms, non-2xx ${f.non2xx}) → ${r}×`);
      }
      const loadAfter = os.loadavg();
      const sum = (pick: (r: (typeof rounds)[number]) => number) => rounds.reduce((t, r) => t + pick(r), 0);
      const ratio = Math.round((sum((r) => r.feed.requestsPerSec) / sum((r) => r.bare.requestsPerSec)) * 1000) / 1000;
      result.cacheSpeed = {
        command: `taskset -c 0 wrk -t${process.env.BENCH_SPEED_THREADS ?? '2'} -c${process.env.BENCH_SPEED_CONNECTIONS ?? '50'} -d${DURATION} --latency <url>`,
        url: persistedPath(5),
        bodyBytes: Buffer.byteLength(sampleBody),
        rounds,
        ratio,
        target: 0.5,
        loadAverage: { before: loadBefore, after: loadAfter },
      };
      log(
        `  feed / bare = ${ratio}× over ${rounds.length} rounds (target ≥ 0.5×); load average ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
      );
      result.cacheSpeedChart = 'bench/results/feed-cache-speed.svg';
      speed = { rounds, loadAfter };
    } finally {
      bare.child.kill('SIGTERM');
    }
    if (SPEED_ONLY) return;

    const lua = path.join(tmp, 'post.lua');
    fs.writeFileSync(
      lua,
      `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = ${JSON.stringify(adhocBody(5))}\n`,
    );
    const runs = {
      persistedGet: wrk(cms.url + persistedPath(5)),
      // A Cookie header keeps the same GET off the fast path: Strapi's full Koa stack, cache hit.
      persistedGetKoa: wrk(cms.url + persistedPath(5), undefined, ['-H', 'Cookie: bench=koa']),
      adhocPost: wrk(`${cms.url}/graphql`, lua),
      strapiRest: wrk(cms.url + restPath(5)),
    };
    result.requestsPerSec = runs;
    const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
    result.ratios = {
      fastPathVsKoa: ratio(runs.persistedGet.requestsPerSec, runs.persistedGetKoa.requestsPerSec),
      persistedVsRest: ratio(runs.persistedGet.requestsPerSec, runs.strapiRest.requestsPerSec),
      persistedVsAdhoc: ratio(runs.persistedGet.requestsPerSec, runs.adhocPost.requestsPerSec),
    };
    for (const [name, r] of Object.entries(runs)) log(`  ${name}: ${r.requestsPerSec} req/s (non-2xx ${r.non2xx})`);
    log(`  persisted GET = ${JSON.stringify(result.ratios)} × (REST, ad-hoc POST)`);

    log('freshness after a publish');
    let token = '';
    for (let attempt = 0; !token; attempt += 1) {
      // The first connections right after wrk may be reset while the server drains its sockets.
      token = await adminToken(cms.url, EDITOR).catch((error: Error & { cause?: Error }) => {
        if (attempt >= 5) throw error;
        log(`  retrying the editor login (${error.cause?.message ?? error.message})`);
        return new Promise<string>((r) => setTimeout(() => r(''), 1000));
      });
    }
    const editor = { authorization: `Bearer ${token}` };
    const slug = `bench-${Date.now()}`;
    const created = await api.request(
      'POST',
      `${CM}?locale=vi`,
      { title: 'Bench', slug, featured: false, publicationDate: new Date(Date.now() + 86_400_000).toISOString() },
      editor,
    );
    const publishedAt = Date.now();
    await api.request('POST', `${CM}/${created.json.data.documentId}/actions/publish?locale=vi`, {}, editor);
    let freshMs = -1;
    for (let i = 0; i < 200; i += 1) {
      const res = await api.get(persistedPath(5));
      if (res.json?.data?.articles?.[0]?.slug === slug) {
        freshMs = Date.now() - publishedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    result.freshAfterPublishMs = freshMs;
    log(`  the persisted GET showed the new article ${freshMs} ms after the publish call started`);

    if (speed)
      fs.writeFileSync(
        path.join(ROOT, 'bench', 'results', 'feed-cache-speed.svg'),
        chart(speed.rounds, runs.persistedGetKoa.requestsPerSec, speed.loadAfter),
      );
    const out = path.join(ROOT, 'bench', 'results', 'feed-bench.json');
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    log(`figures written to ${path.relative(ROOT, out)}`);
  } catch (error) {
    if (cms) process.stderr.write(`CMS log (tail):\n${cms.logs().split('\n').slice(-40).join('\n')}\n`);
    throw error;
  } finally {
    await cms?.stop();
    await db.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
