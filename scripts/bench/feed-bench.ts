/**
 * npm run bench:feed — the partner feed's figures, in one run on a throwaway SQLite database:
 *   1. req/s for the same data (latest 5 vi articles with cover, category and unit) as
 *      a. a warm persisted GET (/api/partner-feed/operations/latest-news),
 *      b. the same operation as an ad-hoc POST /graphql,
 *      c. Strapi REST (/api/articles with the same fields and populates),
 *      with wrk pinned to core 0 and the CMS to core 1;
 *   2. SQL statements per request for page sizes 5 and 50 (equal counts: no N+1), from the
 *      X-SQL-Statements header the plugin adds when FEED_COUNT_SQL=true;
 *   3. how long after a publish the persisted GET shows the new article (the server cache is cleared
 *      on publish; HTTP caches may add at most max-age + stale-while-revalidate).
 * Figures go to bench/results/feed-bench.json. Needs Debian's wrk (apt-get install wrk).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EDITOR, adminToken, client, createDatabase, seed, startServer } from '../../cms/tests/helpers/portal';

const ROOT = path.resolve(__dirname, '..', '..');
const DURATION = process.env.BENCH_DURATION ?? '10s';
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '32';
const CM = '/content-manager/collection-types/api::article.article';
const log = (m: string) => process.stdout.write(`▶ ${m}\n`);

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

function wrk(url: string, script?: string) {
  const args = ['-c', '0', 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${DURATION}`, ...(script ? ['-s', script] : []), url];
  const out = execFileSync('taskset', args, { encoding: 'utf8' });
  return {
    requestsPerSec: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0),
  };
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
    log('seeding a throwaway database (demo + 100 synthetic articles)');
    const seeded = await seed(db, '--articles', '100');
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

    const lua = path.join(tmp, 'post.lua');
    fs.writeFileSync(
      lua,
      `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = ${JSON.stringify(adhocBody(5))}\n`,
    );
    const runs = {
      persistedGet: wrk(cms.url + persistedPath(5)),
      adhocPost: wrk(`${cms.url}/graphql`, lua),
      strapiRest: wrk(cms.url + restPath(5)),
    };
    result.requestsPerSec = runs;
    const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
    result.ratios = {
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
