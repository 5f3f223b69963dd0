/**
 * Issue 17 — failures under load. A steady stream of page reads, visit beacons, comments and ratings goes
 * through nginx from a few client addresses while
 *   1. one CMS node and one web node are killed (SIGKILL, as a crash): only requests in flight at that
 *      instant may fail, every later one is answered by the other nodes; the killed nodes start again and
 *      nginx sends them traffic again;
 *   2. every node is restarted in turn (taken out of nginx, stopped, started, put back): no request fails.
 * Afterwards every acknowledged comment, rating and visit is in PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { client } from '../../cms/tests/helpers/portal';
import { useCluster, type TestCluster } from './harness';
import { describeFailures, startLoad, type LoadResult } from './load';

let cluster: TestCluster;
let article: { documentId: string; slug: string };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

before(async () => {
  cluster = await useCluster();
  const res = await client(cluster.cmsFront).get('/api/articles?locale=vi&pagination[pageSize]=1&fields[0]=slug&sort=publishedAt:desc');
  article = { documentId: res.json.data[0].documentId, slug: res.json.data[0].slug };
});
after(async () => {
  await cluster?.stop();
});

const count = async (sql: string, params: unknown[] = []) => Number((await cluster.sql<{ n: string }>(sql, params))[0]?.n ?? 0);
const counts = async () => ({
  ratings: await count(`SELECT count(*) AS n FROM reviews_ratings WHERE article_document_id = $1`, [article.documentId]),
  hits: await count(`SELECT coalesce(sum(hits), 0) AS n FROM visit_counter_days`),
});

/** Every acknowledged write of `load` is in PostgreSQL (visits once the nodes' Redis deltas are flushed). */
async function nothingLost(load: LoadResult, before: { ratings: number; hits: number }) {
  assert.ok(load.comments.length > 0 && load.ratings > 0 && load.visits > 0, 'the load wrote something');
  const stored = new Set(
    (await cluster.sql<{ body: string }>(`SELECT body FROM reviews_comments WHERE article_document_id = $1`, [article.documentId])).map(
      (r) => r.body,
    ),
  );
  const lostComments = load.comments.filter((text) => !stored.has(text));
  assert.deepEqual(lostComments, [], 'acknowledged comments missing from PostgreSQL');
  const after = await counts();
  assert.ok(
    after.ratings - before.ratings >= load.ratings,
    `ratings: ${after.ratings - before.ratings} stored, ${load.ratings} acknowledged`,
  );
  // Hits reach PostgreSQL at the next flush (every 5 s); a killed node's unflushed deltas stay in Redis for the others.
  const deadline = Date.now() + 20_000;
  let hits = after.hits - before.hits;
  while (hits < load.visits && Date.now() < deadline) {
    await sleep(500);
    hits = (await counts()).hits - before.hits;
  }
  assert.ok(hits >= load.visits, `visits: ${hits} in PostgreSQL, ${load.visits} acknowledged`);
}

const summary = (load: LoadResult) =>
  `${load.samples.length} requests (${load.samples.filter((s) => !s.ok).length} failed), ${load.comments.length} comments, ${load.ratings} ratings, ${load.visits} visits acknowledged`;

test('one CMS node and one web node killed under load: only requests in flight fail, nothing acknowledged is lost, both rejoin', async () => {
  const [, cmsVictim] = cluster.cms;
  const [, webVictim] = cluster.web;
  const before = await counts();
  const load = startLoad({ front: cluster.front, article });
  await sleep(4_000);
  const killedAt = Date.now();
  await Promise.all([cmsVictim!.kill(), webVictim!.kill()]);
  const deadAt = Date.now(); // both process groups have exited
  await sleep(8_000);
  const restartedAt = Date.now();
  await Promise.all([cmsVictim!.start(), webVictim!.start()]);
  const logFrom = cluster.upstreamLog().size;
  await sleep(8_000);
  const result = await load.stop();
  process.stdout.write(`# kill: ${summary(result)}\n`);

  // A request that failed must have been in flight when the nodes died: started before they were gone, ended after
  // the kill was sent.
  const unexplained = result.samples.filter((s) => !s.ok && !(s.start <= deadAt && s.end >= killedAt));
  process.stdout.write(
    `# killed in ${deadAt - killedAt} ms; failed in flight: ${result.samples.filter((s) => !s.ok).length - unexplained.length}\n`,
  );
  assert.equal(unexplained.length, 0, `failed although not in flight at the kill:\n${describeFailures(unexplained)}`);
  for (const kind of ['page', 'beacon', 'comment', 'rating'] as const) {
    const during = result.samples.filter((s) => s.kind === kind && s.start > deadAt && s.end < restartedAt);
    assert.ok(during.length > 0 && during.every((s) => s.ok), `${kind}s answered by the other nodes while two were down`);
  }
  // Rejoined: nginx passes requests to the restarted nodes again.
  const answeredBy = new Set(cluster.upstreamLog(logFrom).lines.flatMap((l) => l.match(/127\.0\.0\.1:\d+/g) ?? []));
  for (const node of [cmsVictim!, webVictim!])
    assert.ok(answeredBy.has(`127.0.0.1:${node.port}`), `${node.name} answers through nginx again`);
  await nothingLost(result, before);
});

test('a rolling restart of every node under load fails no request and loses nothing', async () => {
  const before = await counts();
  const load = startLoad({ front: cluster.front, article });
  await sleep(2_000);
  await cluster.rollingRestart(undefined, (m) => process.stdout.write(`# ${m}\n`));
  await sleep(2_000);
  const result = await load.stop();
  process.stdout.write(`# rolling restart: ${summary(result)}\n`);
  assert.equal(result.samples.filter((s) => !s.ok).length, 0, `failed requests:\n${describeFailures(result.samples)}`);
  await nothingLost(result, before);
});
