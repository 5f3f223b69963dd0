/**
 * The visit counter as a browser's beacon, a crawler and a reader of the statistics see it, on a real
 * Strapi: SQLite in `npm test`; PostgreSQL in database mode and in Redis mode in `npm run test:postgres`.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { EDITOR, AUTHOR, adminToken, allTableText, client, createDatabase, redisEnv, redisMode, seed, startServer, type Database, type Server } from '../helpers/portal';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const OTHER_BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const HIT = '/api/visit-counter/hit';
const STARTING_TOTAL = 137_814;
const ONLINE_WINDOW_SECONDS = 3;

/** Counter settings for every server here: short windows so decay can be observed, 1 s stats cache. */
const COUNTER_ENV = {
  VISIT_COUNTER_STARTING_TOTAL: String(STARTING_TOTAL),
  VISIT_COUNTER_ONLINE_WINDOW_SECONDS: String(ONLINE_WINDOW_SECONDS),
  VISIT_COUNTER_CACHE_SECONDS: '1',
  VISIT_COUNTER_FLUSH_MS: '500',
  // As behind one reverse proxy: the last X-Forwarded-For entry is the client.
  VISIT_COUNTER_PROXY_HOPS: '1',
};
const DATABASE_MODE = { ...COUNTER_ENV, REDIS_URL: '' };

interface Fired {
  acknowledged: number;
  statuses: Map<number | string, number>;
}

/** Send `count` beacons with `concurrency` in flight; stops early when `stop()` returns true. */
async function fire(
  url: string,
  count: number,
  { concurrency = 64, headers = {}, body = '', stop }: { concurrency?: number; headers?: Record<string, string>; body?: string; stop?: () => boolean } = {},
): Promise<Fired> {
  const target = new URL(HIT, url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses = new Map<number | string, number>();
  let next = 0;
  let acknowledged = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'user-agent': BROWSER, 'content-type': 'text/plain', ...headers } },
        (res) => {
          res.resume();
          res.on('end', () => {
            statuses.set(res.statusCode!, (statuses.get(res.statusCode!) ?? 0) + 1);
            if (res.statusCode === 204) acknowledged++;
            resolve();
          });
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => {
        statuses.set(e.code ?? 'error', (statuses.get(e.code ?? 'error') ?? 0) + 1);
        resolve();
      });
      req.end(body);
    });
  const worker = async () => {
    while (next < count && !stop?.()) {
      next++;
      await one();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { acknowledged, statuses };
}

const beacon = (url: string, { ua = BROWSER, forwardedFor, body = '', method = 'POST' }: { ua?: string; forwardedFor?: string; body?: string; method?: string } = {}) =>
  fetch(url + HIT, {
    method,
    headers: { 'content-type': 'text/plain', ...(ua ? { 'user-agent': ua } : {}), ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: method === 'POST' ? body : undefined,
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stats(url: string) {
  await sleep(1100); // past the 1 s cache
  const res = await client(url).get('/api/visit-counter/stats');
  assert.equal(res.status, 200, res.text);
  return res.json.data as { total: number; today: { date: string; hits: number; visitors: number }; online: number };
}

async function articleViews(url: string, documentId: string): Promise<number> {
  await sleep(1100);
  const res = await client(url).get(`/api/visit-counter/articles/${documentId}`);
  assert.equal(res.status, 200, res.text);
  return res.json.data.views as number;
}

let db: Database;
let server: Server;
let articleId: string;

before(async () => {
  db = await createDatabase();
  const seeded = await seed(db);
  assert.equal(seeded.code, 0, `seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  server = await startServer(db, DATABASE_MODE);
  const list = await client(server.url).get('/api/articles?locale=vi&pagination[pageSize]=1');
  articleId = list.json.data[0].documentId;
});

after(async () => {
  await server?.stop();
  await db?.drop();
});

describe(`visit counter, database mode (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  test('the statistics continue from the starting total', async () => {
    const s = await stats(server.url);
    assert.equal(s.total, STARTING_TOTAL);
    assert.equal(s.today.hits, 0);
    assert.match(s.today.date, /^\d{4}-\d{2}-\d{2}$/);
  });

  test('2,000 concurrent hits are counted exactly', async () => {
    const before = await stats(server.url);
    const fired = await fire(server.url, 2000, { concurrency: 100 });
    assert.equal(fired.acknowledged, 2000, JSON.stringify([...fired.statuses]));
    const after = await stats(server.url);
    assert.equal(after.total - before.total, 2000);
    assert.equal(after.today.hits - before.today.hits, 2000);
  });

  test('crawlers and clients without a user agent are answered but not counted', async () => {
    const before = await stats(server.url);
    for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Mozilla/5.0 (compatible; bingbot/2.0)', 'curl/8.5.0', 'python-requests/2.31', '']) {
      const res = await beacon(server.url, { ua });
      assert.equal(res.status, 204, ua);
    }
    const after = await stats(server.url);
    assert.equal(after.total, before.total);
  });

  test('a reload storm adds one view to the article (per 30 minutes) while the site counts every page view', async () => {
    const beforeSite = await stats(server.url);
    const beforeViews = await articleViews(server.url, articleId);
    const body = JSON.stringify({ a: articleId });
    const storm = await fire(server.url, 50, { concurrency: 10, body, headers: { 'x-forwarded-for': '198.51.100.20' } });
    assert.equal(storm.acknowledged, 50);
    assert.equal(await articleViews(server.url, articleId), beforeViews + 1);
    // Another visitor (another browser) is another view.
    await beacon(server.url, { ua: OTHER_BROWSER, forwardedFor: '198.51.100.20', body });
    assert.equal(await articleViews(server.url, articleId), beforeViews + 2);
    const afterSite = await stats(server.url);
    assert.equal(afterSite.total - beforeSite.total, 51);
  });

  test('an id that is not a published article gets no view counter', async () => {
    const res = await beacon(server.url, { body: JSON.stringify({ a: 'zzzzzzzzzzzzzzzzzzzzzzzz' }) });
    assert.equal(res.status, 204);
    assert.equal(await articleViews(server.url, 'zzzzzzzzzzzzzzzzzzzzzzzz'), 0);
    assert.doesNotMatch(await allTableText(db), /zzzzzzzzzzzzzzzzzzzzzzzz/);
  });

  test('"online" counts distinct visitors and decays after the window', async () => {
    await sleep(ONLINE_WINDOW_SECONDS * 1000 + 200);
    assert.equal((await stats(server.url)).online, 0);
    await beacon(server.url, { forwardedFor: '198.51.100.31' });
    await beacon(server.url, { forwardedFor: '198.51.100.31' });
    await beacon(server.url, { forwardedFor: '198.51.100.32' });
    assert.equal((await stats(server.url)).online, 2);
    await sleep(ONLINE_WINDOW_SECONDS * 1000);
    assert.equal((await stats(server.url)).online, 0);
  });

  test('a forged X-Forwarded-For does not make a new visitor: only the entry the trusted proxy added counts', async () => {
    const before = await stats(server.url);
    for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
      await beacon(server.url, { ua: 'Mozilla/5.0 (forged-visitor-test) Firefox/128.0', forwardedFor: `${forged}, 198.51.100.40` });
    }
    const after = await stats(server.url);
    assert.equal(after.today.visitors - before.today.visitors, 1);
  });

  test('no IP address or user agent is stored in any table or shown in any response', async () => {
    const ip = '203.0.113.77';
    const ua = 'Mozilla/5.0 (privacy-check-agent) Firefox/128.0';
    assert.equal((await beacon(server.url, { ua, forwardedFor: ip, body: JSON.stringify({ a: articleId }) })).status, 204);
    const s = await stats(server.url);
    const everything = await allTableText(db);
    assert.doesNotMatch(everything, /203\.0\.113\.77/);
    assert.doesNotMatch(everything, /privacy-check-agent/);
    assert.doesNotMatch(server.logs(), /203\.0\.113\.77/);
    assert.deepEqual(Object.keys(s).sort(), ['onlineWindowMinutes', 'online', 'today', 'total', 'updatedAt'].sort());
  });

  test('bad requests get a 4xx: wrong method, malformed body, oversized body, bad article id', async () => {
    assert.equal((await beacon(server.url, { method: 'GET' })).status, 405);
    assert.equal((await beacon(server.url, { body: '{not json' })).status, 400);
    assert.equal((await beacon(server.url, { body: JSON.stringify({ a: 'x'.repeat(5000) }) })).status, 413);
    const bad = await client(server.url).get('/api/visit-counter/articles/..%2F..%2Fetc');
    assert.ok(bad.status === 400 || bad.status === 404, String(bad.status));
    const badVi = await client(server.url).get('/api/visit-counter/articles/NOT-AN-ID');
    assert.equal(badVi.status, 400);
    assert.match(badVi.json.error.message, /không hợp lệ/);
  });

  test('GraphQL: visitStats and articleViews, public and read-only', async () => {
    const res = await client(server.url).graphql(
      `query($ids: [ID!]!) { visitStats { total todayHits todayVisitors online onlineWindowMinutes date } articleViews(documentIds: $ids) { documentId views } }`,
      { ids: [articleId] },
    );
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.errors, undefined, res.text);
    assert.ok(res.json.data.visitStats.total > STARTING_TOTAL);
    assert.equal(res.json.data.visitStats.onlineWindowMinutes, 0); // 3 s rounds to 0 minutes
    assert.ok(res.json.data.articleViews[0].views >= 2);
  });

  test('editors see the statistics page data; authors do not; only the super admin changes the starting total', async () => {
    const editor = await adminToken(server.url, EDITOR);
    const overview = await client(server.url).get('/visit-counter/overview?days=30', { authorization: `Bearer ${editor}` });
    assert.equal(overview.status, 200, overview.text);
    assert.equal(overview.json.data.days.length, 30);
    const today = overview.json.data.days.at(-1);
    assert.ok(today.hits > 2000 && today.visitors >= 3, JSON.stringify(today));
    assert.equal(overview.json.data.topArticles[0].documentId, articleId);
    assert.ok(overview.json.data.topArticles[0].title);
    const author = await adminToken(server.url, AUTHOR);
    assert.equal((await client(server.url).get('/visit-counter/overview', { authorization: `Bearer ${author}` })).status, 403);
    const change = await client(server.url).request('PUT', '/visit-counter/settings', { startingTotal: 5 }, { authorization: `Bearer ${editor}` });
    assert.equal(change.status, 403);
  });

  test('a restart during load loses no acknowledged hit', async () => {
    const before = (await stats(server.url)).total;
    let stopping = false;
    const load = fire(server.url, 1_000_000, { concurrency: 50, stop: () => stopping });
    await sleep(1500);
    await server.stop();
    stopping = true;
    const fired = await load;
    assert.ok(fired.acknowledged > 100, `too few hits acknowledged: ${JSON.stringify([...fired.statuses])}`);
    server = await startServer(db, DATABASE_MODE);
    const after = (await stats(server.url)).total;
    // Every acknowledged hit is there; at most the requests cut off in flight were counted unanswered.
    assert.ok(after - before >= fired.acknowledged, `acknowledged ${fired.acknowledged}, counted ${after - before}`);
    assert.ok(after - before <= fired.acknowledged + 50, `acknowledged ${fired.acknowledged}, counted ${after - before}`);
  });
});

describe('visit counter, Redis mode', { skip: !redisMode() && 'Redis mode runs in `npm run test:postgres`' }, () => {
  let redisServer: Server;
  const env = { ...COUNTER_ENV, ...redisEnv() };

  before(async () => {
    redisServer = await startServer(db, env);
  });
  after(async () => {
    await redisServer?.stop();
  });

  test('2,000 concurrent hits are counted exactly and reach the database on shutdown', async () => {
    const before = await stats(redisServer.url);
    const fired = await fire(redisServer.url, 2000, { concurrency: 100, body: JSON.stringify({ a: articleId }) });
    assert.equal(fired.acknowledged, 2000, JSON.stringify([...fired.statuses]));
    const after = await stats(redisServer.url);
    assert.equal(after.total - before.total, 2000);
    await redisServer.stop();
    redisServer = await startServer(db, env);
    assert.equal((await stats(redisServer.url)).total - before.total, 2000);
    const rows = await allTableText(db);
    const site = /visit_counter_totals: \[\{"name":"site","value":"?(\d+)/.exec(rows);
    assert.ok(site && Number(site[1]) - (before.total - STARTING_TOTAL) === 2000, 'the Redis deltas were flushed to the database');
  });

  test('online decays and crawlers are not counted in Redis mode too', async () => {
    await sleep(ONLINE_WINDOW_SECONDS * 1000 + 200);
    const before = await stats(redisServer.url);
    assert.equal(before.online, 0);
    await beacon(redisServer.url, { ua: 'Mozilla/5.0 (compatible; Googlebot/2.1)' });
    await beacon(redisServer.url, { forwardedFor: '198.51.100.77' });
    const during = await stats(redisServer.url);
    assert.equal(during.online, 1);
    assert.equal(during.total - before.total, 1);
    await sleep(ONLINE_WINDOW_SECONDS * 1000);
    assert.equal((await stats(redisServer.url)).online, 0);
  });
});
