/**
 * The partner feed as a partner, an anonymous visitor and an attacker see it: two CMS processes on one
 * database sharing Redis (rate limits and cache invalidation), read-only API tokens, query limits,
 * persisted operations with ETags, CORS and a real Apollo Client.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import crypto from 'node:crypto';
import path from 'node:path';
import {
  ADMIN,
  AUTHOR,
  EDITOR,
  CMS_DIR,
  adminToken,
  client,
  createDatabase,
  run,
  seed,
  startServer,
  type Database,
  type Server,
} from '../helpers/portal';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PARTNER_ORIGIN = 'https://partner.example.vn';
const WEB_KEY = `web-${crypto.randomBytes(6).toString('hex')}`;
const CM = '/content-manager/collection-types/api::article.article';
const BUDGET = { anonymous: 120, token: 2000 };
/** What a refused /graphql request costs (GRAPHQL_REFUSED_COST, default). */
const REFUSED_COST = 100;

let db: Database;
let a: Server;
let b: Server;
let partnerToken: string;

/** A fresh "client IP" per test (the servers trust X-Forwarded-For), so buckets never mix. */
let nextIp = 0;
const ipHeader = () => ({ 'x-forwarded-for': `203.0.113.${(nextIp += 1)}` });
const web = { 'x-portal-web-key': WEB_KEY };

async function createToken(url: string, name: string, type: 'read-only' | 'full-access' = 'read-only'): Promise<string> {
  const auth = { authorization: `Bearer ${await adminToken(url, ADMIN)}` };
  const res = await client(url).request('POST', '/admin/api-tokens', { name, description: 'partner', type, lifespan: null }, auth);
  assert.equal(res.status, 201, res.text);
  return res.json.data.accessKey as string;
}

before(async () => {
  db = await createDatabase();
  const seeded = await seed(db);
  assert.equal(seeded.code, 0, `seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  const env = {
    REDIS_URL,
    REDIS_PREFIX: `portal-test:feed:${process.pid}:${crypto.randomBytes(3).toString('hex')}:`,
    IS_PROXIED: 'true',
    CORS_ORIGINS: `${PARTNER_ORIGIN},https://other-partner.example.vn`,
    REVALIDATE_SECRET: WEB_KEY,
    WEB_URL: 'http://127.0.0.1:9', // nothing listens: revalidation pings fail quietly
    FEED_RATE_ANONYMOUS_POINTS: String(BUDGET.anonymous),
    FEED_RATE_TOKEN_POINTS: String(BUDGET.token),
    GRAPHQL_MAX_COST: '3000',
    FEED_COUNT_SQL: 'true', // X-SQL-Statements: proves refused queries run no SQL of their own
  };
  [a, b] = await Promise.all([startServer(db, env), startServer(db, env)]);
  partnerToken = await createToken(a.url, 'Báo tỉnh');
});

after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
});

describe('partner access with read-only API tokens', () => {
  test('a read-only token reads published news; it cannot write over GraphQL or REST', async () => {
    const auth = { authorization: `Bearer ${partnerToken}` };
    const api = client(a.url);
    const read = await api.graphql(
      `{ articles(locale: "vi", pagination: { pageSize: 3 }) { documentId title publishedAt } }`,
      undefined,
      auth,
    );
    assert.equal(read.status, 200, read.text);
    assert.equal(read.json.data.articles.length, 3);
    const id = read.json.data.articles[0].documentId;

    const mutation = await api.graphql(`mutation { deleteArticle(documentId: "${id}") { documentId } }`, undefined, auth);
    assert.equal(mutation.json.errors?.[0]?.extensions?.code, 'FORBIDDEN', mutation.text);
    const update = await api.graphql(`mutation { updateArticle(documentId: "${id}", data: { title: "x" }) { title } }`, undefined, auth);
    assert.equal(update.json.errors?.[0]?.extensions?.code, 'FORBIDDEN', update.text);
    assert.equal((await api.request('DELETE', `/api/articles/${id}`, undefined, auth)).status, 403);
    assert.equal((await api.request('PUT', `/api/articles/${id}`, { data: { title: 'x' } }, auth)).status, 403);
    assert.equal((await api.request('POST', '/api/articles', { data: { title: 'x' } }, auth)).status, 403);
    const still = await api.graphql(`query ($id: ID!) { article(documentId: $id, locale: "vi") { documentId } }`, { id }, auth);
    assert.equal(still.json.data.article.documentId, id);
  });

  test('token holders download the schema as SDL; introspection is not needed', async () => {
    const sdl = await client(a.url).get('/api/partner-feed/schema.graphql', { authorization: `Bearer ${partnerToken}` });
    assert.equal(sdl.status, 200);
    assert.match(sdl.text, /type Article \{/);
    const anonymous = await client(a.url).get('/api/partner-feed/schema.graphql', { 'accept-language': 'en' });
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.json.error.message, /partner API token is required/);
  });

  test('a wrong token is refused with 401, not served as anonymous', async () => {
    const res = await client(a.url).graphql(`{ categories { name } }`, undefined, { authorization: 'Bearer not-a-token' });
    assert.equal(res.status, 401);
    const persisted = await client(a.url).get('/api/partner-feed/operations/latest-news', { authorization: 'Bearer not-a-token' });
    assert.equal(persisted.status, 401);
  });
});

describe('drafts and private fields never reach a token', () => {
  const DRAFT_SLUG = `ban-nhap-doi-tac-${crypto.randomBytes(3).toString('hex')}`;
  let draftId: string;

  before(async () => {
    const author = { authorization: `Bearer ${await adminToken(a.url, AUTHOR)}` };
    const category = (await client(a.url).get('/api/categories?locale=vi&pagination[pageSize]=1', web)).json.data[0];
    const created = await client(a.url).request(
      'POST',
      `${CM}?locale=vi`,
      {
        title: 'Bản nháp mật',
        slug: DRAFT_SLUG,
        featured: false,
        category: { connect: [{ documentId: category.documentId, locale: 'vi' }] },
      },
      author,
    );
    assert.equal(created.status, 201, created.text);
    draftId = created.json.data.documentId;
    const stored = await client(a.url).get(`${CM}/${draftId}?locale=vi&populate=category`, author);
    const linked = stored.json.data.category as { documentId?: string; count?: number } | null;
    assert.ok(
      linked?.documentId === category.documentId || linked?.count === 1,
      `the draft is filed in a category: ${JSON.stringify(linked)}`,
    );
  });

  test('status: DRAFT, hasPublishedVersion and publishedAt filters show no draft', async () => {
    const auth = { authorization: `Bearer ${partnerToken}` };
    const api = client(a.url);
    const queries = [
      `{ articles(locale: "vi", status: DRAFT, pagination: { pageSize: 100 }) { documentId slug publishedAt } }`,
      `{ articles(locale: "vi", status: DRAFT, hasPublishedVersion: false) { documentId slug publishedAt } }`,
      `{ articles(locale: "vi", filters: { publishedAt: { null: true } }) { documentId slug publishedAt } }`,
      `{ articles(locale: "vi", filters: { slug: { eq: "${DRAFT_SLUG}" } }, status: DRAFT) { documentId slug publishedAt } }`,
    ];
    for (const query of queries) {
      const res = await api.graphql(query, undefined, auth);
      assert.equal(res.status, 200, res.text);
      assert.ok(!res.text.includes(DRAFT_SLUG), `draft leaked by ${query}`);
      assert.ok(
        res.json.data.articles.every((x: { publishedAt: string | null }) => x.publishedAt),
        query,
      );
    }
    const one = await api.graphql(`{ article(documentId: "${draftId}", locale: "vi", status: DRAFT) { title } }`, undefined, auth);
    assert.equal(one.json.data.article, null);
    const rest = await api.get(`/api/articles?locale=vi&status=draft&filters[slug][$eq]=${DRAFT_SLUG}`, auth);
    assert.equal(rest.json.data.length, 0);
  });

  test('relational filters and nested relations do not reveal the draft', async () => {
    const auth = { authorization: `Bearer ${partnerToken}` };
    const api = client(a.url);
    for (const query of [
      `{ categories(locale: "vi") { slug articles(filters: { slug: { eq: "${DRAFT_SLUG}" } }) { slug } } }`,
      `{ categories(locale: "vi", status: DRAFT, filters: { articles: { slug: { eq: "${DRAFT_SLUG}" } } }) { slug } }`,
      `{ categories(locale: "vi", filters: { articles: { publishedAt: { null: true } } }) { slug } }`,
    ]) {
      const res = await api.graphql(query, undefined, auth);
      assert.equal(res.status, 200, res.text);
      assert.ok(!res.text.includes(DRAFT_SLUG), query);
      assert.ok(
        res.json.data.categories.every((c: { articles?: unknown[] }) => !c.articles?.length),
        `${query}: ${res.text.slice(0, 200)}`,
      );
      if (query.includes('filters: { articles'))
        assert.equal(res.json.data.categories.length, 0, `a filter on the draft matched: ${query}`);
    }
    const rest = await api.get(`/api/categories?locale=vi&filters[articles][slug][$eq]=${DRAFT_SLUG}`, auth);
    assert.equal(rest.json.data.length, 0, 'REST relational filter matched the draft');
  });

  test('staff and personal fields are not in the schema and cannot be filtered on', async () => {
    const auth = { authorization: `Bearer ${partnerToken}` };
    const api = client(a.url);
    for (const query of [
      `{ articles { title createdBy { email } } }`,
      `{ articles(filters: { createdBy: { email: { eq: "${ADMIN.email}" } } }) { title } }`,
    ]) {
      const res = await api.graphql(query, undefined, auth);
      assert.ok(res.status === 400 || res.json.errors, `${query} answered ${res.status}`);
      assert.ok(!res.json.data?.articles?.length, query);
    }
    for (const query of [`{ usersPermissionsUsers { email } }`, `{ usersPermissionsRoles { name } }`, `{ uploadFiles { url } }`]) {
      const res = await api.graphql(query, undefined, auth);
      assert.ok(res.json.errors?.length, `${query} answered ${res.text.slice(0, 200)}`);
      assert.ok(!res.json.data || Object.values(res.json.data).every((v) => !v || (Array.isArray(v) && v.length === 0)), query);
    }
    for (const p of ['/api/users', '/api/users/1', '/api/users/count', '/api/users-permissions/roles', '/api/upload/files']) {
      assert.equal((await api.get(p, auth)).status, 403, `${p} with a token`);
    }
    const res = await api.graphql(
      `{ articles(locale: "vi") { title body cover { url } category { name } sourceUnit { name } } }`,
      undefined,
      auth,
    );
    assert.equal(res.status, 200, res.text.slice(0, 300));
    assert.ok(
      res.json.data.articles.some((x: { cover: { url: string } | null }) => x.cover?.url),
      'covers still come with the news',
    );
    for (const email of [ADMIN.email, EDITOR.email, AUTHOR.email]) assert.ok(!res.text.includes(email));
  });
});

describe('query limits refuse attacks before anything runs', () => {
  const refused = async (query: string) => {
    // Baseline: a query that fails validation runs only the authentication lookups.
    const baseline = await client(a.url).graphql('{ notAField }', undefined, { ...web });
    assert.equal(baseline.status, 400);
    assert.match(baseline.headers.get('x-sql-statements') ?? '', /^\d+$/);
    const res = await client(a.url).graphql(query, undefined, { ...web });
    assert.equal(res.status, 400, res.text.slice(0, 300));
    assert.equal(res.json.data, undefined, 'nothing executed');
    assert.equal(res.headers.get('x-sql-statements'), baseline.headers.get('x-sql-statements'), 'no SQL beyond authentication');
    assert.ok(!/stacktrace|node_modules/.test(res.text));
    return res.json.errors[0] as { message: string; extensions: Record<string, unknown> };
  };

  test('depth', async () => {
    let selection = 'title';
    for (let i = 0; i < 6; i += 1) selection = `category { articles { ${selection} } }`;
    assert.match((await refused(`{ articles { ${selection} } }`)).message, /maximum operation depth of 10/);
  });

  test('aliases', async () => {
    const fields = Array.from({ length: 11 }, (_, i) => `a${i}: categories { name }`).join(' ');
    const error = await refused(`{ ${fields} }`);
    assert.match(error.message, /Alias limit exceeded: .*11 aliases, the maximum is 10/);
    assert.equal(error.extensions.limit, 'aliases');
  });

  test('cost: wide pages of nested lists, in Vietnamese or English', async () => {
    const query = `{ articles(pagination: { pageSize: 100 }) { category { articles(pagination: { pageSize: 100 }) { title } } } }`;
    const error = await refused(query);
    assert.equal(error.extensions.code, 'COST_LIMIT_EXCEEDED');
    assert.match(error.message, /giới hạn chi phí.*tối đa 3000/);
    const en = await client(a.url).graphql(query, { locale: 'en' }, { ...web });
    assert.match(en.json.errors[0].message, /cost limit exceeded: the query costs \d+, the maximum is 3000/);
    // The same query through variables is priced the same.
    const viaVariables = await client(a.url).graphql(
      `query ($n: Int) { articles(pagination: { pageSize: $n }) { category { articles(pagination: { pageSize: $n }) { title } } } }`,
      { n: 100 },
      { ...web },
    );
    assert.equal(viaVariables.json.errors[0].extensions.code, 'COST_LIMIT_EXCEEDED');
  });

  test('a refused query is charged the refusal price to the caller', async () => {
    const ip = ipHeader();
    const query = `{ articles(pagination: { pageSize: 100 }) { category { articles(pagination: { pageSize: 100 }) { title } } } }`;
    assert.equal((await client(a.url).graphql(query, undefined, ip)).status, 400);
    const ok = await client(a.url).graphql(`{ categories(locale: "vi") { name } }`, undefined, ip);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('ratelimit-remaining'), String(BUDGET.anonymous - REFUSED_COST - Number(ok.headers.get('x-query-cost'))));
  });
});

describe('hostile documents are refused before they are parsed or validated, and cost the sender', () => {
  /** POSTs a raw body to /graphql; `chunked` streams it without a Content-Length. */
  async function post(body: string, headers: Record<string, string> = {}, chunked = false) {
    const stream = () =>
      new ReadableStream({
        start(controller) {
          const bytes = new TextEncoder().encode(body);
          for (let i = 0; i < bytes.length; i += 16_384) controller.enqueue(bytes.slice(i, i + 16_384));
          controller.close();
        },
      });
    const res = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: chunked ? stream() : body,
      ...(chunked ? { duplex: 'half' } : {}),
    } as RequestInit);
    const text = await res.text();
    assert.notEqual(res.status, 500, text.slice(0, 300));
    assert.ok(!/stacktrace|node_modules|Internal Server Error/i.test(text), text.slice(0, 300));
    return {
      status: res.status,
      headers: res.headers,
      json: JSON.parse(text) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] },
    };
  }
  const gql = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });
  const repeat = (n: number, piece: (i: number) => string) => Array.from({ length: n }, (_, i) => piece(i)).join(' ');

  /** The reported attacks and one just over each limit, with the limit the answer must name. */
  const CASES: { name: string; body: () => string; limit: string; message: RegExp }[] = [
    {
      name: '55,000 @include directives (~0.95 MB)',
      body: () => gql(`{ articles { ${repeat(55_000, () => 'title @include(if: true)')} } }`),
      limit: 'bodyBytes',
      message: /giới hạn kích thước \(body limit\): tối đa 65536 byte/,
    },
    {
      name: '12,000 operations, operationName picks one',
      body: () =>
        gql(
          repeat(12_000, (i) => `query q${i} { categories { name } }`),
          { operationName: 'q7' },
        ),
      limit: 'bodyBytes',
      message: /body limit/,
    },
    {
      name: '150,000 repeats of one field (~730 KB)',
      body: () => gql(`{ articles { ${'body '.repeat(150_000)}} }`),
      limit: 'bodyBytes',
      message: /body limit/,
    },
    {
      name: '3,000 repeats of one field (under the body limit)',
      body: () => gql(`{ articles { ${'body '.repeat(3_000)}} }`),
      limit: 'tokens',
      message: /giới hạn token \(token limit\): tối đa 2000 token/,
    },
    {
      name: '51 directives',
      body: () => gql(`{ articles { ${repeat(51, () => 'title @include(if: true)')} } }`),
      limit: 'directives',
      message: /\(directives limit\): dùng hơn 50 directive/,
    },
    {
      name: '6 operations',
      body: () =>
        gql(
          repeat(6, (i) => `query q${i} { categories { name } }`),
          { operationName: 'q1' },
        ),
      limit: 'operations',
      message: /\(operations limit\): có 6, tối đa 5/,
    },
    {
      name: '31 fragments',
      body: () => gql(`${repeat(31, (i) => `fragment f${i} on Article { title }`)} { articles { ${repeat(31, (i) => `...f${i}`)} } }`),
      limit: 'fragments',
      message: /\(fragments limit\): có 31, tối đa 30/,
    },
  ];

  for (const c of CASES) {
    test(`${c.name}: 400 naming the ${c.limit} limit, nothing executed`, async () => {
      const res = await post(c.body(), web);
      assert.equal(res.status, 400, JSON.stringify(res.json).slice(0, 300));
      assert.equal(res.json.data, undefined);
      assert.equal(res.json.errors[0]?.extensions.limit, c.limit);
      assert.match(res.json.errors[0]!.message, c.message);
    });
  }

  test('a chunked body without Content-Length is cut at the same limit', async () => {
    const res = await post(CASES[0]!.body(), web, true);
    assert.equal(res.status, 400);
    assert.equal(res.json.errors[0]?.extensions.code, 'BODY_LIMIT_EXCEEDED');
  });

  test('the messages follow the caller language', async () => {
    const en = { ...web, 'accept-language': 'en' };
    assert.match((await post(CASES[0]!.body(), en)).json.errors[0]!.message, /^Request body limit exceeded: .* at most 65536 bytes/);
    assert.match((await post(CASES[3]!.body(), en)).json.errors[0]!.message, /^Token limit exceeded: .* at most 2000 tokens/);
    assert.match(
      (await post(CASES[5]!.body(), en)).json.errors[0]!.message,
      /^Operations limit exceeded: the document has 6 operations, the maximum is 5/,
    );
  });

  test('every refused document is charged to the sender until the 429', async () => {
    // Budget 120, refusal price 100: one refusal is answered 400, the next is the 429, whatever the case.
    for (const c of CASES) {
      const ip = ipHeader();
      const first = await post(c.body(), ip);
      assert.equal(first.status, 400, `${c.name}: ${JSON.stringify(first.json).slice(0, 200)}`);
      assert.equal(first.headers.get('ratelimit-remaining'), String(BUDGET.anonymous - REFUSED_COST), c.name);
      const second = await post(c.body(), ip);
      assert.equal(second.status, 429, c.name);
      assert.equal(second.json.errors[0]?.extensions.code, 'RATE_LIMITED');
      assert.ok(Number(second.headers.get('retry-after')) >= 1, c.name);
      // The spent budget holds for a normal query from the same address too (30 points, 20 left).
      const normal = await client(a.url).graphql(`{ articles(locale: "vi", pagination: { pageSize: 30 }) { title } }`, undefined, ip);
      assert.equal(normal.status, 429, c.name);
    }
  });

  test('syntax errors and unknown operations are charged too', async () => {
    for (const body of [gql('{ articles { title '), gql('{ notAField }'), gql('query a { categories { name } }', { operationName: 'b' })]) {
      const ip = ipHeader();
      const first = await post(body, ip);
      assert.equal(first.status, 400, JSON.stringify(first.json));
      assert.equal((await post(body, ip)).status, 429, body);
    }
  });

  test('the web portal is never charged and a normal query still passes', async () => {
    for (let i = 0; i < 3; i += 1) assert.equal((await post(CASES[3]!.body(), web)).status, 400);
    const ok = await client(a.url).graphql(`{ categories(locale: "vi") { name } }`, undefined, web);
    assert.equal(ok.status, 200);
  });
});

describe('rate limits by query cost, shared by both CMS processes through Redis', () => {
  const query = `{ articles(locale: "vi", pagination: { pageSize: 10 }) { title category { name } } }`; // 10 × 2 = 20 points

  test('anonymous callers are counted per IP across nodes: 429 with Retry-After, then others still pass', async () => {
    const ip = ipHeader();
    const statuses: number[] = [];
    let last: Awaited<ReturnType<ReturnType<typeof client>['graphql']>> | null = null;
    for (let i = 0; i < 8; i += 1) {
      last = await client(i % 2 ? b.url : a.url).graphql(query, undefined, ip);
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 429, 429], 'budget 120 = six queries of 20, on A and B together');
    assert.equal(last!.json.errors[0].extensions.code, 'RATE_LIMITED');
    const retry = Number(last!.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 60, `Retry-After ${retry}`);
    assert.equal(last!.json.data, undefined);
    // Another address, a token, and the web portal still get through.
    assert.equal((await client(b.url).graphql(query, undefined, ipHeader())).status, 200);
    assert.equal((await client(a.url).graphql(query, undefined, { ...ip, authorization: `Bearer ${partnerToken}` })).status, 200);
    assert.equal((await client(b.url).graphql(query, undefined, { ...ip, ...web })).status, 200);
    // The persisted GET shares the same budget.
    const persisted = await client(a.url).get('/api/partner-feed/operations/site-statistics?locale=vi', ip);
    assert.equal(persisted.status, 429);
    assert.ok(Number(persisted.headers.get('retry-after')) >= 1);
    assert.equal(persisted.json.error.status, 429);
  });

  test('a token has its own, higher budget, counted across nodes', async () => {
    const wide = `{ articles(locale: "vi", pagination: { pageSize: 50 }) { title category { name } } }`; // 50 × 2 = 100 points
    const token = await createToken(a.url, `Đối tác ${crypto.randomBytes(2).toString('hex')}`);
    const auth = { authorization: `Bearer ${token}` };
    let status = 200;
    let calls = 0;
    while (status === 200 && calls < 40) {
      status = (await client(calls % 2 ? b.url : a.url).graphql(wide, undefined, { ...auth, ...ipHeader() })).status;
      calls += 1;
    }
    assert.equal(status, 429);
    assert.equal(calls - 1, BUDGET.token / 100, 'a 2000-point budget is twenty 100-point queries over both nodes');
  });
});

describe('persisted operations over GET', () => {
  test('the registry lists every operation with its document and the limits', async () => {
    const res = await client(a.url).get('/api/partner-feed/operations');
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.json.data.map((op: { id: string }) => op.id),
      ['latest-news', 'article-by-slug', 'site-statistics'],
    );
    assert.equal(res.json.meta.limits.maxCost, 3000);
  });

  test('ETag, then 304 on If-None-Match on either node; a publish changes the ETag everywhere', async () => {
    const path = '/api/partner-feed/operations/latest-news?locale=vi&limit=5';
    const first = await client(a.url).get(path, web);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.data.articles.length, 5);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    assert.match(first.headers.get('cache-control')!, /^public, max-age=30, stale-while-revalidate=30$/);
    const onB = await client(b.url).get(path, web);
    assert.equal(onB.headers.get('etag'), etag, 'same body, same ETag on both nodes');
    for (const url of [a.url, b.url]) {
      const again = await fetch(url + path, { headers: { 'if-none-match': etag, ...web } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
    }

    const editor = { authorization: `Bearer ${await adminToken(a.url, EDITOR)}` };
    const slug = `tin-doi-tac-${crypto.randomBytes(3).toString('hex')}`;
    const created = await client(a.url).request(
      'POST',
      `${CM}?locale=vi`,
      { title: 'Tin mới cho đối tác', slug, featured: false, publicationDate: new Date(Date.now() + 86_400_000).toISOString() },
      editor,
    );
    assert.equal(created.status, 201, created.text);
    const published = await client(a.url).request('POST', `${CM}/${created.json.data.documentId}/actions/publish?locale=vi`, {}, editor);
    assert.equal(published.status, 200, published.text);
    await new Promise((r) => setTimeout(r, 300)); // the invalidation travels through Redis pub/sub

    for (const url of [b.url, a.url]) {
      const after = await fetch(url + path, { headers: { 'if-none-match': etag, ...web } });
      assert.equal(after.status, 200, `${url} still served the old ETag`);
      assert.notEqual(after.headers.get('etag'), etag);
      const json = (await after.json()) as { data: { articles: Array<{ slug: string }> } };
      assert.equal(json.data.articles[0]!.slug, slug);
    }
  });

  test('every persisted answer equals the same document run over POST /graphql', async () => {
    const registry = (await client(a.url).get('/api/partner-feed/operations')).json.data as Array<{ id: string; document: string }>;
    const doc = (id: string) => registry.find((op) => op.id === id)!.document;
    const category = (await client(a.url).get('/api/categories?locale=en&pagination[pageSize]=1', web)).json.data[0].slug;
    const cases: Array<[string, string, Record<string, unknown>]> = [
      ['latest-news', '?locale=vi&limit=50', { locale: 'vi', limit: 50, filters: {} }],
      [
        'latest-news',
        `?locale=en&category=${category}&limit=7`,
        { locale: 'en', limit: 7, filters: { category: { slug: { eq: category } } } },
      ],
      ['site-statistics', '?locale=en', { locale: 'en' }],
    ];
    for (const [id, query, variables] of cases) {
      const persisted = await client(b.url).get(`/api/partner-feed/operations/${id}${query}`, web);
      const adhoc = await client(b.url).graphql(doc(id), variables, web);
      assert.equal(persisted.status, 200, persisted.text);
      assert.equal(adhoc.status, 200, adhoc.text);
      assert.deepEqual(persisted.json, adhoc.json, `${id}${query}`);
    }
  });

  test('article by slug and site statistics; bad parameters get a 400 in the caller language', async () => {
    const list = await client(a.url).get('/api/partner-feed/operations/latest-news?locale=en&limit=1', web);
    const slug = list.json.data.articles[0].slug;
    const article = await client(a.url).get(`/api/partner-feed/operations/article-by-slug?locale=en&slug=${slug}`, web);
    assert.equal(article.status, 200, article.text);
    assert.equal(article.json.data.articles[0].slug, slug);
    assert.ok(article.json.data.articles[0].localizations.some((l: { locale: string }) => l.locale === 'vi'));
    const stats = await client(a.url).get('/api/partner-feed/operations/site-statistics?locale=vi', web);
    assert.equal(stats.status, 200, stats.text);
    assert.match(stats.json.data.siteSetting.portalName, /Thạch Hà/);
    assert.ok(stats.json.data.articles_connection.pageInfo.total > 5);

    const bad = await client(a.url).get('/api/partner-feed/operations/latest-news?locale=en&limit=500', web);
    assert.equal(bad.status, 400);
    assert.match(bad.json.error.message, /^Invalid parameters: limit/);
    const badVi = await client(a.url).get('/api/partner-feed/operations/article-by-slug?slug=DROP%20TABLE', web);
    assert.equal(badVi.status, 400);
    assert.match(badVi.json.error.message, /^Tham số không hợp lệ/);
    const unknown = await client(a.url).get('/api/partner-feed/operations/everything', web);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.json.error.name, 'NotFoundError');
  });

  test('JSON Feed 1.1 per locale and category', async () => {
    const stats = await client(a.url).get('/api/partner-feed/operations/latest-news?locale=en&limit=1', web);
    const category = stats.json.data.articles[0].category.slug;
    const res = await client(a.url).get(`/api/partner-feed/feed/en.json?category=${category}`, web);
    assert.equal(res.status, 200, res.text);
    assert.match(res.headers.get('content-type')!, /^application\/feed\+json/);
    assert.ok(res.headers.get('etag'));
    assert.equal(res.json.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(res.json.language, 'en');
    assert.ok(res.json.items.length >= 1);
    for (const item of res.json.items) {
      assert.match(item.url, /\/en\/news\/[a-z0-9-]+$/);
      assert.ok(item.id && item.title && item.content_text);
    }
    const vi = await client(a.url).get('/api/partner-feed/feed/vi.json', web);
    assert.match(vi.json.items[0].url, /\/vi\/tin-tuc\//);
    assert.equal((await client(a.url).get('/api/partner-feed/feed/fr.json', web)).status, 404);
  });
});

describe('warm persisted GETs answered before Strapi (the fast path)', () => {
  type Res = Awaited<ReturnType<typeof fetch>>;
  const get = (url: string, p: string, headers: Record<string, string> = {}) => fetch(url + p, { headers });
  /** Headers Strapi's middlewares set (security headers, Vary): the fast path must give the same. */
  const STRAPI_HEADERS = ['content-type', 'cache-control', 'vary', 'content-security-policy', 'x-frame-options', 'x-content-type-options'];
  const headersOf = (res: Res) => Object.fromEntries(STRAPI_HEADERS.map((h) => [h, res.headers.get(h)]));

  test('the second anonymous GET of a URL comes from memory: same bytes, headers and ETag, then 304', async () => {
    const p = '/api/partner-feed/operations/latest-news?locale=en&limit=4';
    for (const url of [a.url, b.url]) {
      const ip = ipHeader();
      const first = await get(url, p, ip);
      const firstBody = await first.text();
      assert.equal(first.status, 200, firstBody);
      assert.notEqual(first.headers.get('x-feed-cache'), 'fast', 'the first answer of a URL comes from Strapi');
      const second = await get(url, p, ip);
      const secondBody = await second.text();
      assert.equal(second.status, 200);
      assert.equal(second.headers.get('x-feed-cache'), 'fast');
      assert.equal(secondBody, firstBody, 'the same bytes');
      assert.equal(second.headers.get('content-length'), String(Buffer.byteLength(firstBody)));
      assert.equal(second.headers.get('etag'), first.headers.get('etag'));
      assert.deepEqual(headersOf(second), headersOf(first));
      assert.ok(headersOf(second)['x-frame-options'], 'security headers kept');
      // A cached answer costs one point, counted in the same budget.
      assert.equal(Number(second.headers.get('ratelimit-remaining')), Number(first.headers.get('ratelimit-remaining')) - 1);
      assert.equal(second.headers.get('ratelimit-limit'), String(BUDGET.anonymous));
      assert.doesNotMatch(secondBody, /portal\.test|"(email|password|createdBy|updatedBy|resetPasswordToken)"/, 'no personal data');

      const etag = second.headers.get('etag')!;
      for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
        const revalidated = await get(url, p, { ...ip, 'if-none-match': tag });
        assert.equal(revalidated.status, 304, tag);
        assert.equal(revalidated.headers.get('x-feed-cache'), 'fast');
        assert.equal(revalidated.headers.get('etag'), etag);
        assert.equal(await revalidated.text(), '');
      }
      const changed = await get(url, p, { ...ip, 'if-none-match': '"not-this-one"' });
      assert.equal(changed.status, 200);
      assert.equal(await changed.text(), firstBody);
    }
  });

  test('requests that do not qualify still go through Strapi, with its rules and messages', async () => {
    const p = '/api/partner-feed/operations/latest-news?locale=en&limit=6';
    await get(a.url, p, web);
    assert.equal((await get(a.url, p, ipHeader())).headers.get('x-feed-cache'), 'fast', 'the URL is warm');

    // A token is always verified by Strapi: a wrong one is refused, a right one is charged to its own budget.
    const wrong = await get(a.url, p, { ...ipHeader(), authorization: 'Bearer not-a-token' });
    assert.equal(wrong.status, 401);
    const partner = await get(a.url, p, { ...ipHeader(), authorization: `Bearer ${partnerToken}` });
    assert.equal(partner.status, 200);
    assert.equal(partner.headers.get('x-feed-cache'), 'hit');
    assert.equal(partner.headers.get('ratelimit-limit'), String(BUDGET.token));
    // A browser on a partner origin gets its CORS headers from strapi::cors.
    const browser = await get(a.url, p, { ...ipHeader(), origin: PARTNER_ORIGIN });
    assert.equal(browser.headers.get('x-feed-cache'), 'hit');
    assert.equal(browser.headers.get('access-control-allow-origin'), PARTNER_ORIGIN);
    // Another spelling of the same query is parsed by Strapi (then it too is remembered).
    const reordered = '/api/partner-feed/operations/latest-news?limit=6&locale=en';
    assert.equal((await get(a.url, reordered, ipHeader())).headers.get('x-feed-cache'), 'hit');
    assert.equal((await get(a.url, reordered, ipHeader())).headers.get('x-feed-cache'), 'fast');
    // Bad parameters and unknown operations: Strapi's 4xx, in the caller's language (no locale: Accept-Language).
    const badPath = '/api/partner-feed/operations/latest-news?limit=6&everything=1';
    const bad = await get(a.url, badPath, { ...ipHeader(), 'accept-language': 'en' });
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: { message: string } }).error.message, /^Invalid parameters/);
    const badVi = await get(a.url, badPath, ipHeader());
    assert.match(((await badVi.json()) as { error: { message: string } }).error.message, /^Tham số không hợp lệ/);
    const unknown = await get(a.url, '/api/partner-feed/operations/all-the-things?locale=vi', ipHeader());
    assert.equal(unknown.status, 404);
    assert.match(((await unknown.json()) as { error: { message: string } }).error.message, /^Không có thao tác "all-the-things"/);
    // Other methods never take the fast path.
    const head = await fetch(a.url + p, { method: 'HEAD', headers: ipHeader() });
    assert.notEqual(head.headers.get('x-feed-cache'), 'fast');
  });

  test('each cached answer costs a point on either node; the spent budget gets Strapi’s 429 in the caller’s language', async () => {
    // No locale parameter: the messages follow Accept-Language.
    const p = '/api/partner-feed/operations/site-statistics';
    for (const url of [a.url, b.url]) await get(url, p, web);
    const ip = ipHeader();
    let served = 0;
    let last: Res | null = null;
    for (let i = 0; i < BUDGET.anonymous + 5; i += 1) {
      last = await get(i % 2 ? b.url : a.url, p, { ...ip, 'accept-language': 'en' });
      if (last.status !== 200) break;
      assert.equal(last.headers.get('x-feed-cache'), 'fast', `answer ${i + 1}`);
      await last.arrayBuffer();
      served += 1;
    }
    assert.equal(served, BUDGET.anonymous, 'one point per cached answer, counted across both nodes');
    assert.equal(last!.status, 429);
    assert.ok(Number(last!.headers.get('retry-after')) >= 1);
    assert.match(((await last!.json()) as { error: { message: string } }).error.message, /^Rate limit exceeded/);
    const vi = await get(a.url, p, ip);
    assert.equal(vi.status, 429);
    assert.match(((await vi.json()) as { error: { message: string } }).error.message, /^Vượt giới hạn tần suất/);
    // Another address is not affected.
    assert.equal((await get(b.url, p, ipHeader())).status, 200);
  });

  test('a publish purges the fast path on every node: the next GET shows the new article with a new ETag', async () => {
    const p = '/api/partner-feed/operations/latest-news?locale=vi&limit=3';
    const etags: string[] = [];
    for (const url of [a.url, b.url]) {
      await get(url, p, web);
      const warm = await get(url, p, ipHeader());
      assert.equal(warm.headers.get('x-feed-cache'), 'fast');
      etags.push(warm.headers.get('etag')!);
    }
    assert.equal(etags[0], etags[1]);

    const editor = { authorization: `Bearer ${await adminToken(b.url, EDITOR)}` };
    const slug = `tin-nhanh-${crypto.randomBytes(3).toString('hex')}`;
    const created = await client(b.url).request(
      'POST',
      `${CM}?locale=vi`,
      {
        title: 'Tin vừa xuất bản cho đối tác',
        slug,
        featured: false,
        publicationDate: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      },
      editor,
    );
    assert.equal(created.status, 201, created.text);
    const published = await client(b.url).request('POST', `${CM}/${created.json.data.documentId}/actions/publish?locale=vi`, {}, editor);
    assert.equal(published.status, 200, published.text);

    // On the node of the publish: at once. On the other: as soon as the purge arrives over Redis.
    for (const url of [b.url, a.url]) {
      let res: Res | null = null;
      let json: { data: { articles: Array<{ slug: string }> } } | null = null;
      for (let i = 0; i < 40; i += 1) {
        res = await get(url, p, { ...ipHeader(), 'if-none-match': etags[0]! });
        if (res.status === 200) json = (await res.json()) as { data: { articles: Array<{ slug: string }> } };
        if (json?.data.articles[0]?.slug === slug) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(res!.status, 200, `${url} still answers 304 to the old ETag`);
      assert.equal(json!.data.articles[0]!.slug, slug, `${url} does not show the new article`);
      assert.notEqual(res!.headers.get('etag'), etags[0]);
      assert.notEqual(res!.headers.get('x-feed-cache'), 'fast', 'the first answer after a publish is computed by Strapi');
      const next = await get(url, p, ipHeader());
      assert.equal(next.headers.get('x-feed-cache'), 'fast');
      assert.equal(next.headers.get('etag'), res!.headers.get('etag'));
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, p: string, origin: string, method = 'POST') =>
    fetch(url + p, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization, content-type' },
    });

  test('configured origins may read the feed and GraphQL; others get no CORS headers', async () => {
    const ok = await preflight(a.url, '/graphql', PARTNER_ORIGIN);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), PARTNER_ORIGIN);
    assert.match(ok.headers.get('access-control-allow-headers')!, /Authorization/i);
    assert.equal(ok.headers.get('access-control-allow-credentials'), null);
    const get = await fetch(`${a.url}/api/partner-feed/operations/latest-news?locale=vi`, { headers: { origin: PARTNER_ORIGIN, ...web } });
    assert.equal(get.headers.get('access-control-allow-origin'), PARTNER_ORIGIN);
    assert.match(get.headers.get('access-control-expose-headers')!, /ETag/);
    const gql = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { origin: PARTNER_ORIGIN, 'content-type': 'application/json', ...web },
      body: JSON.stringify({ query: '{ categories { name } }' }),
    });
    assert.equal(gql.status, 200);
    assert.equal(gql.headers.get('access-control-allow-origin'), PARTNER_ORIGIN);

    for (const origin of ['https://evil.example', 'null']) {
      const no = await preflight(a.url, '/graphql', origin);
      assert.equal(no.headers.get('access-control-allow-origin'), null, origin);
      const post = await fetch(`${a.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', ...web },
        body: JSON.stringify({ query: '{ categories { name } }' }),
      });
      assert.equal(post.headers.get('access-control-allow-origin'), null, `${origin} on POST /graphql`);
    }
  });

  test('the admin and the write routes are never opened, even to configured origins', async () => {
    for (const [p, method] of [
      ['/admin/login', 'POST'],
      ['/admin/api-tokens', 'GET'],
      ['/content-manager/collection-types/api::article.article', 'POST'],
      ['/api/articles', 'POST'],
      ['/api/articles/x', 'DELETE'],
      ['/api/auth/local', 'POST'],
      ['/upload', 'POST'],
    ] as const) {
      const res = await preflight(a.url, p, PARTNER_ORIGIN, method);
      assert.equal(res.headers.get('access-control-allow-origin'), null, `${method} ${p}`);
    }
    const login = await fetch(`${a.url}/admin/login`, {
      method: 'POST',
      headers: { origin: PARTNER_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    assert.equal(login.headers.get('access-control-allow-origin'), null);
  });
});

describe('a partner site with Apollo Client', () => {
  test('the example Node script reads the persisted feed and an ad-hoc query end to end', async () => {
    const script = path.resolve(CMS_DIR, '..', 'plugins', 'partner-feed', 'examples', 'apollo-client.mjs');
    const res = await run([script], { ...process.env, CMS_URL: a.url, PARTNER_TOKEN: partnerToken, FEED_LOCALE: 'en' }, 60_000);
    assert.equal(res.code, 0, `${res.stdout}\n${res.stderr}`);
    const out = JSON.parse(res.stdout.trim().split('\n').pop()!);
    assert.ok(out.persisted.length >= 1, 'persisted operation through Apollo Client');
    assert.ok(out.persisted.every((a: { locale: string }) => a.locale === 'en'));
    assert.equal(out.etagRevalidated, true, 'the second persisted read was a 304 revalidation');
    assert.ok(out.adhoc.length >= 1, 'ad-hoc query with the token');
    assert.match(out.siteName, /Thạch Hà/);
  });
});
