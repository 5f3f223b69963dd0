/**
 * The CMS as the public, partners and the newsroom see it, on a real Strapi and a throwaway database
 * (SQLite by default; TEST_DATABASE=postgres for PostgreSQL).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ADMIN,
  AUTHOR,
  EDITOR,
  adminToken,
  importDossiers,
  seed,
  type Database,
  type Server,
  startSeededServer,
  type SeededServer,
} from '../helpers/portal';

const TYPES = [
  { plural: 'articles', single: false, gql: 'Article' },
  { plural: 'categories', single: false, gql: 'Category' },
  { plural: 'organization-units', single: false, gql: 'OrganizationUnit' },
  { plural: 'website-links', single: false, gql: 'WebsiteLink' },
  { plural: 'site-setting', single: true, gql: 'SiteSetting' },
  { plural: 'admin-units', single: false, gql: 'AdminUnit' },
  { plural: 'map-layers', single: false, gql: 'MapLayer' },
  { plural: 'official-documents', single: false, gql: 'OfficialDocument' },
  { plural: 'dossier-statistics', single: false, gql: 'DossierStatistic' },
] as const;

const SYNTHETIC = 110; // with the 14 demo articles: more vi articles than the 100 maxLimit
let seeded: SeededServer;
let db: Database;
let server: Server;
let api: SeededServer['api'];

before(async () => {
  seeded = await startSeededServer({ seedArgs: ['--articles', String(SYNTHETIC)] });
  ({ db, server, api } = seeded);
});

after(async () => {
  await seeded?.stop();
});

const CM = '/content-manager/collection-types/api::article.article';

describe(`content model and locales (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  test('vi is the default locale and en exists', async () => {
    const token = await adminToken(server.url);
    const res = await api.get('/i18n/locales', { authorization: `Bearer ${token}` });
    assert.equal(res.status, 200);
    const codes = res.json.map((l: { code: string; isDefault: boolean }) => `${l.code}${l.isDefault ? '*' : ''}`).sort();
    assert.deepEqual(codes, ['en', 'vi*']);
  });

  test('the admin knows every portal content type, localized', async () => {
    const token = await adminToken(server.url);
    const res = await api.get('/content-manager/content-types', { authorization: `Bearer ${token}` });
    const ours = res.json.data.filter((t: { uid: string }) => t.uid.startsWith('api::'));
    const byUid = Object.fromEntries(ours.map((t: { uid: string }) => [t.uid, t]));
    for (const uid of ['article', 'category', 'organization-unit', 'site-setting', 'website-link']) {
      const type = byUid[`api::${uid}.${uid}`];
      assert.ok(type, `${uid} missing`);
      assert.equal(type.pluginOptions?.i18n?.localized, true, `${uid} should be localized`);
    }
    const article = byUid['api::article.article'];
    assert.equal(article.options.draftAndPublish, true);
    for (const field of [
      'title',
      'slug',
      'summary',
      'body',
      'cover',
      'coverCaption',
      'gallery',
      'category',
      'sourceUnit',
      'byline',
      'tags',
      'featured',
      'publicationDate',
      'seo',
    ]) {
      assert.ok(article.attributes[field], `article.${field} missing`);
    }
  });

  test('the public lists published vi and en articles by locale over REST', async () => {
    for (const locale of ['vi', 'en']) {
      const res = await api.get(
        `/api/articles?locale=${locale}&sort=publicationDate:desc&filters[slug][$notContainsi]=tong-hop&populate[0]=category&populate[1]=sourceUnit&populate[2]=cover`,
      );
      assert.equal(res.status, 200, res.text);
      assert.ok(res.json.data.length >= 12, `${locale}: ${res.json.data.length} demo articles`);
      for (const article of res.json.data) {
        assert.equal(article.locale, locale);
        assert.ok(article.publishedAt);
        assert.equal(article.category?.locale, locale, 'category in the same locale');
      }
      const categories = new Set(res.json.data.map((a: { category: { slug: string } }) => a.category.slug));
      assert.ok(categories.size >= 3, `${locale}: articles in ${categories.size} categories`);
    }
    const vi = await api.get('/api/articles?locale=vi&filters[featured]=true&populate=*');
    const lead = vi.json.data.find((a: { coverCaption: string }) => a.coverCaption.startsWith('Chủ tịch UBND huyện'));
    assert.ok(lead, 'the lead story has the seed caption');
    assert.equal(lead.sourceUnit.name, 'Trung tâm VHTT Thạch Hà');
    assert.match(lead.cover.url, /^\/uploads\/.+\.jpg$/);
    const image = await fetch(server.url + lead.cover.url);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/jpeg');
  });

  test('the public lists articles by locale over GraphQL, with the unit and category', async () => {
    const query = `query ($locale: I18NLocaleCode) { articles(locale: $locale, filters: { featured: { eq: true } }) {
      title locale coverCaption category { name } sourceUnit { name } localizations { locale slug } } }`;
    const vi = await api.graphql(query, { locale: 'vi' });
    assert.equal(vi.status, 200, vi.text);
    assert.ok(vi.json.data.articles.some((a: { sourceUnit: { name: string } }) => a.sourceUnit?.name === 'Trung tâm VHTT Thạch Hà'));
    const en = await api.graphql(query, { locale: 'en' });
    assert.ok(en.json.data.articles.length >= 1);
    assert.ok(
      en.json.data.articles.every(
        (a: { locale: string; localizations: Array<{ locale: string }> }) =>
          a.locale === 'en' && a.localizations.some((l) => l.locale === 'vi'),
      ),
    );
  });

  test('organisation units, website links and site settings are public in both locales', async () => {
    for (const locale of ['vi', 'en']) {
      const units = await api.get(`/api/organization-units?locale=${locale}&populate=leaders`);
      assert.ok(units.json.data.length >= 6);
      assert.ok(units.json.data.every((u: { leaders: unknown[] }) => Array.isArray(u.leaders)));
      const links = await api.get(`/api/website-links?locale=${locale}`);
      assert.ok(links.json.data.length >= 3);
      const settings = await api.get(`/api/site-setting?locale=${locale}&populate=logo`);
      assert.equal(settings.status, 200);
      assert.match(settings.json.data.portalName, /Thạch Hà/);
      assert.match(settings.json.data.operationsPortalUrl, /^https:\/\//);
    }
  });
});

describe('drafts stay private', () => {
  let draftId: string;
  let editedId: string;
  let publishedTitle: string;

  before(async () => {
    const auth = { authorization: `Bearer ${await adminToken(server.url, AUTHOR)}` };
    const created = await api.request(
      'POST',
      `${CM}?locale=vi`,
      { title: 'Bản nháp chưa duyệt', slug: 'ban-nhap-chua-duyet', featured: false },
      auth,
    );
    assert.equal(created.status, 201, created.text);
    draftId = created.json.data.documentId;

    const editor = { authorization: `Bearer ${await adminToken(server.url, EDITOR)}` };
    const list = await api.get(
      '/api/articles?locale=vi&pagination[pageSize]=1&sort=publicationDate:desc&filters[slug][$notContainsi]=tong-hop',
    );
    editedId = list.json.data[0].documentId;
    publishedTitle = list.json.data[0].title;
    const edited = await api.request('PUT', `${CM}/${editedId}?locale=vi`, { title: 'Tiêu đề đang sửa, chưa xuất bản' }, editor);
    assert.equal(edited.status, 200, edited.text);
  });

  test('over REST, even when asking for status=draft', async () => {
    for (const q of ['', '&status=draft', '&status=published']) {
      const res = await api.get(`/api/articles?locale=vi&pagination[pageSize]=100${q}&filters[slug][$eq]=ban-nhap-chua-duyet`);
      assert.equal(res.json?.data?.length ?? 0, 0, `draft listed with "${q}"`);
    }
    assert.equal((await api.get(`/api/articles/${draftId}?locale=vi`)).status, 404);
    assert.equal((await api.get(`/api/articles/${draftId}?locale=vi&status=draft`)).status, 404);
    const edited = await api.get(`/api/articles/${editedId}?locale=vi&status=draft`);
    assert.equal(edited.json.data.title, publishedTitle, 'unpublished edit leaked');
    const filtered = await api.get('/api/articles?locale=vi&status=draft&filters[publishedAt][$null]=true');
    assert.equal(filtered.json.data.length, 0);
  });

  test('over GraphQL, even with status: DRAFT', async () => {
    const res = await api.graphql(
      `{ articles(locale: "vi", status: DRAFT, pagination: { pageSize: 100 }) { documentId title publishedAt } }`,
    );
    assert.equal(res.status, 200, res.text);
    assert.ok(res.json.data.articles.every((a: { publishedAt: string | null }) => a.publishedAt !== null));
    assert.ok(!res.json.data.articles.some((a: { documentId: string }) => a.documentId === draftId));
    const one = await api.graphql(`query ($id: ID!) { article(documentId: $id, locale: "vi", status: DRAFT) { title } }`, { id: editedId });
    assert.equal(one.json.data.article.title, publishedTitle);
    const draft = await api.graphql(`query ($id: ID!) { article(documentId: $id, locale: "vi", status: DRAFT) { title } }`, {
      id: draftId,
    });
    assert.equal(draft.json.data.article, null);
  });
});

describe('the newsroom roles', () => {
  test('a reporter writes drafts but cannot publish; an editor publishes anyone’s draft', async () => {
    const reporter = { authorization: `Bearer ${await adminToken(server.url, AUTHOR)}` };
    const created = await api.request(
      'POST',
      `${CM}?locale=vi`,
      { title: 'Tin của phóng viên', slug: 'tin-cua-phong-vien', featured: false },
      reporter,
    );
    assert.equal(created.status, 201, created.text);
    const id = created.json.data.documentId;
    const denied = await api.request('POST', `${CM}/${id}/actions/publish?locale=vi`, {}, reporter);
    assert.equal(denied.status, 403);

    const editor = { authorization: `Bearer ${await adminToken(server.url, EDITOR)}` };
    const published = await api.request('POST', `${CM}/${id}/actions/publish?locale=vi`, {}, editor);
    assert.equal(published.status, 200, published.text);
    const pub = await api.get('/api/articles?locale=vi&filters[slug][$eq]=tin-cua-phong-vien');
    assert.equal(pub.json.data.length, 1);
  });

  test('a reporter cannot create what is public on save (types without drafts)', async () => {
    const reporter = { authorization: `Bearer ${await adminToken(server.url, AUTHOR)}` };
    const res = await api.request(
      'POST',
      '/content-manager/collection-types/api::website-link.website-link?locale=vi',
      { label: 'Liên kết lạ', url: 'https://example.org', order: 99 },
      reporter,
    );
    assert.equal(res.status, 403, res.text);
  });

  test('a reporter cannot edit an entry someone else created', async () => {
    const reporter = { authorization: `Bearer ${await adminToken(server.url, AUTHOR)}` };
    const list = await api.get('/api/articles?locale=vi&pagination[pageSize]=1&filters[slug][$notContainsi]=tong-hop');
    const res = await api.request('PUT', `${CM}/${list.json.data[0].documentId}?locale=vi`, { title: 'Sửa trái phép' }, reporter);
    assert.equal(res.status, 403);
  });
});

describe('the public cannot write', () => {
  for (const type of TYPES) {
    test(`403 on create/update/delete of ${type.plural} (REST and GraphQL)`, async () => {
      const item = await api.get(`/api/${type.plural}?locale=vi${type.single ? '' : '&pagination[pageSize]=1'}`);
      const id = type.single ? '' : `/${item.json.data[0].documentId}`;
      assert.equal(
        (await api.request('POST', `/api/${type.plural}`, { data: { title: 'x', name: 'x', label: 'x' } })).status,
        type.single ? 405 : 403,
      );
      assert.equal((await api.request('PUT', `/api/${type.plural}${id}`, { data: { title: 'x' } })).status, 403);
      assert.equal((await api.request('DELETE', `/api/${type.plural}${id}`)).status, 403);

      const mutation = type.single
        ? `mutation { update${type.gql}(data: {}) { documentId } }`
        : `mutation { delete${type.gql}(documentId: "${item.json.data[0].documentId}") { documentId } }`;
      const res = await api.graphql(mutation);
      assert.equal(res.json.errors?.[0]?.extensions?.code, 'FORBIDDEN', res.text);
      assert.equal(res.json.data?.[`${type.single ? 'update' : 'delete'}${type.gql}`] ?? null, null);
    });
  }

  test('nothing else is open: users, roles, uploads and sign-up are closed', async () => {
    assert.equal((await api.get('/api/users')).status, 403);
    assert.equal((await api.get('/api/users-permissions/roles')).status, 403);
    assert.equal((await api.get('/api/upload/files')).status, 403);
    const register = await api.request('POST', '/api/auth/local/register', {
      username: 'x',
      email: 'x@example.com',
      password: 'Passw0rd!x',
    });
    assert.ok([403, 400].includes(register.status), `register answered ${register.status}`);
    const upload = await api.request('POST', '/api/upload', {});
    assert.equal(upload.status, 403);
  });
});

describe('GraphQL limits', () => {
  test('a query deeper than the limit is refused with a clear error, and nothing runs', async () => {
    let selection = 'title';
    for (let i = 0; i < 6; i += 1) selection = `category { articles { ${selection} } }`;
    const res = await api.graphql(`{ articles { ${selection} } }`);
    assert.equal(res.status, 400);
    assert.match(res.json.errors[0].message, /exceeds maximum operation depth of 10/);
    assert.equal(res.json.data, undefined);
    assert.ok(!res.text.includes('stacktrace') && !res.text.includes('node_modules'), 'no stack trace');
  });

  test('pageSize 1000 returns at most maxLimit (100), over GraphQL and REST', async () => {
    const gql = await api.graphql(
      `{ articles_connection(locale: "vi", pagination: { pageSize: 1000 }) { nodes { documentId } pageInfo { total pageSize } } }`,
    );
    assert.equal(gql.status, 200, gql.text);
    assert.ok(gql.json.data.articles_connection.pageInfo.total > 100);
    assert.equal(gql.json.data.articles_connection.nodes.length, 100);
    const rest = await api.get('/api/articles?locale=vi&pagination[pageSize]=1000');
    assert.equal(rest.json.data.length, 100);
    const byDefault = await api.graphql(`{ articles(locale: "vi") { documentId } }`);
    assert.equal(byDefault.json.data.articles.length, 20);
  });

  test('the landing page is off and batched requests are refused', async () => {
    const landing = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.notEqual(landing.headers.get('content-type')?.includes('text/html'), true);
    const batch = await api.request('POST', '/graphql', [{ query: '{ categories { name } }' }, { query: '{ categories { name } }' }]);
    assert.equal(batch.status, 400);
  });
});

describe('no personal data or secrets in public responses', () => {
  const attacks = [
    '/api/articles?filters[createdBy][email][$eq]=' + encodeURIComponent(ADMIN.email),
    '/api/articles?filters[createdBy][email][$startsWith]=a',
    '/api/articles?filters[updatedBy][resetPasswordToken][$notNull]=true',
    '/api/articles?filters[createdBy][password][$startsWith]=$2',
    '/api/articles?filters[$or][0][createdBy][email][$contains]=@',
    '/api/categories?filters[articles][createdBy][email][$eq]=' + encodeURIComponent(ADMIN.email),
    '/api/articles?populate[createdBy]=*',
    '/api/articles?populate=createdBy,updatedBy',
    '/api/articles?fields[0]=createdBy',
    '/api/articles?sort=createdBy.email:asc',
    '/api/organization-units?filters[articles][updatedBy][registrationToken][$null]=false',
  ];

  for (const path of attacks) {
    test(`refused: ${decodeURIComponent(path)}`, async () => {
      const res = await api.get(path);
      if (path.includes('populate=') && res.status === 200) {
        // An unknown populate may be dropped rather than refused; it must still reveal nothing.
        assert.doesNotMatch(res.text, /"(createdBy|updatedBy)"|@portal\.test/);
        return;
      }
      assert.ok(res.status >= 400 && res.status < 500, `answered ${res.status}: ${res.text.slice(0, 200)}`);
      assert.equal(res.json?.data ?? null, null);
      assert.ok(res.json?.error?.message, 'Strapi error envelope');
    });
  }

  test('no response carries an admin email or password/token fields', async () => {
    const bodies: string[] = [];
    for (const p of [
      '/api/articles?populate=*',
      '/api/articles?locale=en&populate=*',
      '/api/categories?populate=*',
      '/api/organization-units?populate=*',
      '/api/website-links?populate=*',
      '/api/site-setting?populate=*',
    ]) {
      const res = await api.get(p);
      assert.equal(res.status, 200, `${p}: ${res.text.slice(0, 200)}`);
      bodies.push(res.text);
    }
    bodies.push((await api.graphql(`{ articles { title cover { url } category { name } sourceUnit { name } } }`)).text);
    bodies.push((await api.graphql(`{ articles(filters: { createdBy: { email: { eq: "${ADMIN.email}" } } }) { title } }`)).text);
    for (const body of bodies) {
      for (const email of [ADMIN.email, EDITOR.email, AUTHOR.email]) assert.ok(!body.includes(email), `email leaked: ${email}`);
      assert.doesNotMatch(body, /"(password|resetPasswordToken|registrationToken|createdBy|updatedBy)"\s*:/);
    }
  });
});

describe('bad input gets a 4xx envelope, never a 500', () => {
  const bad = [
    '/api/articles?pagination[page]=abc',
    '/api/articles?pagination[pageSize]=-5',
    '/api/articles?sort=nope:desc',
    '/api/articles?locale=xx',
    '/api/articles?filters[title][$unknown]=1',
    '/api/articles?populate[category][populate][articles][populate][category]=*&filters[id][$in]=x',
    '/api/articles/does-not-exist',
    '/api/articles?filters[publicationDate][$gt]=not-a-date',
  ];
  for (const path of bad) {
    test(path, async () => {
      const res = await api.get(path);
      assert.ok(res.status < 500, `${res.status}: ${res.text.slice(0, 300)}`);
      assert.ok(!/at \w+ \(|node_modules/.test(res.text), 'stack trace in response');
    });
  }
  test('malformed GraphQL', async () => {
    for (const query of ['{ articles { ', '{ nope }', 'mutation { createArticle(data: 5) { title } }']) {
      const res = await api.graphql(query);
      assert.ok(res.status >= 400 && res.status < 500, `${query}: ${res.status}`);
      assert.ok(!res.text.includes('node_modules'));
    }
    const invalidJson = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    assert.ok(invalidJson.status >= 400 && invalidJson.status < 500);
  });
});

describe('sitemap slices (GET /api/portal-sitemap)', () => {
  type Row = { slug: string; updatedAt: string | null; alternates: Record<string, string> };
  const slice = async (type: string, locale: string, page = 1): Promise<Row[]> => {
    const res = await api.get(`/api/portal-sitemap/${type}?locale=${locale}&page=${page}`);
    assert.equal(res.status, 200, res.text);
    return res.json.data;
  };

  test("counts and slices list exactly the published entries, with the other locale's slug", async () => {
    const res = await api.get('/api/portal-sitemap');
    assert.equal(res.status, 200);
    const { data: counts, meta } = res.json;
    for (const [type, rest] of [
      ['articles', 'articles'],
      ['categories', 'categories'],
      ['documents', 'official-documents'],
    ] as const) {
      for (const locale of ['vi', 'en']) {
        const total = (await api.get(`/api/${rest}?locale=${locale}&pagination[pageSize]=1`)).json.meta.pagination.total;
        assert.equal(counts[type][locale], total, `${type} ${locale}`);
        const rows: Row[] = [];
        for (let page = 1; page <= Math.ceil(total / meta.pageSize); page += 1) rows.push(...(await slice(type, locale, page)));
        assert.equal(rows.length, total, `${type} ${locale}: every entry once`);
        assert.equal(new Set(rows.map((r) => r.slug)).size, total);
      }
    }
    const vi = await slice('articles', 'vi');
    assert.ok(!vi.some((r) => r.slug === 'ban-nhap-chua-duyet'), 'a draft is never listed');
    // An article translated into English names its English slug, and the English one names it back.
    const translated = vi.find((r) => r.alternates.en);
    assert.ok(translated?.updatedAt && !Number.isNaN(Date.parse(translated.updatedAt)));
    const en = await slice('articles', 'en');
    assert.equal(en.find((r) => r.slug === translated.alternates.en)?.alternates.vi, translated.slug);
    assert.ok(
      vi.filter((r) => r.slug.startsWith('tong-hop-')).every((r) => !r.alternates.en),
      'untranslated articles have no English alternate',
    );
    assert.deepEqual(await slice('articles', 'vi', 9999), []);
  });

  test('bad input is refused in Vietnamese and English', async () => {
    for (const path of [
      '/api/portal-sitemap/users?locale=vi',
      '/api/portal-sitemap/articles?locale=xx',
      '/api/portal-sitemap/articles',
      '/api/portal-sitemap/articles?locale=vi&page=0',
      '/api/portal-sitemap/articles?locale=vi&page=abc',
      '/api/portal-sitemap/articles?locale=vi&page[x]=1',
    ]) {
      const res = await api.get(path);
      assert.equal(res.status, 400, path);
      assert.match(
        res.json.error.message,
        /^[^/]*[ạảãàáâậầấẩẫăắằặẳẵệềếểễọỏõòóôộồốổỗơợờớởỡụủũùúưựừứửữịỉĩìíỵỷỹỳýđ][^/]* \/ [A-Z]/i,
        `${path}: ${res.json.error.message}`,
      );
    }
  });
});

describe('administrative map data', () => {
  const UNITS_ON = `query ($date: Date!) {
    adminUnits(
      filters: { and: [{ or: [{ validFrom: { null: true } }, { validFrom: { lte: $date } }] }, { or: [{ validTo: { null: true } }, { validTo: { gte: $date } }] }] }
      pagination: { pageSize: 100 }
      sort: ["code:asc"]
    ) { code name kind validFrom validTo }
  }`;

  async function unitsOn(date: string, filters = '') {
    const res = await api.graphql(UNITS_ON.replace('filters: { and:', `filters: { ${filters} and:`), { date });
    assert.equal(res.status, 200, res.text);
    return res.json.data.adminUnits as Array<{ code: string; name: string; kind: string }>;
  }

  test('the units in force depend on the date: before and after the 2025 reorganisation', async () => {
    const districtsBefore = await unitsOn('2024-12-01', 'kind: { in: ["district", "town", "city"] },');
    assert.ok(
      districtsBefore.some((u) => u.name === 'Huyện Lộc Hà'),
      'Lộc Hà still a district in 2024',
    );
    const districtsMarch = await unitsOn('2025-03-15', 'kind: { in: ["district", "town", "city"] },');
    assert.equal(districtsMarch.length, 12);
    assert.ok(!districtsMarch.some((u) => u.name === 'Huyện Lộc Hà'));
    assert.ok(districtsMarch.some((u) => u.code === '445' && u.name === 'Huyện Thạch Hà'));
    assert.equal(
      (await unitsOn('2025-08-01', 'kind: { in: ["district", "town", "city"] },')).length,
      0,
      'no district tier after 2025-07-01',
    );

    const tanLocBefore = await unitsOn('2025-06-30', 'code: { eq: "18409" },');
    assert.deepEqual(
      tanLocBefore.map((u) => u.name),
      ['Xã Tân Lộc'],
    );
    assert.ok(!(await unitsOn('2025-07-01', 'name: { eq: "Xã Tân Lộc" },')).length, 'merged away on 2025-07-01');
    const newCommunes = await unitsOn('2025-07-01', 'validFrom: { eq: "2025-07-01" },');
    assert.ok(newCommunes.length > 50 && newCommunes.length <= 100, `${newCommunes.length} new communes`);
  });

  test('old communes link to the communes they became', async () => {
    const res = await api.graphql(`{ adminUnits(filters: { code: { eq: "18562" } }) { name validTo successors { name validFrom } } }`);
    const [townBefore] = res.json.data.adminUnits;
    assert.equal(townBefore.name, 'Thị trấn Thạch Hà');
    assert.equal(townBefore.validTo, '2025-06-30');
    assert.deepEqual(townBefore.successors, [{ name: 'Xã Thạch Hà', validFrom: '2025-07-01' }]);
  });

  test('map layers are public GeoJSON in both languages', async () => {
    for (const locale of ['vi', 'en']) {
      const res = await api.get(`/api/map-layers?locale=${locale}&sort=order:asc&populate=style`);
      assert.equal(res.status, 200, res.text);
      const [province, districts] = res.json.data;
      assert.equal(province.data.type, 'FeatureCollection');
      assert.equal(province.data.features.length, 1);
      assert.equal(districts.data.features.length, 13);
      assert.equal(districts.effectiveTo, '2025-06-30');
      assert.match(districts.style.fill, /^#[0-9a-f]{6}$/i);
    }
  });

  test('invalid GeoJSON is refused with the problem and the feature index, and nothing is stored', async () => {
    const auth = { authorization: `Bearer ${await adminToken(server.url, EDITOR)}` };
    const count = async () =>
      (await api.get('/content-manager/collection-types/api::map-layer.map-layer?locale=vi&pageSize=1', auth)).json.pagination.total;
    const before = await count();
    const point = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105.9, 18.3] } };
    const cases: Array<[unknown, RegExp]> = [
      [
        {
          type: 'FeatureCollection',
          features: [
            point,
            {
              ...point,
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [105.9, 18.3],
                    [106, 18.3],
                    [106, 18.4],
                    [105.8, 18.4],
                  ],
                ],
              },
            },
          ],
        },
        /Feature 1, ring 0 is not closed/,
      ],
      [
        { type: 'FeatureCollection', features: [{ ...point, geometry: { type: 'Point', coordinates: [2.35, 48.85] } }] },
        /Feature 0: position \[2\.35, 48\.85\] is outside Viet Nam/,
      ],
      [
        { type: 'FeatureCollection', features: [{ ...point, geometry: { type: 'GeometryCollection', geometries: [] } }] },
        /Feature 0: geometry type "GeometryCollection" is not allowed/,
      ],
      ['{"type": "FeatureCollection", ', /Invalid JSON/],
    ];
    for (const [data, message] of cases) {
      const res = await api.request(
        'POST',
        '/content-manager/collection-types/api::map-layer.map-layer?locale=vi',
        { name: 'Lớp thử', kind: 'boundaries', data, shownByDefault: true },
        auth,
      );
      assert.equal(res.status, 400, res.text);
      assert.match(res.json.error.message, message);
    }
    assert.equal(await count(), before, 'nothing stored');
    const ok = await api.request(
      'POST',
      '/content-manager/collection-types/api::map-layer.map-layer?locale=vi',
      { name: 'Điểm thử', kind: 'points-of-interest', data: { type: 'FeatureCollection', features: [point] }, shownByDefault: false },
      auth,
    );
    assert.equal(ok.status, 201, ok.text);
  });
});

describe('official documents register', () => {
  test('published documents with their PDF are public in both languages', async () => {
    for (const locale of ['vi', 'en']) {
      const res = await api.get(`/api/official-documents?locale=${locale}&sort=issueDate:desc&populate=file`);
      assert.equal(res.status, 200, res.text);
      assert.equal(res.json.data.length, 7);
      const report = res.json.data.find((d: { number: string }) => d.number === '120/BC-UBND');
      assert.equal(report.slug, '120-bc-ubnd-2019');
      assert.equal(report.file.mime, 'application/pdf');
    }
  });
});

describe('dossier-processing figures', () => {
  const HEADER =
    'period,unit,received,carriedOver,resolvedEarly,resolvedOnTime,resolvedLate,inProgress,overdue,submittedOnline,returnedByPost,asOf';
  const file = (name: string, lines: string[]) => {
    const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossiers-')), name);
    fs.writeFileSync(p, [HEADER, ...lines].join('\n'));
    return p;
  };
  const total = async () => (await api.get('/api/dossier-statistics?pagination[pageSize]=1')).json.meta.pagination.total;

  test('the 2019 figures are public and rates are not stored', async () => {
    const res = await api.graphql(
      `{ dossierStatistics(filters: { period: { eq: "2019" } }) { period received resolvedOnTime inProgress overdue returnedByPost unit { name } } }`,
    );
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json.data.dossierStatistics, [
      {
        period: '2019',
        received: 76936,
        resolvedOnTime: 76550,
        inProgress: 386,
        overdue: 0,
        returnedByPost: 3529,
        unit: { name: 'Ủy ban nhân dân huyện Thạch Hà' },
      },
    ]);
    const rest = await api.get('/api/dossier-statistics?pagination[pageSize]=1');
    assert.ok(!('onTimeRate' in rest.json.data[0]), 'rates are computed by readers of the figures, never stored');
  });

  test('a file with a bad row imports nothing and names the rows', async () => {
    const before = await total();
    const mixed = file('mixed.csv', [
      '2020-Q1,Ủy ban nhân dân huyện Thạch Hà,100,0,0,90,0,10,0,,,2020-04-02',
      '2020-Q2,Ủy ban nhân dân huyện Thạch Hà,100,0,0,80,0,10,0,,,2020-07-02',
      '2020-Q3,Một đơn vị không có,10,0,0,10,0,0,0,,,2020-10-02',
    ]);
    const res = await importDossiers(db, mixed);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /row 3: resolved, in progress and overdue dossiers add up to 90, but received \+ carried over is 100/);
    assert.equal(await total(), before, 'nothing imported');
    const unknownUnit = await importDossiers(db, file('unit.csv', ['2020-Q3,Một đơn vị không có,10,0,0,10,0,0,0,,,2020-10-02']));
    assert.equal(unknownUnit.code, 1);
    assert.match(unknownUnit.stderr, /row 2: unit "Một đơn vị không có" is not an organisation unit/);
    assert.equal(await total(), before);
  });

  test('a good file imports every row; importing it again replaces rather than duplicates', async () => {
    const before = await total();
    const good = file('good.csv', [
      '2020-Q1,Ủy ban nhân dân huyện Thạch Hà,100,0,5,90,0,5,0,60,20,2020-04-02',
      '2020-Q1,UBND Xã Thạch Kênh,"1.200",0,0,"1.150",10,40,0,,,2020-04-02',
    ]);
    const first = await importDossiers(db, good);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Imported 2 row\(s\).*2 new, 0 replaced/);
    assert.equal(await total(), before + 2);
    const again = await importDossiers(db, good);
    assert.match(again.stdout, /0 new, 2 replaced/);
    assert.equal(await total(), before + 2);
    const res = await api.graphql(
      `{ dossierStatistics(filters: { period: { eq: "2020-Q1" }, unit: { name: { eq: "UBND Xã Thạch Kênh" } } }) { received resolvedLate periodStart periodEnd } }`,
    );
    assert.deepEqual(res.json.data.dossierStatistics, [
      { received: 1200, resolvedLate: 10, periodStart: '2020-01-01', periodEnd: '2020-03-31' },
    ]);
  });
});

describe('dossier figures uploaded in the admin', () => {
  const HEADER =
    'period,unit,received,carriedOver,resolvedEarly,resolvedOnTime,resolvedLate,inProgress,overdue,submittedOnline,returnedByPost,asOf';
  const upload = async (token: string | null, name: string, content: string) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type: name.endsWith('.json') ? 'application/json' : 'text/csv' }), name);
    const res = await fetch(`${server.url}/admin/dossier-import`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: res.status, json: (await res.json().catch(() => null)) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const count = async (period: string) =>
    (await api.get(`/api/dossier-statistics?filters[period][$eq]=${period}`)).json.meta.pagination.total;

  test('an editor uploads a CSV; a mixed file imports nothing and lists its bad rows', async () => {
    const editor = await adminToken(server.url, EDITOR);
    const mixed = [
      HEADER,
      '2021-Q1,Ủy ban nhân dân huyện Thạch Hà,50,0,0,50,0,0,0,,,2021-04-02',
      '2021-Q1,UBND Xã Thạch Kênh,10,0,0,5,0,0,0,,,2021-04-02',
    ].join('\n');
    const bad = await upload(editor, 'mixed.csv', mixed);
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details.errorCount, 1);
    assert.equal(bad.json.error.details.errors[0].row, 3);
    assert.equal(await count('2021-Q1'), 0, 'nothing imported');
    const good = await upload(
      editor,
      'good.csv',
      [HEADER, '2021-Q1,Ủy ban nhân dân huyện Thạch Hà,50,0,0,50,0,0,0,,,2021-04-02'].join('\n'),
    );
    assert.equal(good.status, 200, JSON.stringify(good.json));
    assert.deepEqual(good.json.data, { rows: 1, created: 1, updated: 0 });
    assert.equal(await count('2021-Q1'), 1);
    const json = await upload(
      editor,
      'figures.json',
      JSON.stringify([
        {
          period: '2021-Q2',
          unit: 'Ủy ban nhân dân huyện Thạch Hà',
          received: 5,
          carriedOver: 0,
          resolvedEarly: 0,
          resolvedOnTime: 5,
          resolvedLate: 0,
          inProgress: 0,
          overdue: 0,
          asOf: '2021-07-01',
        },
      ]),
    );
    assert.equal(json.status, 200, JSON.stringify(json.json));
    assert.equal((await upload(editor, 'notes.txt.exe', 'x')).status, 400);
  });

  test('authors and anonymous callers cannot upload', async () => {
    const author = await adminToken(server.url, AUTHOR);
    assert.equal((await upload(author, 'good.csv', HEADER)).status, 403);
    assert.equal((await upload(null, 'good.csv', HEADER)).status, 401);
  });
});

describe('seeding', () => {
  test('running the seed again creates nothing twice', async () => {
    const count = async () => {
      const out: Record<string, number> = {};
      for (const locale of ['vi', 'en']) {
        for (const type of [
          'articles',
          'categories',
          'organization-units',
          'website-links',
          'admin-units',
          'map-layers',
          'official-documents',
          'dossier-statistics',
        ]) {
          out[`${type}:${locale}`] = (await api.get(`/api/${type}?locale=${locale}&pagination[pageSize]=1`)).json.meta.pagination.total;
        }
      }
      const token = await adminToken(server.url);
      out.staff = (await api.get('/admin/users?pageSize=100', { authorization: `Bearer ${token}` })).json.data.pagination.total;
      out.files = (await api.get('/upload/files?pageSize=100', { authorization: `Bearer ${token}` })).json.pagination.total;
      return out;
    };
    const before = await count();
    const again = await seed(db, '--articles', String(SYNTHETIC));
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(await count(), before);
    assert.ok(!again.stdout.includes(ADMIN.password), 'passwords from env are never printed');
  });
});
