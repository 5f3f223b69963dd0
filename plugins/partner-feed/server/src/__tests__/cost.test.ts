import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildSchema, getOperationAST, parse, validate, type DocumentNode } from 'graphql';
import { fragmentsOf, operationCost } from '../graphql/cost.js';
import { aliasLimitRule } from '../graphql/alias-limit.js';
import { OPERATIONS } from '../operations.js';
import { defaultConfig } from '../config.js';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
// The committed dump of the live schema (`npm test` fails when it drifts from the running CMS).
const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'cms', 'schema.graphql'), 'utf8'));
const limits = { defaultLimit: 20, maxLimit: 100 };

const cost = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  return operationCost(schema, getOperationAST(document)!, fragmentsOf(document.definitions), variables, limits);
};

test('objects cost 1, lists multiply by their page size, scalars are free', () => {
  assert.equal(cost('{ articles { title } }'), 20);
  assert.equal(cost('{ articles(pagination: { pageSize: 5 }) { title category { name } } }'), 10);
  assert.equal(cost('query ($n: Int) { articles(pagination: { pageSize: $n }) { title } }', { n: 7 }), 7);
  assert.equal(cost('{ articles(pagination: { limit: 1000 }) { title } }'), 100, 'capped at maxLimit');
  assert.equal(cost('{ articles_connection(pagination: { pageSize: 50 }) { nodes { title } pageInfo { total } } }'), 1 + 50 + 1);
  assert.equal(cost('{ siteSetting { portalName } }'), 1);
});

test('nested lists multiply; fragments and aliases count each time they are used', () => {
  const nested = '{ articles(pagination: { pageSize: 100 }) { category { articles(pagination: { pageSize: 100 }) { title } } } }';
  assert.equal(cost(nested), 100 * (1 + 1 * (1 + 100)));
  assert.ok(cost(nested) > defaultConfig.maxCost);
  assert.equal(cost('fragment F on Article { category { name } } { a: articles { ...F } b: articles { ...F } }'), 2 * 20 * 2);
});

test('the web portal’s own operations stay well under the default cost limit', () => {
  const dir = path.join(ROOT, 'web', 'src', 'graphql');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  const all = parse(files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n'));
  const fragments = fragmentsOf(all.definitions);
  for (const definition of all.definitions) {
    if (definition.kind !== 'OperationDefinition') continue;
    // Variables at their largest plausible values: a page of 100.
    const variables = Object.fromEntries((definition.variableDefinitions ?? []).map((v) => [v.variable.name.value, 100]));
    const price = operationCost(schema, definition, fragments, variables, limits);
    assert.ok(price <= defaultConfig.maxCost, `${definition.name?.value} costs ${price}`);
  }
});

test('every persisted operation is valid against the schema and affordable', () => {
  for (const op of OPERATIONS) {
    const document: DocumentNode = parse(op.document);
    assert.deepEqual(
      validate(schema, document).map((e) => e.message),
      [],
      op.id,
    );
    const params = op.params.parse(op.example);
    const price = operationCost(schema, getOperationAST(document)!, {}, op.variables(params), limits);
    assert.ok(price <= defaultConfig.rateLimit.anonymousPoints / 10, `${op.id} costs ${price}`);
  }
});

test('the alias rule names the limit', () => {
  const document = parse(`{ ${Array.from({ length: 4 }, (_, i) => `a${i}: categories { name }`).join(' ')} }`);
  const [error] = validate(schema, document, [aliasLimitRule(3)]);
  assert.match(error!.message, /Alias limit exceeded: the operation uses 4 aliases, the maximum is 3/);
  assert.equal(validate(schema, document, [aliasLimitRule(4)]).length, 0);
});
