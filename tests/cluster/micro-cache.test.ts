/**
 * Issue 17.8 — nginx's micro-cache (config/nginx/portal.conf) answers anonymous readers from memory for a
 * second, in the encoding each one asked for, and never answers from it a visitor with a cookie or an
 * editor's draft preview.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { client } from '../../cms/tests/helpers/portal';
import { CM, msUntil, useCluster, type TestCluster } from './harness';

let cluster: TestCluster;
let articlePath = '';

before(async () => {
  cluster = await useCluster();
  const res = await client(cluster.cmsFront).get('/api/articles?locale=vi&pagination[pageSize]=1&fields[0]=slug&sort=publishedAt:desc');
  articlePath = `/vi/tin-tuc/${res.json.data[0].slug}`;
});
after(async () => {
  await cluster?.stop();
});

/** One GET through nginx with exactly these headers (fetch would add its own Accept-Encoding). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; cache: string; encoding: string; body: Buffer }>((resolve, reject) => {
    http
      .get(new URL(path, cluster.front), { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            cache: String(res.headers['x-cache'] ?? 'none'),
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}
const FROM_CACHE = ['HIT', 'STALE', 'UPDATING'];

test('a page read again within the second comes from the micro-cache, gzip-compressed only for clients that accept it', async () => {
  for (const path of ['/vi', articlePath]) {
    for (const [acceptEncoding, expected] of [
      ['gzip, deflate, br, zstd', 'gzip'],
      ['', 'identity'],
      ['gzip', 'gzip'],
    ] as const) {
      const headers: Record<string, string> = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
      await get(path, headers);
      const again = await get(path, headers);
      assert.equal(again.status, 200, path);
      assert.ok(FROM_CACHE.includes(again.cache), `${path} (Accept-Encoding "${acceptEncoding}"): X-Cache ${again.cache}`);
      assert.equal(again.encoding, expected, `${path} (Accept-Encoding "${acceptEncoding}")`);
      const html = (expected === 'gzip' ? zlib.gunzipSync(again.body) : again.body).toString('utf8');
      assert.match(html, /<\/html>\s*$/, `${path}: the whole document`);
    }
  }
});

test('a visitor who sends a cookie is never answered from the micro-cache', async () => {
  for (let i = 0; i < 2; i += 1) {
    const res = await get(articlePath, { cookie: 'session=abc' });
    assert.equal(res.status, 200);
    assert.equal(res.cache, 'BYPASS');
  }
});

test("the editor's preview link shows a draft edit at once, never a copy from the micro-cache", async () => {
  const cms = client(cluster.cmsFront);
  const auth = await cluster.editor();
  const draft = await cms.request(
    'POST',
    `${CM}?locale=vi`,
    { title: `Bản nháp xem trước ${Date.now()}`, slug: `ban-nhap-${Date.now()}` },
    auth,
  );
  assert.equal(draft.status, 201, draft.text);
  const id = draft.json.data.documentId as string;
  const preview = await cms.request(
    'GET',
    `/content-manager/preview/url/api::article.article?documentId=${id}&locale=vi&status=draft`,
    undefined,
    auth,
  );
  assert.equal(preview.status, 200, preview.text);
  const link = new URL(preview.json.data.url as string);
  const path = link.pathname + link.search;
  const first = await get(path);
  assert.equal(first.status, 200);
  const title = `Bản nháp đã sửa ${Date.now()}`;
  assert.equal((await cms.request('PUT', `${CM}/${id}?locale=vi`, { title }, auth)).status, 200);
  const second = await get(path);
  assert.equal(second.status, 200);
  assert.ok(!FROM_CACHE.includes(second.cache), `X-Cache ${second.cache}`);
  assert.match(second.body.toString('utf8'), new RegExp(title));
});

test('a page nobody read for a while shows the latest edit to its first reader, not the copy nginx kept', async () => {
  const cms = client(cluster.cmsFront);
  const auth = await cluster.editor();
  const slug = `trang-it-nguoi-doc-${Date.now()}`;
  const created = await cms.request('POST', `${CM}?locale=vi`, { title: `Trang ít người đọc ${Date.now()}`, slug }, auth);
  assert.equal(created.status, 201, created.text);
  const id = created.json.data.documentId as string;
  assert.equal((await cms.request('POST', `${CM}/${id}/actions/publish?locale=vi`, {}, auth)).status, 200);
  const path = `/vi/tin-tuc/${slug}`;
  assert.equal((await msUntil(async () => (await get(path)).status === 200, Date.now())) !== null, true, 'published page answers');
  await get(path); // kept by nginx
  // Nobody reads it for a few seconds (well past the 1 s micro-cache), then the editor changes it.
  await new Promise((resolve) => setTimeout(resolve, 4000));
  const title = `Trang ít người đọc, đã sửa ${Date.now()}`;
  assert.equal((await cms.request('PUT', `${CM}/${id}?locale=vi`, { title }, auth)).status, 200);
  assert.equal((await cms.request('POST', `${CM}/${id}/actions/publish?locale=vi`, {}, auth)).status, 200);
  // Wait until a web node itself has the edit (asked directly, so nginx's copy is not touched).
  const node = cluster.web[0]!.url;
  const fresh = await msUntil(async () => (await fetch(`${node}${path}`).then((r) => r.text())).includes(title), Date.now());
  assert.notEqual(fresh, null, 'the web node has the edit');
  const first = await get(path);
  assert.equal(first.status, 200);
  assert.match(first.body.toString('utf8'), new RegExp(title), `the first reader through nginx (X-Cache ${first.cache}) sees the edit`);
});
