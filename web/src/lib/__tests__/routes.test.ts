import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizedRewrites, parsePath, routes } from '../routes';

test('public paths use each language’s words', () => {
  assert.equal(routes.article('vi', 'abc'), '/vi/tin-tuc/abc');
  assert.equal(routes.article('en', 'abc'), '/en/news/abc');
  assert.equal(routes.category('vi', 'thong-bao', 2), '/vi/chuyen-muc/thong-bao/2');
  assert.equal(routes.category('en', 'notices', 1), '/en/category/notices');
  assert.equal(routes.organisation('vi'), '/vi/to-chuc');
  assert.equal(routes.map('en'), '/en/map');
});

test('paths parse back to what they show', () => {
  assert.deepEqual(parsePath('/vi/tin-tuc/abc'), { kind: 'article', locale: 'vi', slug: 'abc' });
  assert.deepEqual(parsePath('/en/category/notices/3'), { kind: 'category', locale: 'en', slug: 'notices' });
  assert.deepEqual(parsePath('/en'), { kind: 'home', locale: 'en' });
  assert.deepEqual(parsePath('/vi/to-chuc'), { kind: 'organisation', locale: 'vi' });
  assert.deepEqual(parsePath('/en/partners'), { kind: 'partners', locale: 'en' });
  assert.deepEqual(parsePath('/vi/doi-tac'), { kind: 'partners', locale: 'vi' });
  assert.deepEqual(parsePath('/vi/xyz'), { kind: 'other', locale: 'vi' });
  assert.equal(parsePath('/fr/abc'), null);
});

test('rewrites map localized segments to the route folders and skip identical ones', () => {
  const rewrites = localizedRewrites();
  assert.ok(rewrites.some((r) => r.source === '/vi/tin-tuc/:rest*' && r.destination === '/vi/article/:rest*'));
  assert.ok(!rewrites.some((r) => r.source.startsWith('/en/category')), 'en already uses the folder name');
});
