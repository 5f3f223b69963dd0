import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corsMethods, partnerOrigins } from '../partner-cors';

const ctx = (method: string, path: string, requested = '') => ({
  method,
  path,
  get: (name: string) => (name === 'Access-Control-Request-Method' ? requested : ''),
});

test('reads of the content API are open to the configured origins', () => {
  const origin = partnerOrigins(['https://a.example/', ' https://b.example', '*']);
  assert.deepEqual(origin(ctx('GET', '/api/partner-feed/operations/latest-news')), ['https://a.example', 'https://b.example']);
  assert.deepEqual(origin(ctx('OPTIONS', '/graphql', 'POST')), ['https://a.example', 'https://b.example']);
});

test('admin, uploads and writes are never open', () => {
  const origin = partnerOrigins(['https://a.example']);
  for (const [method, path, requested] of [
    ['POST', '/admin/login', ''],
    ['OPTIONS', '/admin/login', 'POST'],
    ['OPTIONS', '/api/articles', 'POST'],
    ['DELETE', '/api/articles/1', ''],
    ['OPTIONS', '/upload', 'POST'],
    ['GET', '/content-manager/collection-types/api::article.article', ''],
  ] as const) {
    assert.deepEqual(origin(ctx(method, path, requested)), [], `${method} ${path}`);
  }
  assert.deepEqual(corsMethods('/graphqlx'), []);
});
