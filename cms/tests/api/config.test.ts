/** Boot-time configuration errors: one readable line, non-zero exit, no stack trace. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { START_PROFILE, baseEnv, client, createDatabase, startServer, strapiCommand } from '../helpers/portal';

for (const [name, value, allowed] of [
  ['DATABASE_CLIENT', 'mysql', /sqlite, postgres/],
  ['DATABASE_CLIENT', 'oracle', /sqlite, postgres/],
  ['PORT', 'eighty', /whole number/],
] as const) {
  test(`${name}=${value} stops boot with one line naming the variable`, async () => {
    const db = await createDatabase('sqlite');
    const res = await strapiCommand({ ...baseEnv(db), [name]: value }, 'start');
    await db.drop();
    assert.notEqual(res.code, 0);
    const lines = `${res.stdout}${res.stderr}`.trim().split('\n').filter(Boolean);
    assert.equal(lines.length, 1, `expected one line, got:\n${lines.join('\n')}`);
    assert.match(lines[0]!, new RegExp(`${name}="${value}"`));
    assert.match(lines[0]!, allowed);
  });
}

test('what `npm start` runs is the production profile: the schema cannot be introspected, queries work', async () => {
  assert.equal(START_PROFILE.NODE_ENV, 'production');
  const db = await createDatabase('sqlite');
  // No NODE_ENV here: the server runs in the profile npm start uses (scripts/start-profile.json).
  const server = await startServer(db);
  try {
    const api = client(server.url);
    const introspection = await api.graphql('{ __schema { types { name } } }');
    assert.equal(introspection.status, 400);
    assert.match(introspection.json.errors[0].message, /introspection/i);
    const typeName = await api.graphql('{ __type(name: "Article") { fields { name } } }');
    assert.equal(typeName.status, 400);
    const query = await api.graphql('{ articles(locale: "vi") { title } }');
    assert.equal(query.status, 200, query.text);
    assert.deepEqual(query.json.data.articles, []);
  } finally {
    await server.stop();
    await db.drop();
  }
});

test('no response names the server software (X-Powered-By), and the admin still loads', async () => {
  const db = await createDatabase('sqlite');
  const server = await startServer(db, { NODE_ENV: 'production' });
  try {
    const api = client(server.url);
    const answers = await Promise.all([
      api.get('/api/articles?locale=vi'),
      api.graphql('{ articles(locale: "vi") { title } }'),
      api.get('/api/partner-feed/operations'),
      api.get('/admin'),
      api.get('/admin/init'),
      api.get('/no-such-route'),
    ]);
    for (const res of answers) assert.equal(res.headers.get('x-powered-by'), null, res.text.slice(0, 100));
    const admin = answers[3]!;
    assert.equal(admin.status, 200);
    assert.match(admin.text, /<div id="strapi"|<html/);
    assert.equal(answers[4]!.status, 200);
  } finally {
    await server.stop();
    await db.drop();
  }
});
