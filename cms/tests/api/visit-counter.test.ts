/**
 * The visit counter as a browser's beacon, a crawler and a reader of the statistics see it, on a real
 * Strapi: SQLite in `npm test`; PostgreSQL in database mode and in Redis mode in `npm run test:postgres`.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import {
  ADMIN,
  EDITOR,
  AUTHOR,
  adminToken,
  allTableText,
  client,
  createDatabase,
  redisEnv,
  redisMode,
  seed,
  startServer,
  type Database,
  type Server,
} from '../helpers/portal';

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
  {
    concurrency = 64,
    headers = {},
    body = '',
    stop,
    perHit = () => ({}),
    localAddress,
  }: {
    concurrency?: number;
    headers?: Record<string, string>;
    body?: string;
    stop?: () => boolean;
    /** Headers of the i-th hit (e.g. its own X-Forwarded-For or user agent). */
    perHit?: (i: number) => Record<string, string>;
    /** Bind the client's sockets to this address (127.0.0.N): a real other source address. */
    localAddress?: string;
  } = {},
): Promise<Fired> {
  const target = new URL(HIT, url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, ...(localAddress ? { localAddress } : {}) });
  const statuses = new Map<number | string, number>();
  let next = 0;
  let acknowledged = 0;
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'user-agent': BROWSER, 'content-type': 'text/plain', ...headers, ...perHit(i) } },
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
      await one(next++);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { acknowledged, statuses };
}

const beacon = (
  url: string,
  { ua = BROWSER, forwardedFor, body = '', method = 'POST' }: { ua?: string; forwardedFor?: string; body?: string; method?: string } = {},
) =>
  fetch(url + HIT, {
    method,
    headers: {
      'content-type': 'text/plain',
      ...(ua ? { 'user-agent': ua } : {}),
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: method === 'POST' ? body : undefined,
  });

/** The i-th of many readers, each behind its own address (as the trusted proxy names it): 10.x.y.z. */
const spread = (i: number) => ({ 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });

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

/** The defaults a user gets (README): per address, page views a minute, visitors a day, views of an article. */
const HITS_PER_ADDRESS = 120;
const VISITORS_PER_ADDRESS = 100;
const ARTICLE_VIEWS_PER_ADDRESS = 30;

/**
 * 2,000 beacons for one article from 127.0.0.50 with a new user agent each, while 20 readers at
 * 127.0.0.51-70 read it too: the flood adds at most the per-address caps, the readers are counted exactly.
 */
async function floodFromOneAddress(url: string, documentId: string, { visitorsMeasurable = true } = {}) {
  const body = JSON.stringify({ a: documentId });
  const before = await stats(url);
  const viewsBefore = await articleViews(url, documentId);
  const agent = (tag: string) => ({ 'user-agent': `${BROWSER} portal-${tag}-${crypto.randomBytes(6).toString('hex')}` });
  const [flood, ...readers] = await Promise.all([
    fire(url, 2000, { concurrency: 64, body, localAddress: '127.0.0.50', perHit: () => agent('flood') }),
    ...Array.from({ length: 20 }, (_, n) =>
      fire(url, 3, {
        concurrency: 1,
        body,
        localAddress: `127.0.0.${51 + n}`,
        perHit: () => ({ 'user-agent': `${OTHER_BROWSER} reader-${n}` }),
      }),
    ),
  ]);
  // Every beacon is answered 204 (nothing tells the sender it was not counted).
  assert.deepEqual([...flood.statuses], [[204, 2000]]);
  for (const r of readers) assert.deepEqual([...r.statuses], [[204, 3]]);
  const after = await stats(url);
  const readerHits = 20 * 3;
  assert.equal(
    after.total - before.total,
    HITS_PER_ADDRESS + readerHits,
    'the flood adds one minute of its address, the readers every view',
  );
  assert.equal(after.today.hits - before.today.hits, HITS_PER_ADDRESS + readerHits);
  // 120 counted hits with 120 agents: 100 visitors, the other 20 agents fold into one; plus 20 readers.
  const visitors = after.today.visitors - before.today.visitors;
  assert.ok(visitors <= VISITORS_PER_ADDRESS + 1 + 20 + 2, `visitors +${visitors}`);
  // Redis mode reports max(database, today's HyperLogLog): after the database-mode tests on the same
  // database the day's stored figure is the larger one, so the flood's share cannot be read there.
  if (visitorsMeasurable) assert.ok(visitors >= VISITORS_PER_ADDRESS + 20 - 2, `visitors +${visitors}`);
  assert.ok(after.online <= VISITORS_PER_ADDRESS + 1 + 20 + 2, `online ${after.online}`);
  assert.equal(await articleViews(url, documentId), viewsBefore + ARTICLE_VIEWS_PER_ADDRESS + 20);
  // The next minute the address counts again (one hit, its folded visitor).
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
    const fired = await fire(server.url, 2000, { concurrency: 100, perHit: spread });
    assert.equal(fired.acknowledged, 2000, JSON.stringify([...fired.statuses]));
    const after = await stats(server.url);
    assert.equal(after.total - before.total, 2000);
    assert.equal(after.today.hits - before.today.hits, 2000);
  });

  test('2,000 beacons from one address with new user agents add at most its caps; other addresses count exactly', async () => {
    await floodFromOneAddress(server.url, articleId);
  });

  test('crawlers and clients without a user agent are answered but not counted', async () => {
    const before = await stats(server.url);
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0)',
      'curl/8.5.0',
      'python-requests/2.31',
      '',
    ]) {
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
    const change = await client(server.url).request(
      'PUT',
      '/visit-counter/settings',
      { startingTotal: 5 },
      { authorization: `Bearer ${editor}` },
    );
    assert.equal(change.status, 403);
  });

  test('a Super Admin corrects the site total: recorded with who, when, old and new total, reason; an Editor cannot', async () => {
    const editor = await adminToken(server.url, EDITOR);
    const refused = await client(server.url).request(
      'POST',
      '/visit-counter/corrections',
      { total: 1, reason: 'editor tries' },
      { authorization: `Bearer ${editor}` },
    );
    assert.equal(refused.status, 403);
    const admin = await adminToken(server.url, ADMIN);
    const auth = { authorization: `Bearer ${admin}` };
    const noReason = await client(server.url).request('POST', '/visit-counter/corrections', { total: 150_000, reason: ' ' }, auth);
    assert.equal(noReason.status, 400);
    assert.match(noReason.json.error.message, /lý do/);
    assert.equal(
      (await client(server.url).request('POST', '/visit-counter/corrections', { total: -5, reason: 'negative' }, auth)).status,
      400,
    );
    const old = (await stats(server.url)).total;
    const reason = 'Trừ lượt truy cập bị đẩy lên ngày hôm nay';
    const started = Date.now();
    const done = await client(server.url).request('POST', '/visit-counter/corrections', { total: old - 100, reason }, auth);
    assert.equal(done.status, 200, done.text);
    assert.equal((await stats(server.url)).total, old - 100);
    // Hits counted afterwards add to the corrected figure.
    assert.equal((await beacon(server.url, { forwardedFor: '198.51.100.90' })).status, 204);
    assert.equal((await stats(server.url)).total, old - 99);
    const overview = await client(server.url).get('/visit-counter/overview', { authorization: `Bearer ${editor}` });
    const [latest] = overview.json.data.corrections;
    assert.equal(latest.oldTotal, old);
    assert.equal(latest.newTotal, old - 100);
    assert.equal(latest.reason, reason);
    assert.equal(latest.userName, 'Quản trị Hệ thống');
    assert.ok(Date.parse(latest.at) >= started - 1000 && Date.parse(latest.at) <= Date.now(), latest.at);
    assert.equal(overview.json.data.corrections.length, 1, 'the refused corrections were not recorded');
  });

  test('a restart during load loses no acknowledged hit', async () => {
    const before = (await stats(server.url)).total;
    let stopping = false;
    const load = fire(server.url, 1_000_000, { concurrency: 50, stop: () => stopping, perHit: spread });
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
    const storedSite = async () => Number(/visit_counter_totals: \[\{"name":"site","value":"?(\d+)/.exec(await allTableText(db))?.[1]);
    const storedBefore = await storedSite();
    const fired = await fire(redisServer.url, 2000, { concurrency: 100, body: JSON.stringify({ a: articleId }), perHit: spread });
    assert.equal(fired.acknowledged, 2000, JSON.stringify([...fired.statuses]));
    const after = await stats(redisServer.url);
    assert.equal(after.total - before.total, 2000);
    await redisServer.stop();
    redisServer = await startServer(db, env);
    assert.equal((await stats(redisServer.url)).total - before.total, 2000);
    // The stored counter (the total less the starting total and the corrections) holds the 2,000 too.
    assert.equal((await storedSite()) - storedBefore, 2000, 'the Redis deltas were flushed to the database');
  });

  test('one address flooding with new user agents adds at most its caps in Redis mode too', async () => {
    await floodFromOneAddress(redisServer.url, articleId, { visitorsMeasurable: false });
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
