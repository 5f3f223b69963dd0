/**
 * The desk's guards against a reporter (Strapi's Author) through the admin's own API, on the test database
 * (TEST_DATABASE: SQLite or PostgreSQL):
 *  - the text an editor approved is the text that goes out: an edit after "ready" / a schedule returns the
 *    draft to the reporter, the scheduler and the list view's Publish put out only the approved version;
 *  - for every type with drafts and every content-manager route about one document, a reporter gets none
 *    of another person's draft (nor the editor's note) and changes none of it, a new locale included;
 *  - a preview link shows the article, never the desk's note or schedule.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AUTHOR, CMS_DIR, EDITOR, startSeededServer, type SeededServer } from '../helpers/portal';
import { contentTypes, type ContentType } from '../helpers/content-model';

const CM = '/content-manager/collection-types';
const ARTICLE = `${CM}/api::article.article`;
const DESK = '/admin/portal-desk/articles';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let seeded: SeededServer;
let api: SeededServer['api'];
let editor: Record<string, string>;
let reporter: Record<string, string>;

before(async () => {
  seeded = await startSeededServer({ env: { PORTAL_SCHEDULER_TICK_SECONDS: '1' }, logins: [EDITOR, AUTHOR] });
  ({ api } = seeded);
  editor = seeded.auth[EDITOR.email]!;
  reporter = seeded.auth[AUTHOR.email]!;
});

after(async () => {
  await seeded?.stop();
});

const isPublic = async (documentId: string) =>
  (await api.get(`/api/articles?locale=vi&filters[documentId][$eq]=${documentId}`)).json.data.length === 1;
const desk = async (documentId: string) => (await api.get(`${DESK}/${documentId}?locale=vi`, editor)).json.data;

async function readyDraft(title: string): Promise<string> {
  const created = await api.request('POST', `${ARTICLE}?locale=vi`, { title, featured: false }, reporter);
  assert.equal(created.status, 201, created.text);
  const id = created.json.data.documentId as string;
  const ready = await api.request('POST', `${DESK}/${id}/ready?locale=vi`, {}, reporter);
  assert.equal(ready.status, 200, ready.text);
  return id;
}

const schedule = (id: string, inMs: number, extra: Record<string, unknown> = {}) =>
  api.request('PUT', `${DESK}/${id}/schedule?locale=vi`, { publishAt: new Date(Date.now() + inMs).toISOString(), ...extra }, editor);

describe('the approved version is the one published', () => {
  test('ready → editor schedules → reporter edits: back to the reporter, shown in the queue, not published', async () => {
    const id = await readyDraft('Tin đã duyệt: lịch tiếp công dân tháng 12');
    assert.equal((await schedule(id, 3_000)).status, 200);
    const swapped = await api.request('PUT', `${ARTICLE}/${id}?locale=vi`, { title: 'Nội dung chưa ai duyệt', featured: true }, reporter);
    assert.equal(swapped.status, 200, swapped.text);

    const state = await desk(id);
    assert.deepEqual([state.reviewStatus, state.scheduledPublishAt], ['changed', null]);
    const queue = await api.get('/admin/portal-desk/review-queue', editor);
    const item = queue.json.data.find((x: { documentId: string }) => x.documentId === id);
    assert.equal(item?.changedSinceReady, true, queue.text);

    await sleep(5_000); // two ticks past the cancelled time
    assert.equal(await isPublic(id), false, 'the unreviewed text is not published');
  });

  test('an untouched approved draft goes out on time, and an editor’s own edit goes out with it', async () => {
    const id = await readyDraft('Tin duyệt xong, đăng theo lịch');
    assert.equal((await schedule(id, 3_000)).status, 200);
    const edited = await api.request('PUT', `${ARTICLE}/${id}?locale=vi`, { title: 'Tin biên tập viên đã sửa, đăng theo lịch' }, editor);
    assert.equal(edited.status, 200, edited.text);
    assert.ok((await desk(id)).scheduledPublishAt, 'the editor’s edit keeps the schedule');
    const start = Date.now();
    while (!(await isPublic(id))) {
      assert.ok(Date.now() - start < 15_000, 'published on time');
      await sleep(300);
    }
    const published = await api.get(`/api/articles?locale=vi&filters[documentId][$eq]=${id}`);
    assert.equal(published.json.data[0].title, 'Tin biên tập viên đã sửa, đăng theo lịch');
  });

  test('the list view’s Publish refuses a draft changed since it was ready; the edit view’s Publish after reading it does not', async () => {
    const id = await readyDraft('Tin gửi duyệt rồi sửa');
    await api.request('PUT', `${ARTICLE}/${id}?locale=vi`, { title: 'Tin gửi duyệt rồi sửa lén' }, reporter);
    const bulk = await api.request('POST', `${ARTICLE}/actions/bulkPublish?locale=vi`, { documentIds: [id] }, editor);
    assert.equal(bulk.status, 400, bulk.text);
    assert.match(bulk.json.error.message, /^Bài “Tin gửi duyệt rồi sửa lén” đã bị sửa sau khi được duyệt/);
    assert.equal(await isPublic(id), false);
    const one = await api.request('POST', `${ARTICLE}/${id}/actions/publish?locale=vi`, {}, editor);
    assert.equal(one.status, 200, one.text);
    assert.equal(await isPublic(id), true);
  });

  test('a schedule set from a panel that showed an older version is refused', async () => {
    const id = await readyDraft('Tin lên lịch từ bản cũ');
    const seen = (await desk(id)).fingerprint as string;
    await api.request('PUT', `${ARTICLE}/${id}?locale=vi`, { title: 'Tin lên lịch từ bản cũ, đã sửa' }, reporter);
    const stale = await schedule(id, 60_000, { fingerprint: seen });
    assert.equal(stale.status, 409, stale.text);
    assert.match(stale.json.error.message, /^Bản nháp vừa được sửa/);
    assert.equal((await desk(id)).scheduledPublishAt, null);
  });
});

/** The content manager's admin routes about one document (or several, by id), read from Strapi itself. */
function documentRoutes(): Array<{ method: string; path: string }> {
  const require = createRequire(path.join(CMS_DIR, 'package.json'));
  const file = path.join(path.dirname(require.resolve('@strapi/content-manager/package.json')), 'dist/server/routes/admin.js');
  const routes = (require(file) as { routes: Array<{ method: string; path: string }> }).routes;
  return routes.filter((r) => r.path.startsWith('/collection-types/:model') && r.path !== '/collection-types/:model/actions/publish');
}

const deskTypes = () => contentTypes().filter((t) => t.draftAndPublish && t.kind === 'collectionType');
type SchemaAttribute = { type: string; required?: boolean; unique?: boolean; pluginOptions?: { i18n?: { localized?: boolean } } };
/** A type's attributes with their i18n options (which fields are shared between locales). */
const attributesOf = (t: ContentType): Record<string, SchemaAttribute> =>
  JSON.parse(
    fs.readFileSync(
      path.join(CMS_DIR, 'src/api', t.uid.split('::')[1]!.split('.')[0]!, 'content-types', t.singular, 'schema.json'),
      'utf8',
    ),
  ).attributes;

describe('another person’s draft, through every content-manager route', () => {
  for (const type of deskTypes()) {
    test(`${type.uid}: a reporter reads none of it and changes none of it, in any locale`, async () => {
      const attributes = attributesOf(type);
      const shared = (name: string) => attributes[name]?.pluginOptions?.i18n?.localized === false;
      const field = Object.keys(attributes).find((n) => attributes[n]!.type === 'string' && !attributes[n]!.unique && !shared(n));
      assert.ok(field, `${type.uid} has a text field to mark`);
      const base = `${CM}/${type.uid}`;

      // Someone else's document (the seed's), with an unpublished correction by the editor.
      const list = await api.get(`${base}?locale=vi&pageSize=1`, editor);
      assert.equal(list.status, 200, list.text);
      const id = list.json.results[0].documentId as string;
      const marker = `Bản sửa chưa đăng ${type.singular} ${Date.now()}`;
      const corrected = await api.request('PUT', `${base}/${id}?locale=vi`, { [field]: marker }, editor);
      assert.equal(corrected.status, 200, corrected.text);
      const secrets = [marker];
      if (type.uid === 'api::article.article') {
        const note = `Ghi chú riêng của biên tập viên ${Date.now()}`;
        assert.equal((await api.request('POST', `${DESK}/${id}/ready?locale=vi`, {}, editor)).status, 200);
        assert.equal((await api.request('POST', `${DESK}/${id}/send-back?locale=vi`, { note }, editor)).status, 200);
        secrets.push(note);
      }
      const before = (await api.get(`${base}/${id}?locale=vi`, editor)).json.data;

      // A locale the document does not have: the reporter's save there would create it.
      const locales = (await api.get('/i18n/locales', editor)).json as Array<{ code: string }>;
      const have = new Set([before.locale, ...(before.localizations ?? []).map((l: { locale: string }) => l.locale)]);
      const fresh = locales.map((l) => l.code).find((code) => !have.has(code));
      const body: Record<string, unknown> = { documentIds: [id] };
      for (const [name, a] of Object.entries(attributes)) {
        if (a.required && !shared(name) && (a.type === 'string' || a.type === 'text')) body[name] = `Bản dịch lạ ${name}`;
        if (a.type === 'boolean' && shared(name)) body[name] = !before[name];
      }

      const calls = documentRoutes().map((r) => ({
        method: r.method,
        url: `${r.path.replace(':model', type.uid).replace(/:id|:sourceId/, id)}?locale=vi`,
      }));
      if (fresh) calls.push({ method: 'PUT', url: `/collection-types/${type.uid}/${id}?locale=${fresh}` });
      for (const call of calls) {
        const res = await api.request(call.method, `/content-manager${call.url}`, call.method === 'GET' ? undefined : body, reporter);
        for (const secret of secrets)
          assert.ok(!res.text.includes(secret), `${call.method} ${call.url} (${res.status}) answers with ${secret}`);
        assert.ok(res.status < 500, `${call.method} ${call.url}: ${res.status} ${res.text}`);
      }

      const after = await api.get(`${base}/${id}?locale=vi`, editor);
      assert.equal(after.status, 200, 'not deleted');
      assert.equal(after.json.data[field], marker, 'the editor’s draft is untouched');
      for (const [name, a] of Object.entries(attributes))
        if (a.type === 'boolean' && shared(name)) assert.equal(after.json.data[name], before[name], name);
      if (fresh)
        assert.equal((await api.get(`${base}/${id}?locale=${fresh}`, editor)).json.data.documentId, undefined, `no ${fresh} version`);
    });
  }

  test('the reporter’s own document lists only the locales they may read', async () => {
    const mine = await api.request('POST', `${ARTICLE}?locale=vi`, { title: 'Bài của phóng viên có bản dịch của biên tập viên' }, reporter);
    const id = mine.json.data.documentId as string;
    const secret = `Bản dịch riêng của biên tập viên ${Date.now()}`;
    const en = await api.request('PUT', `${ARTICLE}/${id}?locale=en`, { title: secret }, editor);
    assert.equal(en.status, 200, en.text);
    const seen = await api.get(`${ARTICLE}/${id}?locale=vi`, reporter);
    assert.equal(seen.status, 200, seen.text);
    assert.ok(!seen.text.includes(secret), seen.text);
  });
});

describe('preview link', () => {
  test('the preview answer carries the article, not the review note or schedule', async () => {
    const id = await readyDraft('Bản nháp xem trước có ghi chú');
    const note = 'Ghi chú duyệt không được lộ qua liên kết xem trước';
    assert.equal((await api.request('POST', `${DESK}/${id}/send-back?locale=vi`, { note }, editor)).status, 200);
    assert.equal((await schedule(id, 3_600_000)).status, 200);
    const url = await api.get(`/content-manager/preview/url/api::article.article?documentId=${id}&locale=vi&status=draft`, editor);
    assert.equal(url.status, 200, url.text);
    const token = new URL(url.json.data.url).searchParams.get('token')!;
    const preview = await api.get(`/api/portal-preview/article?token=${encodeURIComponent(token)}`);
    assert.equal(preview.status, 200, preview.text);
    assert.equal(preview.json.data.title, 'Bản nháp xem trước có ghi chú');
    for (const field of ['reviewStatus', 'reviewNote', 'scheduledPublishAt', 'scheduledUnpublishAt', 'approvedFingerprint'])
      assert.ok(!(field in preview.json.data), `${field} is not in the preview`);
    assert.ok(!preview.text.includes(note));
  });
});
