/**
 * Hostile input on the public surface, run on SQLite and on PostgreSQL (`npm run test:postgres`): a
 * NUL character (which PostgreSQL cannot store) is refused with a 400 in the caller's language before
 * it reaches the database — in query filters and search parameters of every public GET route, in the
 * JSON bodies of every public POST route (comments, ratings, reports…), in GraphQL literals and
 * variables of every root query field — and no public error ever carries a database message.
 * The routes come from `strapi routes:list`, the GraphQL fields from the committed schema.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSchema, getNamedType, isInputObjectType } from 'graphql';
import { CMS_DIR, STRAPI_BIN, baseEnv, client, run, startServer, type Database, type Server, seededDatabase } from '../helpers/portal';

let db: Database;
let server: Server;
let api: ReturnType<typeof client>;
let routes: Array<{ method: string; path: string }> = [];

/** What a database or driver says, which must never reach the public. */
const INTERNALS = /select\s|insert\s|from\s+"|invalid byte sequence|0x00|sqlite|knex|postgres|syntax error|stack/i;

function assertRefused(label: string, res: { status: number; text: string }, lang: 'vi' | 'en' = 'vi') {
  assert.equal(res.status, 400, `${label}: ${res.status} ${res.text.slice(0, 300)}`);
  assert.match(res.text, lang === 'vi' ? /ký tự NUL/ : /NUL character/, `${label}: ${res.text.slice(0, 300)}`);
  assert.doesNotMatch(res.text, INTERNALS, `${label}: internals in ${res.text.slice(0, 300)}`);
}

before(async () => {
  db = await seededDatabase();
  // `strapi routes:list` loads the whole app: minutes on a busy machine.
  const listed = await run([STRAPI_BIN, 'routes:list'], { ...baseEnv(db), FORCE_COLOR: '0' }, 600_000);
  assert.equal(listed.code, 0, listed.stderr);
  routes = [...listed.stdout.matchAll(/\b(GET|POST|PUT|DELETE|PATCH)\s*[│|]\s*(\/api\/\S+)/g)].map((m) => ({ method: m[1]!, path: m[2]! }));
  server = await startServer(db);
  api = client(server.url);
});

after(async () => {
  await server?.stop();
  await db?.drop();
});

const withParams = (p: string) => p.replace(/:(\w+)/g, 'x');

describe(`a NUL character is refused before the database (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  test('the route list has the public content and plugin routes', () => {
    assert.ok(
      routes.some((r) => r.method === 'GET' && r.path === '/api/articles'),
      JSON.stringify(routes.slice(0, 5)),
    );
    assert.ok(routes.some((r) => r.method === 'POST' && r.path.startsWith('/api/reviews/')));
  });

  test('every GET route: in a filter, in a search parameter and in a path parameter', async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const base = withParams(route.path);
      assertRefused(`GET ${base} filter`, await api.get(`${base}?locale=vi&filters[$or][0][title][$eq]=%00`));
      assertRefused(`GET ${base} q`, await api.get(`${base}?q=c%E1%BA%A3i%00c%C3%A1ch&locale=vi`));
      if (route.path.includes(':')) assertRefused(`GET ${route.path} param`, await api.get(route.path.replace(/:(\w+)/g, 'a%00b')));
    }
  });

  test('in English for a caller who reads English', async () => {
    assertRefused('GET /api/articles en', await api.get('/api/articles?locale=en&filters[title][$eq]=a%00b'), 'en');
  });

  test('every POST route: in a JSON body (comments, ratings, reports…)', async () => {
    const body = {
      data: { title: 'a\u0000b' },
      text: 'Ý kiến\u0000',
      name: 'Dân\u0000',
      email: 'a@b.vn',
      article: 'x',
      locale: 'vi',
      stars: 5,
    };
    for (const route of routes.filter((r) => r.method === 'POST')) {
      assertRefused(`POST ${route.path}`, await api.request('POST', withParams(route.path), body));
    }
  });

  test('GraphQL: in a literal of the query text and in a variable, for every root query field with filters', async () => {
    const schema = buildSchema(fs.readFileSync(path.join(CMS_DIR, 'schema.graphql'), 'utf8'));
    const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'filters'));
    assert.ok(fields.length >= 5, fields.map((f) => f.name).join());
    for (const field of fields) {
      const filterType = getNamedType(field.args.find((a) => a.name === 'filters')!.type);
      assert.ok(isInputObjectType(filterType));
      const literal = await api.graphql(`{ ${field.name}(filters: { documentId: { eq: "a\\u0000b" } }) { __typename } }`);
      assertRefused(`GraphQL ${field.name} literal`, literal);
      const variable = await api.graphql(`query ($id: ID) { ${field.name}(filters: { documentId: { eq: $id } }) { __typename } }`, {
        id: 'a\u0000b',
      });
      assertRefused(`GraphQL ${field.name} variable`, variable);
    }
    const issue = await api.graphql('{ articles(locale: "vi", filters: { title: { eq: "a\\u0000b" } }) { title } }');
    assertRefused('GraphQL articles (the reported query)', issue);
  });

  test('values the database itself refuses answer without its message, in REST and GraphQL', async () => {
    const big = '9'.repeat(30);
    const answers = [
      ['REST id out of range', await api.get(`/api/articles?locale=vi&filters[id][$eq]=${big}`)],
      ['REST date', await api.get('/api/articles?locale=vi&filters[publicationDate][$gt]=ng%C3%A0y-mai')],
      ['REST order', await api.get(`/api/categories?locale=vi&filters[order][$lt]=${big}.5e999`)],
      ['GraphQL id out of range', await api.graphql(`{ articles(locale: "vi", filters: { id: { eq: "${big}" } }) { title } }`)],
      ['GraphQL date', await api.graphql('{ articles(locale: "vi", filters: { publicationDate: { gt: "ngày-mai" } }) { title } }')],
    ] as const;
    for (const [label, res] of answers) {
      assert.doesNotMatch(res.text, INTERNALS, `${label}: ${res.status} ${res.text.slice(0, 300)}`);
      if (res.status >= 500) assert.match(res.text, /Lỗi máy chủ/, `${label}: ${res.text.slice(0, 300)}`);
    }
  });

  test('nothing was half-written: the public lists still answer', async () => {
    assert.equal((await api.get('/api/articles?locale=vi')).status, 200);
    assert.equal((await api.graphql('{ articles(locale: "vi") { title } }')).status, 200);
  });
});
