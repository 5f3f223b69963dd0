/**
 * The audit trail through the admin's API (the Chromium suite in web/tests/e2e/newsroom.test.ts reads
 * it in the admin): document actions, logins and role changes are recorded with who, what, locale and
 * when; only holders of the audit permission read and export it; and no route of the app — taken from
 * `strapi routes:list`, so routes added later are covered — edits or deletes an entry.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseCsv, type AuditRow } from '../../src/utils/audit-csv';
import {
  ADMIN,
  AUTHOR,
  EDITOR,
  STRAPI_BIN,
  adminToken,
  baseEnv,
  client,
  run,
  startServer,
  type Database,
  type Server,
  seededDatabase,
} from '../helpers/portal';

const ARTICLE = '/content-manager/collection-types/api::article.article';
let db: Database;
let server: Server;
let api: ReturnType<typeof client>;
let admin: Record<string, string>;
let editor: Record<string, string>;
let reporter: Record<string, string>;
let routes: Array<{ method: string; path: string }> = [];

const trail = async (query: string, who = editor) => {
  const res = await api.get(`/admin/audit-trail/entries?${query}`, who);
  assert.equal(res.status, 200, res.text);
  return res.json as { results: AuditRow[]; pagination: { total: number }; retentionDays: number };
};

before(async () => {
  db = await seededDatabase(['--articles', '3']);
  // The whole route list of the app, as Strapi builds it (admin, content API, plugins).
  const [listed, started] = await Promise.all([
    run([STRAPI_BIN, 'routes:list'], { ...baseEnv(db), FORCE_COLOR: '0' }, 600_000),
    startServer(db),
  ]);
  server = started;
  assert.equal(listed.code, 0, listed.stderr);
  routes = [...listed.stdout.matchAll(/\b(GET|POST|PUT|DELETE|PATCH)\s*[│|]\s*(\/\S+)/g)].map((m) => ({ method: m[1]!, path: m[2]! }));
  api = client(server.url);
  admin = { authorization: `Bearer ${await adminToken(server.url, ADMIN)}` };
  editor = { authorization: `Bearer ${await adminToken(server.url, EDITOR)}` };
  reporter = { authorization: `Bearer ${await adminToken(server.url, AUTHOR)}` };
});

after(async () => {
  await server?.stop();
  await db?.drop();
});

describe('the audit trail records', () => {
  test('a reporter’s draft and edit and an editor’s publish: who, what, which locale, when', async () => {
    const start = Date.now();
    const created = await api.request('POST', `${ARTICLE}?locale=vi`, { title: 'Nhật ký: họp dân về chợ xã', featured: false }, reporter);
    assert.equal(created.status, 201, created.text);
    const id = created.json.data.documentId as string;
    const edited = await api.request('PUT', `${ARTICLE}/${id}?locale=vi`, { title: 'Nhật ký: họp dân về chợ xã mới' }, reporter);
    assert.equal(edited.status, 200, edited.text);
    const published = await api.request('POST', `${ARTICLE}/${id}/actions/publish?locale=vi`, {}, editor);
    assert.equal(published.status, 200, published.text);

    const { results } = await trail(`document=${id}`);
    const byAction = Object.fromEntries(results.map((e) => [e.action, e]));
    assert.deepEqual(results.map((e) => e.action).sort(), ['create', 'publish', 'update'], JSON.stringify(results));
    for (const action of ['create', 'update'])
      assert.match(byAction[action]!.actorName ?? '', /Phóng viên|Reporter|reporter/i, JSON.stringify(byAction[action]));
    assert.ok(byAction.publish!.actorName && byAction.publish!.actorName !== byAction.create!.actorName, JSON.stringify(byAction.publish));
    for (const e of results) {
      assert.equal(e.locale, 'vi');
      assert.equal(e.subjectType, 'api::article.article');
      assert.ok(Date.parse(e.occurredAt) >= start - 2_000 && Date.parse(e.occurredAt) <= Date.now() + 2_000, e.occurredAt);
    }
    assert.equal(byAction.publish!.title, 'Nhật ký: họp dân về chợ xã mới');

    // Filters: who and action, title, dates.
    const pubs = await trail(
      `action=publish&actor=${encodeURIComponent(String((await api.get('/admin/users/me', editor)).json.data.id))}&q=${encodeURIComponent('chợ xã mới')}`,
    );
    assert.deepEqual(
      pubs.results.map((e) => e.documentId),
      [id],
    );
    const tomorrow = new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);
    assert.equal((await trail(`document=${id}&from=${tomorrow}`)).results.length, 0);
    const bad = await api.get('/admin/audit-trail/entries?from=hôm-qua', editor);
    assert.equal(bad.status, 400);
    assert.match(bad.json.error.message, /phải có dạng YYYY-MM-DD/);

    // Who made and published it, for the edit view's panel and the list's author column.
    const people = await api.get(`/admin/audit-trail/people/api::article.article?documentIds=${id}&locale=vi`, reporter);
    assert.equal(people.status, 200, people.text);
    assert.equal(people.json.data[id].createdBy.name, byAction.create!.actorName);
    assert.equal(people.json.data[id].publishedBy.name, byAction.publish!.actorName);

    // The CSV export carries the same entries.
    const csv = await fetch(`${server.url}/admin/audit-trail/export?document=${id}`, { headers: editor });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const rows = parseCsv(await csv.text());
    assert.deepEqual(rows.map((r) => r['Thao tác']).sort(), ['Sửa', 'Tạo mới', 'Xuất bản']);
    assert.ok(
      rows.every((r) => r['Ngôn ngữ'] === 'vi' && r['Mã'] === id && r['Người thực hiện'] && r['Loại'] === 'Tin bài'),
      JSON.stringify(rows),
    );
  });

  test('scheduling, marking ready and sending back (the desk panel) are recorded with who and when', async () => {
    const created = await api.request('POST', `${ARTICLE}?locale=vi`, { title: 'Tin hẹn giờ đăng', featured: false }, reporter);
    const id = created.json?.data?.documentId;
    assert.ok(id, created.text);
    assert.equal((await api.request('POST', `/admin/portal-desk/articles/${id}/ready?locale=vi`, {}, reporter)).status, 200);
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await api.request('PUT', `/admin/portal-desk/articles/${id}/schedule?locale=vi`, { publishAt: at }, editor);
    assert.equal(scheduled.status, 200, scheduled.text);
    const back = await api.request('POST', `/admin/portal-desk/articles/${id}/send-back?locale=vi`, { note: 'Thêm ảnh bìa.' }, editor);
    assert.equal(back.status, 200, back.text);
    const { results } = await trail(`document=${id}`);
    const schedule = results.filter((e) => e.action === 'schedule');
    assert.equal(schedule.length, 1, JSON.stringify(results));
    assert.equal(schedule[0]!.details?.scheduledPublishAt, at);
    assert.match(schedule[0]!.actorName ?? '', /Biên tập/);
    assert.equal(schedule[0]!.locale, 'vi');
    const review = results
      .filter((e) => e.action === 'update' && e.details && 'reviewStatus' in e.details)
      .map((e) => [e.details!.reviewStatus, e.actorName]);
    assert.equal(review.length, 2, JSON.stringify(results));
    assert.ok(
      review.some(([status, who]) => status === 'ready' && /Phóng/.test(String(who))),
      JSON.stringify(review),
    );
    assert.ok(
      review.some(([status, who]) => status === 'changes' && /Biên tập/.test(String(who))),
      JSON.stringify(review),
    );
  });

  test('logins are recorded', async () => {
    const { results } = await trail('action=login');
    const names = new Set(results.map((e) => e.actorName));
    assert.ok(names.size >= 3, JSON.stringify([...names]));
  });

  test('failed admin logins are recorded with the e-mail tried and the address, never the password; Super Admins read them', async () => {
    const login = (email: string, password: string) =>
      fetch(`${server.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ email, password }),
      });
    const wrong = 'Sai-mat-khau-123';
    assert.equal((await login(AUTHOR.email, wrong)).status, 400);
    assert.equal((await login('khong-co@portal.test', wrong)).status, 400);
    const { results } = await trail('action=login-failed', admin);
    const known = results.find((e) => e.actorName === AUTHOR.email);
    const unknown = results.find((e) => e.actorName === 'khong-co@portal.test');
    assert.ok(known && unknown, JSON.stringify(results));
    assert.match(known.title ?? '', /Phóng Viên/, 'an existing account is named');
    assert.equal(known.details?.knownAccount, true);
    assert.equal(unknown.details?.knownAccount, false);
    assert.equal(typeof known.details?.address, 'string');
    assert.ok(!JSON.stringify(results).includes(wrong), 'the password typed is not kept');
    // A successful login is a login, not a failure.
    assert.ok(!results.some((e) => e.actorName === EDITOR.email));
    const csv = await api.get('/admin/audit-trail/export?action=login-failed', admin);
    assert.match(csv.text, /khong-co@portal\.test/);
    assert.equal((await api.get('/admin/audit-trail/entries?action=login-failed', reporter)).status, 403);
  });

  test('a user’s role change and a role’s edit are recorded with who and before → after', async () => {
    const roles = (await api.get('/admin/roles', admin)).json.data as { id: number; code: string; name: string }[];
    const author = roles.find((r) => r.code === 'strapi-author')!;
    const editorRole = roles.find((r) => r.code === 'strapi-editor')!;
    const made = await api.request(
      'POST',
      '/admin/users',
      { firstname: 'Cộng tác viên', lastname: 'Mới', email: 'ctv@portal.test', roles: [author.id] },
      admin,
    );
    assert.equal(made.status, 201, made.text);
    const userId = made.json.data.id;
    const changed = await api.request('PUT', `/admin/users/${userId}`, { roles: [editorRole.id] }, admin);
    assert.equal(changed.status, 200, changed.text);
    const renamed = await api.request(
      'PUT',
      `/admin/roles/${author.id}`,
      { name: author.name, description: 'Phóng viên: viết bản nháp' },
      admin,
    );
    assert.equal(renamed.status, 200, renamed.text);

    const { results } = await trail('action=role');
    const userChange = results.find((e) => e.subjectType === 'admin::user' && e.documentId === String(userId));
    assert.ok(userChange, JSON.stringify(results));
    assert.deepEqual(userChange.details, { from: [author.name], to: [editorRole.name] });
    assert.match(userChange.title ?? '', /Cộng tác viên Mới/);
    assert.ok(userChange.actorName);
    assert.ok(
      results.some((e) => e.subjectType === 'admin::role' && e.documentId === String(author.id)),
      JSON.stringify(results),
    );
  });
});

describe('only editors and super admins read it, and nobody changes it', () => {
  test('the reporter is refused the trail and its export; editors and super admins read it', async () => {
    for (const path of ['/admin/audit-trail/entries', '/admin/audit-trail/export']) {
      assert.equal((await api.get(path, reporter)).status, 403, path);
      assert.equal((await api.get(path)).status, 401, path);
      assert.equal((await api.get(path, admin)).status, 200, path);
    }
    assert.equal((await trail('')).retentionDays, 730);
  });

  test('no route of the app edits or deletes an entry (from the route list)', async () => {
    assert.ok(
      routes.some((r) => r.path === '/admin/audit-trail/entries'),
      `route list: ${routes.length} routes`,
    );
    // The trail's own routes only read.
    const own = routes.filter((r) => /audit/i.test(r.path));
    assert.ok(own.length >= 3);
    for (const r of own) assert.equal(r.method, 'GET', `${r.method} ${r.path}`);
    // It is no content type: the content manager, the REST API and GraphQL have nothing to write to.
    const types = (await api.get('/content-manager/content-types', admin)).json.data as { uid: string }[];
    assert.ok(!types.some((c) => /audit/i.test(c.uid)), 'no audit content type');
    assert.ok(!routes.some((r) => /audit/i.test(r.path) && r.path.startsWith('/api/')), 'no content API route');

    const before = await trail('pageSize=100', admin);
    const one = before.results[0]!;
    // Every generic writing route (one that takes a type name), aimed at the trail as the super admin.
    const generic = routes.filter((r) => r.method !== 'GET' && /:(model|uid|contentType|collectionType)\b/.test(r.path));
    let tried = 0;
    for (const r of generic) {
      for (const guess of ['api::audit-trail.audit-trail', 'audit-trail', 'portal_audit_entries']) {
        const path = r.path.replace(/:(\w+)/g, (_m, name) =>
          /^(model|uid|contentType|collectionType)$/.test(name) ? guess : String(one.id),
        );
        const res = await api.request(r.method, path, { data: { action: 'login', title: 'sửa' } }, admin);
        assert.ok(res.status >= 400 && res.status !== 500, `${r.method} ${path}: ${res.status} ${res.text.slice(0, 200)}`);
        tried += 1;
      }
    }
    assert.ok(tried > 10, `tried ${tried}`);
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      for (const path of ['/admin/audit-trail/entries', `/admin/audit-trail/entries/${one.id}`, '/admin/audit-trail/export']) {
        const res = await api.request(method, path, { action: 'login' }, admin);
        assert.ok([404, 405].includes(res.status), `${method} ${path}: ${res.status}`);
      }
    }
    const afterwards = await trail('pageSize=100', admin);
    const kept = afterwards.results.find((e) => e.id === one.id);
    assert.deepEqual(kept, one, 'the entry is unchanged');
    assert.ok(afterwards.pagination.total >= before.pagination.total);
  });
});

describe('what the Editor reads, and what else is recorded', () => {
  test('the Editor reads names, actions, titles and times: no e-mail and no client address, in the data or the CSV', async () => {
    const { results } = await trail('pageSize=100');
    const text = JSON.stringify(results);
    assert.ok(results.length > 5);
    assert.doesNotMatch(text, /@portal\.test/, 'no staff or typed e-mail');
    assert.ok(!results.some((e) => e.actorEmail || (e.details && 'address' in e.details)), 'no e-mail field, no address');
    const failed = (await trail('action=login-failed')).results;
    assert.ok(
      failed.some((e) => /Phóng Viên/.test(e.actorName ?? '')),
      JSON.stringify(failed),
    );
    const csv = await api.get('/admin/audit-trail/export?pageSize=100', editor);
    assert.equal(csv.status, 200);
    assert.doesNotMatch(csv.text, /@portal\.test|203\.0\.113\.9/);
    const full = (await trail('action=login-failed', admin)).results;
    assert.ok(
      full.some((e) => e.actorEmail === AUTHOR.email && typeof e.details?.address === 'string'),
      JSON.stringify(full),
    );
  });

  test('the title filter ignores case and Vietnamese marks; the desk’s hand-offs have filters of their own', async () => {
    const created = await api.request('POST', `${ARTICLE}?locale=vi`, { title: 'Họp dân xã Thạch Đồng', featured: false }, reporter);
    const id = created.json?.data?.documentId;
    assert.ok(id, created.text);
    for (const q of ['Đồng', 'đồng', 'dong', 'THẠCH ĐỒNG', 'thach dong'])
      assert.deepEqual(
        (await trail(`q=${encodeURIComponent(q)}&document=${id}`)).results.map((e) => e.action),
        ['create'],
        q,
      );
    const ready = (await trail('action=review.ready')).results;
    assert.ok(ready.length >= 1 && ready.every((e) => e.details?.reviewStatus === 'ready'), JSON.stringify(ready));
    const back = (await trail('action=review.changes')).results;
    assert.ok(back.length >= 1 && back.every((e) => e.details?.reviewStatus === 'changes'), JSON.stringify(back));
  });

  test('uploads, media deletions, API tokens, invitations, activation and settings changes are recorded', async () => {
    const form = new FormData();
    form.append('files', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'bien-ban-hop.pdf');
    const uploaded = await fetch(`${server.url}/upload`, { method: 'POST', headers: editor, body: form });
    assert.equal(uploaded.status, 201, await uploaded.clone().text());
    const file = ((await uploaded.json()) as { id: number }[])[0]!;
    assert.equal((await api.request('DELETE', `/upload/files/${file.id}`, undefined, editor)).status, 200);
    const media = (await trail('type=plugin::upload.file')).results;
    assert.deepEqual(
      media
        .filter((e) => e.title === 'bien-ban-hop.pdf')
        .map((e) => e.action)
        .sort(),
      ['delete', 'upload'],
      JSON.stringify(media),
    );

    const token = await api.request('POST', '/admin/api-tokens', { name: 'Cổng đối tác', type: 'read-only', lifespan: null }, admin);
    assert.equal(token.status, 201, token.text);
    const invited = await api.request(
      'POST',
      '/admin/users',
      { firstname: 'Văn', lastname: 'Thư', email: 'van-thu@portal.test', roles: [] },
      admin,
    );
    assert.ok(invited.status === 201 || invited.status === 400, invited.text);
    const settings = await api.request(
      'PUT',
      '/upload/settings',
      { sizeOptimization: true, responsiveDimensions: true, autoOrientation: false },
      admin,
    );
    assert.equal(settings.status, 200, settings.text);
    assert.ok((await trail('action=token')).results.some((e) => e.title === 'Cổng đối tác'));
    assert.ok((await trail('action=account')).results.some((e) => e.details?.change === 'invited'));
    assert.ok((await trail('action=settings')).results.some((e) => /media/i.test(e.title ?? '')));
  });

  test('comment moderation and visit corrections are recorded with who', async () => {
    const list = await api.get('/reviews/comments?pageSize=1', admin);
    const comment = list.json?.data?.[0];
    assert.ok(comment, list.text);
    assert.equal((await api.request('POST', `/reviews/comments/${comment.id}/reject`, {}, editor)).status, 200);
    assert.equal((await api.request('POST', `/reviews/comments/${comment.id}/approve`, {}, editor)).status, 200);
    const moderated = (await trail('action=moderation')).results;
    assert.deepEqual(moderated.map((e) => e.details?.decision).sort(), ['approve', 'reject'], JSON.stringify(moderated));
    assert.ok(moderated.every((e) => /Biên tập/.test(e.actorName ?? '')));
    const corrected = await api.request('POST', '/visit-counter/corrections', { total: 120_000, reason: 'Khôi phục sau sự cố' }, admin);
    assert.equal(corrected.status, 200, corrected.text);
    assert.ok(
      (await trail('action=visit-correction')).results.some((e) => e.title === 'Khôi phục sau sự cố' && e.details?.total === 120_000),
    );
  });

  test('the audit page has its own address: reloading it shows the admin, not raw JSON', async () => {
    const res = await fetch(`${server.url}/admin/audit-trail`, { headers: { accept: 'text/html' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
  });

  test('a login takes as long for an unknown e-mail as for a staff member’s (median of several tries)', async () => {
    const time = async (email: string) => {
      const start = performance.now();
      const res = await fetch(`${server.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'Sai-mat-khau-9' }),
      });
      assert.equal(res.status, 400, email);
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    // (Strapi allows five tries per e-mail in five minutes: three each of the staff, a new e-mail per unknown try.)
    for (let i = 0; i < 3; i += 1)
      for (const who of [ADMIN, EDITOR]) {
        known.push(await time(who.email));
        unknown.push(await time(`khong-ai-${i}-${who.email.split('@')[0]}@portal.test`));
      }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [k, u] = [median(known), median(unknown)];
    assert.ok(u >= k * 0.6 && u <= k * 1.6 + 20, `known ${k.toFixed(1)} ms, unknown ${u.toFixed(1)} ms`);
  });
});
