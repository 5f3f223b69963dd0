import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRevalidationBody, parseRevalidationRequest, secretMatches } from '../revalidation';

test('only known tag shapes are accepted', () => {
  assert.deepEqual(parseRevalidationBody({ tags: ['site', 'articles:vi', 'article:en:some-slug', 'site'] }), [
    'site',
    'articles:vi',
    'article:en:some-slug',
  ]);
  assert.equal(parseRevalidationBody({ tags: ['articles:fr'] }), null);
  assert.equal(parseRevalidationBody({ tags: ['article:vi:../../x'] }), null);
  assert.equal(parseRevalidationBody({ tags: [] }), null);
  assert.equal(parseRevalidationBody({}), null);
  assert.equal(parseRevalidationBody(null), null);
  assert.equal(parseRevalidationBody({ tags: Array(51).fill('site') }), null);
});

test('the secret must match exactly', () => {
  assert.equal(secretMatches('abc', 'abc'), true);
  assert.equal(secretMatches('abd', 'abc'), false);
  assert.equal(secretMatches('ab', 'abc'), false);
  assert.equal(secretMatches(null, 'abc'), false);
  assert.equal(secretMatches('abc', undefined), false);
  assert.equal(secretMatches('', ''), false);
});

test('a takedown is said in the body; anything but a boolean is refused', () => {
  assert.deepEqual(parseRevalidationRequest({ tags: ['articles:vi'], takedown: true }), { tags: ['articles:vi'], takedown: true });
  assert.deepEqual(parseRevalidationRequest({ tags: ['articles:vi'] }), { tags: ['articles:vi'], takedown: false });
  assert.equal(parseRevalidationRequest({ tags: ['articles:vi'], takedown: 'yes' }), null);
});
