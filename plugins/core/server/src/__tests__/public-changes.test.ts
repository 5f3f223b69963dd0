import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namedLocales, publicAction } from '../services/public-changes';

test('a draft save is no public change; a save that publishes, or any save without drafts, is', () => {
  assert.equal(publicAction('update', { status: 'draft' }, true), null);
  assert.equal(publicAction('create', {}, true), null);
  assert.equal(publicAction('update', { status: 'published' }, true), 'update-published');
  assert.equal(publicAction('create', {}, false), 'update-published');
  assert.equal(publicAction('publish', {}, true), 'publish');
  assert.equal(publicAction('unpublish', {}, true), 'unpublish');
  assert.equal(publicAction('delete', {}, false), 'delete');
  assert.equal(publicAction('discardDraft', {}, true), null);
  assert.equal(publicAction('findMany', {}, true), null);
});

test('the locales a call names: one, a list, or all', () => {
  assert.deepEqual(namedLocales('vi'), ['vi']);
  assert.deepEqual(namedLocales(['vi', 'en']), ['vi', 'en']);
  assert.equal(namedLocales('*'), null);
  assert.equal(namedLocales(undefined), null);
});
