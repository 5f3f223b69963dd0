/**
 * Issue 17.2 — a publication, an unpublication or an edit is visible through every web node (each one
 * directly, and through nginx) seconds after the editor's action is acknowledged (see FRESH_MS). The web nodes share
 * Next's cache in Redis (web/cache-handler.mjs) and the CMS tells any one of them (through nginx), so the
 * node that was not told must not keep its own stale copy for the hour pages are otherwise cached; a web
 * node that was down during a publication serves the new version as soon as it is back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { client } from '../../cms/tests/helpers/portal';
import { CM, msUntil, useCluster, type TestCluster } from './harness';

/**
 * The promise of issue 17 is 3 s from publish to visible on every node; `npm run bench:cluster` measures it.
 * Timings on a shared 2-core CI machine are noisy (a first render alone can take seconds there), so this test
 * allows CLUSTER_FRESH_MS (default 10 s) and prints each time: still far below the hour a node that missed
 * the change would keep serving its stale copy, so a node out of the loop fails it.
 */
const FRESH_MS = Number(process.env.CLUSTER_FRESH_MS ?? 10_000);

let cluster: TestCluster;
let targets: Array<{ name: string; url: string }>;

before(async () => {
  cluster = await useCluster();
  targets = [...cluster.web.map((n) => ({ name: n.name, url: n.url })), { name: 'nginx', url: cluster.front }];
});
after(async () => {
  await cluster?.stop();
});

const page = async (base: string, path: string) => {
  const res = await fetch(base + path, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  return { status: res.status, text: await res.text() };
};

/** Every target passes `check` within `withinMs` of `since`; reports each target's time. */
async function visibleEverywhere(what: string, since: number, check: (base: string) => Promise<boolean>, withinMs = FRESH_MS) {
  const times = await Promise.all(targets.map(async (t) => [t.name, await msUntil(() => check(t.url), since, withinMs + 7_000)] as const));
  process.stdout.write(`# ${what}: ${times.map(([n, ms]) => `${n} ${ms ?? 'never'} ms`).join(', ')}\n`);
  for (const [name, ms] of times) {
    assert.notEqual(ms, null, `${what}: never seen through ${name}`);
    assert.ok(ms! <= withinMs, `${what}: seen through ${name} after ${ms} ms (promise: ${withinMs} ms)`);
  }
}

async function articleOnEveryTarget(slug: string, status: number) {
  for (const t of targets) assert.equal((await page(t.url, `/vi/tin-tuc/${slug}`)).status, status, `${t.name} /vi/tin-tuc/${slug}`);
}

describe('every web node shows a change within seconds', () => {
  const slug = `bai-cum-may-chu-${Date.now()}`;
  let id = '';

  test('publishing a new article: its page answers 200 on every node (each had answered 404 before)', async () => {
    const cms = client(cluster.cmsFront);
    const auth = await cluster.editor();
    const draft = await cms.request('POST', `${CM}?locale=vi`, { title: 'Cụm máy chủ: bài mới', slug, featured: false }, auth);
    assert.equal(draft.status, 201, draft.text);
    id = draft.json.data.documentId;
    // Every node (and nginx) has seen the address as missing, so each may have cached that answer.
    await articleOnEveryTarget(slug, 404);
    const published = await cms.request('POST', `${CM}/${id}/actions/publish?locale=vi`, {}, auth);
    assert.equal(published.status, 200, published.text);
    const since = Date.now();
    await visibleEverywhere('publish', since, async (base) => {
      const res = await page(base, `/vi/tin-tuc/${slug}`);
      return res.status === 200 && res.text.includes('Cụm máy chủ: bài mới');
    });
  });

  test('editing it: the new title on every node', async () => {
    const cms = client(cluster.cmsFront);
    const auth = await cluster.editor();
    // Every node has rendered (and cached) the current version.
    for (const t of targets) assert.match((await page(t.url, `/vi/tin-tuc/${slug}`)).text, /Cụm máy chủ: bài mới/);
    const title = `Cụm máy chủ: bài đã sửa ${Date.now()}`;
    assert.equal((await cms.request('PUT', `${CM}/${id}?locale=vi`, { title }, auth)).status, 200);
    assert.equal((await cms.request('POST', `${CM}/${id}/actions/publish?locale=vi`, {}, auth)).status, 200);
    const since = Date.now();
    await visibleEverywhere('edit', since, async (base) => (await page(base, `/vi/tin-tuc/${slug}`)).text.includes(title));
    // The home page's latest news (rendered per request from the shared data cache) has it too.
    await visibleEverywhere('edit on the home page', since, async (base) => (await page(base, '/vi')).text.includes(title));
  });

  test('a web node that was down during an edit shows it as soon as it is back', async () => {
    const cms = client(cluster.cmsFront);
    const auth = await cluster.editor();
    const [, late] = cluster.web;
    await late!.stop();
    const title = `Cụm máy chủ: sửa khi một nút web tắt ${Date.now()}`;
    assert.equal((await cms.request('PUT', `${CM}/${id}?locale=vi`, { title }, auth)).status, 200);
    assert.equal((await cms.request('POST', `${CM}/${id}/actions/publish?locale=vi`, {}, auth)).status, 200);
    await msUntil(async () => (await page(cluster.web[0]!.url, `/vi/tin-tuc/${slug}`)).text.includes(title), Date.now());
    await late!.start();
    const first = await page(late!.url, `/vi/tin-tuc/${slug}`);
    assert.equal(first.status, 200);
    assert.ok(first.text.includes(title), `${late!.name}'s first answer after its restart shows the edit`);
  });

  test('unpublishing it: 404 on every node', async () => {
    const cms = client(cluster.cmsFront);
    const auth = await cluster.editor();
    await articleOnEveryTarget(slug, 200);
    assert.equal((await cms.request('POST', `${CM}/${id}/actions/unpublish?locale=vi`, {}, auth)).status, 200);
    const since = Date.now();
    await visibleEverywhere('unpublish', since, async (base) => (await page(base, `/vi/tin-tuc/${slug}`)).status === 404);
  });
});
