/**
 * The newsroom through the admin's own API (the Chromium suite in web/tests/e2e/newsroom.test.ts clicks
 * the same things): publication dates set by the server, slugs from titles and unique per locale, and
 * the reporter's relation pickers showing names without write access.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AUTHOR, EDITOR, startSeededServer, type SeededServer } from '../helpers/portal';

const CM = '/content-manager/collection-types';
const ARTICLE = `${CM}/api::article.article`;
let seeded: SeededServer;
let api: SeededServer['api'];
let editor: Record<string, string>;
let reporter: Record<string, string>;

before(async () => {
  seeded = await startSeededServer({ seedArgs: ['--articles', '25'], logins: [EDITOR, AUTHOR] });
  ({ api } = seeded);
  editor = seeded.auth[EDITOR.email]!;
  reporter = seeded.auth[AUTHOR.email]!;
});

after(async () => {
  await seeded?.stop();
});

describe('publication date', () => {
  test('an article published with no date gets the moment of publication and comes first everywhere', async () => {
    const created = await api.request('POST', `${ARTICLE}?locale=vi`, { title: 'Tin vừa đăng không ghi ngày', featured: false }, editor);
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.data.publicationDate, null);
    const id = created.json.data.documentId;
    const before = Date.now();
    const published = await api.request('POST', `${ARTICLE}/${id}/actions/publish?locale=vi`, {}, editor);
    assert.equal(published.status, 200, published.text);
    const date = Date.parse(published.json.data.publicationDate);
    assert.ok(Math.abs(date - before) < 60_000, `publicationDate ${published.json.data.publicationDate} is the publication moment`);

    const latest = await api.get('/api/articles?locale=vi&sort=publicationDate:desc&pagination[pageSize]=1');
    assert.equal(latest.json.data[0].documentId, id, 'first by the date readers see');
    const feed = await api.get('/api/partner-feed/feed/vi.json');
    assert.equal(feed.json.items[0].title, 'Tin vừa đăng không ghi ngày');
    assert.ok(feed.json.items[0].date_published, 'the JSON feed item has date_published');

    // Stays editable; republishing keeps the editor's date.
    const edited = await api.request('PUT', `${ARTICLE}/${id}?locale=vi`, { publicationDate: '2020-01-02T03:04:05.000Z' }, editor);
    assert.equal(edited.status, 200, edited.text);
    const again = await api.request('POST', `${ARTICLE}/${id}/actions/publish?locale=vi`, {}, editor);
    assert.equal(again.json.data.publicationDate, '2020-01-02T03:04:05.000Z');
  });

  test('every published article has a date (the seed and the boot backfill leave none empty)', async () => {
    const res = await api.get('/api/articles?locale=vi&filters[publicationDate][$null]=true');
    assert.equal(res.json.data.length, 0);
  });
});

describe('slugs', () => {
  test('made from the Vietnamese title when left empty, unique in the locale', async () => {
    const first = await api.request('POST', `${ARTICLE}?locale=vi`, { title: 'Đoàn thẩm định làm việc tại xã', featured: false }, reporter);
    assert.equal(first.status, 201, first.text);
    assert.equal(first.json.data.slug, 'doan-tham-dinh-lam-viec-tai-xa');
    // Strapi's placeholder ("article") counts as empty.
    const second = await api.request(
      'POST',
      `${ARTICLE}?locale=vi`,
      { title: 'Đoàn thẩm định làm việc tại xã', slug: 'article', featured: false },
      reporter,
    );
    assert.equal(second.status, 201, second.text);
    assert.equal(second.json.data.slug, 'doan-tham-dinh-lam-viec-tai-xa-2');
  });

  test('a slug taken in the same locale is refused in Vietnamese, another locale may use it', async () => {
    const taken = await api.request(
      'POST',
      `${ARTICLE}?locale=vi`,
      { title: 'Bài trùng đường dẫn', slug: 'doan-tham-dinh-lam-viec-tai-xa', featured: false },
      reporter,
    );
    assert.equal(taken.status, 400, taken.text);
    assert.match(taken.json.error.message, /Đường dẫn \(slug\) "doan-tham-dinh-lam-viec-tai-xa" đã được dùng/);
    assert.deepEqual(taken.json.error.details.errors[0].path, ['slug']);
    const other = await api.request(
      'POST',
      `${ARTICLE}?locale=en`,
      { title: 'Same slug in English', slug: 'doan-tham-dinh-lam-viec-tai-xa', featured: false },
      reporter,
    );
    assert.equal(other.status, 201, other.text);
    const editable = await api.request(
      'PUT',
      `${ARTICLE}/${other.json.data.documentId}?locale=en`,
      { slug: 'appraisal-team-visits' },
      reporter,
    );
    assert.equal(editable.json.data.slug, 'appraisal-team-visits');
  });
});

describe('the reporter’s relation pickers', () => {
  for (const [field, target] of [
    ['category', 'api::category.category'],
    ['sourceUnit', 'api::organization-unit.organization-unit'],
  ] as const) {
    test(`${field} lists names, and the reporter still cannot write ${target}`, async () => {
      const res = await api.get(`/content-manager/relations/api::article.article/${field}?locale=vi&pageSize=50`, reporter);
      assert.equal(res.status, 200, res.text);
      assert.ok(res.json.results.length > 0);
      for (const item of res.json.results) assert.ok(item.name && item.name !== item.documentId, `a name, not ${JSON.stringify(item)}`);
      const create = await api.request('POST', `${CM}/${target}?locale=vi`, { name: 'Mục lạ', slug: 'muc-la' }, reporter);
      assert.equal(create.status, 403, create.text);
      const one = res.json.results[0].documentId;
      const update = await api.request('PUT', `${CM}/${target}/${one}?locale=vi`, { name: 'Sửa trái phép' }, reporter);
      assert.equal(update.status, 403, update.text);
    });
  }
});
