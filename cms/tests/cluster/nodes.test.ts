/**
 * Several CMS nodes on one PostgreSQL database and one Redis (issue 17), as readers, editors and the
 * operator notice it — two real `strapi start` processes (A and B) shared by every case, a third (C)
 * that missed the other nodes' events, and a fourth without Redis:
 *  - a publish on A is found by B's embedded search (the public-change event over Redis); figures printed;
 *  - a node that started late or missed the events catches up from the database (and drops what was removed);
 *  - "online now" and the article-view cooldown are the same whichever node answers;
 *  - a node without Redis refuses to join with one log line and exit code 1;
 *  - each periodic job runs on one node (the lease rows say which) and moves when that node is killed
 *    (SIGKILL); an entry the killed node had claimed for scheduled publishing is published once by the other.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Client } from 'pg';
import { ADMIN, client, createDatabase, pgClient, startServer, type Database, type Server } from '../helpers/portal';

const CM = '/content-manager/collection-types/api::article.article';
const HIT = '/api/visit-counter/hit';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const OTHER_BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = (name: string) => `portal-test:cluster:${name}:${process.pid}:${crypto.randomBytes(3).toString('hex')}:`;

/** Short heartbeats, leases and ticks so that moves are seen within seconds. */
const NODE_ENV = {
  REDIS_URL,
  PORTAL_NODE_HEARTBEAT_SECONDS: '1',
  PORTAL_JOB_LEASE_SECONDS: '3',
  PORTAL_SCHEDULER_TICK_SECONDS: '1',
  PORTAL_SCHEDULER_CLAIM_SECONDS: '5',
  SEARCH_EMBEDDED_BUILD: 'boot',
  TRUSTED_PROXIES: 'loopback',
  VISIT_COUNTER_CACHE_SECONDS: '1',
  VISIT_COUNTER_FLUSH_MS: '500',
};

let db: Database;
let pg: Client;
let a: Server;
let b: Server;
let auth: Record<string, string>;
let category: { documentId: string };
const shared = { ...NODE_ENV, REDIS_PREFIX: prefix('ab') };
/** A first boot on an empty database creates the schema: slow on a busy machine. */
const SLOW = { startTimeoutMs: 300_000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(check: () => Promise<T | null | undefined | false>, timeoutMs: number, message: string, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${message}: not within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

async function cm(server: Server, method: string, path: string, body: unknown = {}) {
  const res = await client(server.url).request(method, path, body, auth);
  assert.ok(res.status < 300, `${method} ${path}: ${res.status} ${res.text}`);
  return res.json;
}

/** A draft in Vietnamese with a category; published unless told otherwise. */
async function article(server: Server, title: string, publish = true): Promise<string> {
  const saved = await cm(server, 'POST', `${CM}?locale=vi`, {
    title,
    slug: `cum-${crypto.randomBytes(4).toString('hex')}`,
    featured: false,
    category: { connect: [{ documentId: category.documentId, locale: 'vi' }] },
  });
  const documentId = saved.data.documentId as string;
  if (publish) await cm(server, 'POST', `${CM}/${documentId}/actions/publish?locale=vi`);
  return documentId;
}

async function found(server: Server, q: string): Promise<string[]> {
  const res = await client(server.url).get(`/api/search?${new URLSearchParams({ q, locale: 'vi' })}`);
  assert.equal(res.status, 200, res.text);
  return (res.json.data.hits as Array<{ documentId: string }>).map((h) => h.documentId);
}

const nodeIdOf = async (server: Server) =>
  until(async () => (await pg.query('SELECT id FROM portal_nodes WHERE pid = $1', [server.pid])).rows[0]?.id as string, 10_000, 'node row');

const leases = async () =>
  (await pg.query('SELECT name, holder, last_run_at, last_run_by FROM portal_job_leases ORDER BY name')).rows as Array<{
    name: string;
    holder: string;
    last_run_at: string | null;
    last_run_by: string | null;
  }>;

before(async () => {
  // No demo seed (minutes on a busy machine): A creates the schema, then B joins while A gets its first
  // administrator and a category.
  db = await createDatabase('postgres');
  a = await startServer(db, shared, SLOW);
  const joining = startServer(db, shared, SLOW);
  const registered = await client(a.url).request('POST', '/admin/register-admin', {
    firstname: 'Quản trị',
    lastname: 'Cụm máy',
    email: ADMIN.email,
    password: ADMIN.password,
  });
  assert.equal(registered.status, 200, registered.text);
  auth = { authorization: `Bearer ${registered.json.data.token}` };
  category = (
    await cm(a, 'POST', '/content-manager/collection-types/api::category.category?locale=vi', { name: 'Văn hoá', slug: 'van-hoa' })
  ).data;
  b = await joining;
  pg = pgClient(db);
  await pg.connect();
});

after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await pg?.end().catch(() => undefined);
  await db?.drop();
});

test('a publish on node A is found through node B, and an unpublish leaves B at once too', async () => {
  const figures: number[] = [];
  for (const word of ['Kơ Tu', 'Pà Cò', 'Tà Xùa']) {
    const title = `Lễ hội mùa màng ${word} mở cửa đón khách`;
    const documentId = await article(a, title);
    const published = Date.now();
    await until(async () => (await found(b, title)).includes(documentId), 10_000, `${title} searchable on B`);
    figures.push(Date.now() - published);
    await cm(a, 'POST', `${CM}/${documentId}/actions/unpublish?locale=vi`);
    await until(async () => !(await found(b, title)).includes(documentId), 10_000, `${title} gone from B`);
  }
  console.log(`# publish on A → searchable on B: ${figures.join(', ')} ms`);
});

test('a node that started late, or missed the events, catches up from the database', async () => {
  const early = await article(a, 'Khánh thành cầu treo bản Nậm Ngà trước khi máy C khởi động');
  // C hears nothing of A and B (another Redis prefix): it only has the database.
  const c = await startServer(db, { ...NODE_ENV, REDIS_PREFIX: prefix('c'), SEARCH_CATCH_UP_SECONDS: '1' }, SLOW);
  try {
    assert.ok((await found(c, 'cầu treo Nậm Ngà')).includes(early), 'published before C started');
    const title = 'Chợ phiên vùng cao Sín Chéng họp lại sau mùa lũ';
    const missed = await article(a, title);
    const started = Date.now();
    await until(async () => (await found(c, title)).includes(missed), 15_000, 'a missed publish caught up', 200);
    console.log(`# missed event → searchable on C by catch-up: ${Date.now() - started} ms`);
    await cm(a, 'DELETE', `${CM}/${early}?locale=vi`);
    await until(async () => !(await found(c, 'cầu treo Nậm Ngà')).includes(early), 15_000, 'a missed delete caught up', 200);
  } finally {
    await c.stop();
  }
});

test('"online now" and the article-view cooldown are the same whichever node answers', async () => {
  const seeded = { documentId: await article(a, 'Mùa hoa tam giác mạch nở rộ trên cao nguyên đá') };
  const beacon = (server: Server, ua: string, ip: string, page: 'article' | 'home' = 'article') =>
    fetch(server.url + HIT, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'user-agent': ua, 'x-forwarded-for': ip },
      body: page === 'article' ? JSON.stringify({ a: seeded.documentId }) : '',
    });
  const online = async (server: Server) => (await client(server.url).get('/api/visit-counter/stats')).json.data.online as number;
  const views = async (server: Server) =>
    (await client(server.url).get(`/api/visit-counter/articles/${seeded.documentId}`)).json.data.views as number;
  await sleep(1100);
  const [onlineBefore, viewsBefore] = [await online(a), await views(a)];
  assert.equal(await online(b), onlineBefore);
  // One reader opens the article on A, then again on B (same browser, same address); another reader
  // opens the home page on B.
  assert.equal((await beacon(a, BROWSER, '198.51.100.21')).status, 204);
  assert.equal((await beacon(b, BROWSER, '198.51.100.21')).status, 204);
  assert.equal((await beacon(b, OTHER_BROWSER, '198.51.100.22', 'home')).status, 204);
  for (const server of [a, b]) {
    await until(async () => (await online(server)) === onlineBefore + 2, 10_000, 'two readers online', 300);
    await until(async () => (await views(server)) === viewsBefore + 1, 10_000, 'one view counted', 300);
  }
  await sleep(1600); // past a flush and the 1 s cache: nothing more arrives
  for (const server of [a, b]) {
    assert.equal(await online(server), onlineBefore + 2);
    assert.equal(await views(server), viewsBefore + 1, 'the reader viewed the article on both nodes within the cooldown: one view');
  }
});

test('a node without Redis refuses to join, in one log line', async () => {
  const refused = await startServer(db, { ...NODE_ENV, REDIS_URL: '' }, SLOW).then(
    async (server) => {
      await server.stop();
      return null;
    },
    (error: Error) => error.message,
  );
  assert.ok(refused, 'the node without Redis started');
  assert.match(refused, /^strapi exited with 1:/);
  const lines = refused.split('\n').filter((l) => /refusing to start/.test(l));
  assert.equal(lines.length, 1, refused);
  assert.match(lines[0]!, /already runs on this database without Redis — set REDIS_URL on every node/);
  assert.doesNotMatch(refused, /\n\s+at .+\(.+:\d+:\d+\)/, 'no stack trace');
  // A and B still answer.
  for (const server of [a, b]) assert.equal((await fetch(`${server.url}/_health`)).status, 204);
});

test('each job runs on one node and moves when it is killed; its claimed scheduled entry is published once', async () => {
  const ids = new Map([
    [await nodeIdOf(a), a],
    [await nodeIdOf(b), b],
  ]);
  // The periodic jobs of the CMS and its plugins (personal-data-purge: Law 91's retention, issue 21.8).
  const JOBS = ['audit-purge', 'personal-data-purge', 'scheduled-publishing', 'visitor-housekeeping'];
  const jobs = await until(
    async () => {
      const rows = await leases();
      return rows.length >= JOBS.length && rows.every((r) => r.last_run_by) ? rows : null;
    },
    10_000,
    'every job ran once',
  );
  assert.deepEqual(
    jobs.map((j) => j.name),
    JOBS,
  );
  for (const job of jobs) {
    assert.ok(ids.has(job.holder), `${job.name} held by A or B`);
    assert.equal(job.last_run_by, job.holder, `${job.name} ran where it is held`);
  }

  // An entry falls due while its category row is locked: the scheduling node claims it, and its publish
  // waits inside its transaction. That node is then killed before the publish commits.
  const documentId = await article(a, 'Hẹn giờ đăng: máy chủ bị tắt giữa chừng', false);
  const locker = pgClient(db);
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('SELECT id FROM categories WHERE document_id = $1 FOR UPDATE', [category.documentId]);
  await pg.query(`UPDATE articles SET scheduled_publish_at = now() WHERE document_id = $1 AND published_at IS NULL`, [documentId]);
  const draftTime = async () =>
    (await pg.query('SELECT scheduled_publish_at AS at FROM articles WHERE document_id = $1 AND published_at IS NULL', [documentId]))
      .rows[0].at as Date | null;
  const links = await pg.query(
    'SELECT count(*) AS n FROM articles_category_lnk l JOIN articles x ON x.id = l.article_id WHERE x.document_id = $1',
    [documentId],
  );
  assert.equal(Number(links.rows[0].n), 1, 'the draft has its category');
  await until(
    async () => {
      const at = await draftTime();
      return at && at.getTime() > Date.now();
    },
    10_000,
    'the entry claimed (its time moved forward by the lease)',
  ).catch(async (error: Error) => {
    const published = await pg.query('SELECT count(*) AS n FROM articles WHERE document_id = $1 AND published_at IS NOT NULL', [
      documentId,
    ]);
    throw new Error(`${error.message} (published rows ${published.rows[0].n}, draft time ${await draftTime()})`);
  });
  const holderId = (await leases()).find((j) => j.name === 'scheduled-publishing')!.holder;
  const victim = ids.get(holderId)!;
  const survivorId = [...ids.keys()].find((id) => id !== holderId)!;
  const movedJobs = (await leases()).filter((j) => j.holder === holderId).map((j) => j.name);
  const killedAt = Date.now();
  await victim.kill();
  await locker.query('ROLLBACK');
  await locker.end();

  const publishedRows = async () =>
    Number(
      (await pg.query('SELECT count(*) AS n FROM articles WHERE document_id = $1 AND published_at IS NOT NULL', [documentId])).rows[0].n,
    );
  await until(async () => (await publishedRows()) === 1, 30_000, 'the claimed entry published by the other node', 200);
  console.log(`# killed node's claimed entry published by the other node after ${Date.now() - killedAt} ms`);
  await sleep(2000);
  assert.equal(await publishedRows(), 1);
  const publishes = await pg.query(`SELECT count(*) AS n FROM portal_audit_entries WHERE document_id = $1 AND action = 'publish'`, [
    documentId,
  ]);
  assert.equal(Number(publishes.rows[0].n), 1, 'published once');
  assert.equal(await draftTime(), null, 'the schedule is cleared');
  const survivor = ids.get(survivorId)!;
  assert.equal((await client(survivor.url).get(`/api/articles/${documentId}?locale=vi`)).status, 200);

  for (const job of await leases()) {
    assert.equal(job.holder, survivorId, `${job.name} now runs on the surviving node`);
    if (movedJobs.includes(job.name)) {
      assert.equal(job.last_run_by, survivorId);
      assert.ok(Number(job.last_run_at) > killedAt, `${job.name} ran on the surviving node after the kill`);
    }
  }
  console.log(`# jobs moved from the killed node: ${movedJobs.join(', ')}`);
});
