/**
 * The desk's review hand-off and scheduled publishing through the admin's own API (the Chromium suite in
 * web/tests/e2e/newsroom.test.ts clicks the same things), on PostgreSQL with two CMS processes:
 *  - a reporter marks a draft ready; editors see it waiting, send it back with a note the reporter reads,
 *    or publish it; the server holds each role to its part;
 *  - an editor schedules publishing and unpublishing; the CMS does it on time as a manual publish does
 *    (publication date, web revalidation), also after a restart, and exactly once with two processes;
 *  - none of it reaches the public API.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import {
  AUTHOR,
  EDITOR,
  adminToken,
  client,
  createDatabase,
  freePort,
  seed,
  startServer,
  type Database,
  type Server,
  pgClient,
} from '../helpers/portal';

const ARTICLE = '/content-manager/collection-types/api::article.article';
const DESK = '/admin/portal-desk';
const TICK = { PORTAL_SCHEDULER_TICK_SECONDS: '1' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: Database;
let a: Server;
let b: Server | undefined;
let editor: Record<string, string>;
let reporter: Record<string, string>;

/** The web's revalidation endpoint, recording every cache tag the CMS processes send. */
const tags: string[] = [];
let web: http.Server;
let webEnv: Record<string, string>;

async function login(server: Server) {
  editor = { authorization: `Bearer ${await adminToken(server.url, EDITOR)}` };
  reporter = { authorization: `Bearer ${await adminToken(server.url, AUTHOR)}` };
}

async function draft(server: Server, title: string, who = editor): Promise<{ documentId: string; slug: string }> {
  const res = await client(server.url).request('POST', `${ARTICLE}?locale=vi`, { title, featured: false }, who);
  assert.equal(res.status, 201, res.text);
  return { documentId: res.json.data.documentId, slug: res.json.data.slug };
}

const isPublic = async (server: Server, slug: string) =>
  (await client(server.url).get(`/api/articles?locale=vi&filters[slug][$eq]=${slug}`)).json.data.length === 1;

async function until(check: () => Promise<boolean>, timeoutMs: number, message: string): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`${message} within ${timeoutMs} ms`);
    await sleep(200);
  }
  return Date.now() - start;
}

before(async () => {
  web = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.headers['x-revalidate-secret'] === 'desk-test') tags.push(...((JSON.parse(body) as { tags: string[] }).tags ?? []));
      res.end('{}');
    });
  });
  const port = await freePort();
  await new Promise<void>((r) => web.listen(port, '127.0.0.1', r));
  // Publications are counted by the web's revalidation calls: the CMS's second sweep (the same tags again
  // two seconds later) is switched off here so one publication is one call.
  webEnv = { WEB_URL: `http://127.0.0.1:${port}`, REVALIDATE_SECRET: 'desk-test', REVALIDATE_SECOND_SWEEP_MS: '0', ...TICK };
  // Two processes on one database: PostgreSQL whatever TEST_DATABASE says.
  db = await createDatabase('postgres');
  const seeded = await seed(db);
  assert.equal(seeded.code, 0, `seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  a = await startServer(db, webEnv);
  await login(a);
});

after(async () => {
  await a?.stop();
  await b?.stop();
  await db?.drop();
  web?.close();
});

describe('review hand-off', () => {
  let mine: { documentId: string; slug: string };

  test('a reporter marks a draft ready; only the editors see the waiting list, with a count', async () => {
    const api = client(a.url);
    mine = await draft(a, 'Phóng viên gửi duyệt: lễ ra quân tình nguyện', reporter);
    const ready = await api.request('POST', `${DESK}/articles/${mine.documentId}/ready?locale=vi`, {}, reporter);
    assert.equal(ready.status, 200, ready.text);
    assert.equal(ready.json.data.reviewStatus, 'ready');
    assert.equal(ready.json.data.canPublish, false);

    const queue = await api.get(`${DESK}/review-queue`, editor);
    assert.equal(queue.status, 200, queue.text);
    const item = queue.json.data.find((x: { documentId: string }) => x.documentId === mine.documentId);
    assert.ok(item, queue.text);
    assert.equal(item.title, 'Phóng viên gửi duyệt: lễ ra quân tình nguyện');
    assert.equal(queue.json.meta.count, queue.json.data.length);
    assert.equal((await api.get(`${DESK}/review-queue`, reporter)).status, 403);
    assert.equal((await api.get(`${DESK}/review-queue`)).status, 401);
  });

  test('reporters may not send back, schedule, or mark others’ drafts; the desk fields are not writable through a save', async () => {
    const api = client(a.url);
    const back = await api.request('POST', `${DESK}/articles/${mine.documentId}/send-back?locale=vi`, { note: 'tự trả' }, reporter);
    assert.equal(back.status, 403, back.text);
    assert.match(back.json.error.message, /^Chỉ biên tập viên/);
    const schedule = await api.request(
      'PUT',
      `${DESK}/articles/${mine.documentId}/schedule?locale=vi`,
      { publishAt: new Date(Date.now() + 3_600_000).toISOString() },
      reporter,
    );
    assert.equal(schedule.status, 403, schedule.text);
    const editors = await draft(a, 'Bản nháp của biên tập viên');
    assert.equal((await api.request('POST', `${DESK}/articles/${editors.documentId}/ready?locale=vi`, {}, reporter)).status, 404);
    // A save sending the fields changes none of them (a stale form cannot undo a schedule either).
    const soon = new Date(Date.now() + 1_000).toISOString();
    const saved = await api.request(
      'PUT',
      `${ARTICLE}/${mine.documentId}?locale=vi`,
      { scheduledPublishAt: soon, reviewStatus: 'changes', reviewNote: 'x' },
      reporter,
    );
    assert.equal(saved.status, 200, saved.text);
    const state = await api.get(`${DESK}/articles/${mine.documentId}?locale=vi`, reporter);
    assert.deepEqual([state.json.data.scheduledPublishAt, state.json.data.reviewStatus, state.json.data.reviewNote], [null, 'ready', null]);
    await sleep(2_500);
    assert.equal(await isPublic(a, mine.slug), false, 'not published by a forged field');
  });

  test('an editor sends it back with a note the reporter reads; a note is required', async () => {
    const api = client(a.url);
    const empty = await api.request('POST', `${DESK}/articles/${mine.documentId}/send-back?locale=vi`, { note: '  ' }, editor);
    assert.equal(empty.status, 400, empty.text);
    assert.match(empty.json.error.message, /^Hãy ghi chú cho phóng viên/);
    const note = 'Thiếu thời gian và địa điểm; bổ sung ảnh bìa.';
    const back = await api.request('POST', `${DESK}/articles/${mine.documentId}/send-back?locale=vi`, { note }, editor);
    assert.equal(back.status, 200, back.text);
    const seen = await api.get(`${DESK}/articles/${mine.documentId}?locale=vi`, reporter);
    assert.equal(seen.json.data.reviewStatus, 'changes');
    assert.equal(seen.json.data.reviewNote, note);
    const queue = await api.get(`${DESK}/review-queue`, editor);
    assert.ok(!queue.json.data.some((x: { documentId: string }) => x.documentId === mine.documentId), 'no longer waiting');
  });

  test('marked ready again and published by the editor: the review ends and nothing private is public', async () => {
    const api = client(a.url);
    assert.equal((await api.request('POST', `${DESK}/articles/${mine.documentId}/ready?locale=vi`, {}, reporter)).status, 200);
    const published = await api.request('POST', `${ARTICLE}/${mine.documentId}/actions/publish?locale=vi`, {}, editor);
    assert.equal(published.status, 200, published.text);
    const state = await api.get(`${DESK}/articles/${mine.documentId}?locale=vi`, editor);
    assert.deepEqual([state.json.data.reviewStatus, state.json.data.reviewNote, state.json.data.published], [null, null, true]);
    const rest = await api.get(`/api/articles?locale=vi&filters[slug][$eq]=${mine.slug}`);
    assert.equal(rest.json.data.length, 1);
    for (const field of ['reviewStatus', 'reviewNote', 'scheduledPublishAt', 'scheduledUnpublishAt'])
      assert.ok(!(field in rest.json.data[0]), `${field} is not public`);
  });
});

describe('scheduled publishing', () => {
  test('bad times are refused in Vietnamese, then English, and nothing is stored', async () => {
    const api = client(a.url);
    const { documentId } = await draft(a, 'Lịch đăng sai');
    const url = `${DESK}/articles/${documentId}/schedule?locale=vi`;
    const cases: [unknown, RegExp][] = [
      [{ publishAt: 'ngày mai' }, /^Thời điểm đăng không phải là ngày giờ hợp lệ\. \/ The publish time/],
      [{ publishAt: new Date(Date.now() - 60_000).toISOString() }, /^Thời điểm đăng phải ở tương lai/],
      [
        { publishAt: new Date(Date.now() + 7_200_000).toISOString(), unpublishAt: new Date(Date.now() + 3_600_000).toISOString() },
        /^Thời điểm gỡ bài phải ở tương lai và sau thời điểm đăng/,
      ],
    ];
    for (const [body, message] of cases) {
      const res = await api.request('PUT', url, body, editor);
      assert.equal(res.status, 400, res.text);
      assert.match(res.json.error.message, message);
    }
    const state = await api.get(`${DESK}/articles/${documentId}?locale=vi`, editor);
    assert.equal(state.json.data.scheduledPublishAt, null);
  });

  test('published on time as by the Publish button (date, web revalidation), then unpublished on time', async () => {
    const api = client(a.url);
    const { documentId, slug } = await draft(a, 'Bài hẹn giờ đăng: hội nghị tiếp xúc cử tri');
    const publishAt = new Date(Date.now() + 4_000);
    const unpublishAt = new Date(publishAt.getTime() + 6_000);
    const res = await api.request(
      'PUT',
      `${DESK}/articles/${documentId}/schedule?locale=vi`,
      { publishAt: publishAt.toISOString(), unpublishAt: unpublishAt.toISOString() },
      editor,
    );
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.data.scheduledPublishAt, publishAt.toISOString());
    // The list view reads the time from the admin API.
    const listed = await api.get(`${ARTICLE}?locale=vi&filters[documentId][$eq]=${documentId}`, editor);
    assert.equal(listed.json.results[0].scheduledPublishAt, publishAt.toISOString(), listed.text);

    assert.equal(await isPublic(a, slug), false, 'not before its time');
    await until(() => isPublic(a, slug), 15_000, 'published on time');
    assert.ok(Date.now() >= publishAt.getTime(), 'not early');
    const stored = (await api.get(`/api/articles?locale=vi&filters[slug][$eq]=${slug}`)).json.data[0];
    assert.ok(Math.abs(Date.parse(stored.publicationDate) - publishAt.getTime()) < 5_000, `publicationDate ${stored.publicationDate}`);
    await until(async () => tags.includes(`article:vi:${slug}`), 5_000, 'the web told');
    const state = (await api.get(`${DESK}/articles/${documentId}?locale=vi`, editor)).json.data;
    assert.deepEqual([state.scheduledPublishAt, state.scheduledUnpublishAt], [null, unpublishAt.toISOString()]);

    await until(async () => !(await isPublic(a, slug)), 15_000, 'unpublished on time');
    assert.ok(Date.now() >= unpublishAt.getTime(), 'not early');
    assert.equal((await api.get(`${DESK}/articles/${documentId}?locale=vi`, editor)).json.data.scheduledUnpublishAt, null);
  });

  test('survives a restart, and two CMS processes on one database publish each entry once', async () => {
    const api = client(a.url);
    // Scheduled, then the CMS stops before the time and comes back after it.
    const early = await Promise.all([1, 2, 3].map((i) => draft(a, `Hẹn giờ qua lần khởi động lại ${i}`)));
    const due = new Date(Date.now() + 6_000).toISOString();
    for (const { documentId } of early) {
      assert.equal((await api.request('PUT', `${DESK}/articles/${documentId}/schedule?locale=vi`, { publishAt: due }, editor)).status, 200);
    }
    await a.stop();
    const pg = pgClient(db);
    await pg.connect();
    const publishedRows = async (ids: string[]) =>
      Number(
        (await pg.query('SELECT count(*) AS n FROM articles WHERE document_id = ANY($1) AND published_at IS NOT NULL', [ids])).rows[0].n,
      );
    assert.equal(await publishedRows(early.map((x) => x.documentId)), 0, 'nothing published before the stop');
    await sleep(Math.max(0, Date.parse(due) - Date.now() + 500));
    await pg.end();

    // Several nodes need Redis (a second node without it refuses to start): both share one prefix.
    const shared = {
      ...webEnv,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `portal-test:desk:${process.pid}:${Date.now()}:`,
    };
    [a, b] = await Promise.all([startServer(db, shared), startServer(db, shared)]);
    await login(a);
    for (const { slug } of early) await until(() => isPublic(a, slug), 20_000, `${slug} published after the restart`);

    // One node at a time ticks (every second); ten entries fall due at the same moment.
    const many = await Promise.all(Array.from({ length: 10 }, (_, i) => draft(b!, `Hai máy chủ, một lần đăng ${i + 1}`)));
    const at = new Date(Date.now() + 3_000).toISOString();
    for (const [i, { documentId }] of many.entries()) {
      const server: Server = i % 2 ? b! : a;
      assert.equal(
        (await client(server.url).request('PUT', `${DESK}/articles/${documentId}/schedule?locale=vi`, { publishAt: at }, editor)).status,
        200,
      );
    }
    for (const { slug } of many) await until(() => isPublic(b!, slug), 20_000, `${slug} published`);
    await sleep(1_500); // a late duplicate would arrive by now
    for (const { slug } of [...early, ...many]) {
      assert.equal(tags.filter((t) => t === `article:vi:${slug}`).length, 1, `${slug} published once (web told once)`);
    }
    assert.doesNotMatch(a.logs() + b!.logs(), /scheduled publishing failed|could not be published/);
  });
});
