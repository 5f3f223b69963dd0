import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SITE_UID } from '../content-types/site';
import { isPublicType } from '../services/public-changes';
import { siteHosts } from '../utils/site-rules';

test('a site answers on <label>.<root>, its primary host and its aliases; the default site on the root', () => {
  const root = { rootDomain: 'hatinh.gov.vn', isDefault: false };
  assert.deepEqual(siteHosts({ key: 'camxuyen', label: 'camxuyen' }, root), ['camxuyen.hatinh.gov.vn']);
  assert.deepEqual(
    siteHosts({ key: 'camxuyen', label: 'camxuyen', primaryHost: 'CamXuyen.vn', aliases: ['old.camxuyen.vn.', 'camxuyen.vn', 7] }, root),
    ['camxuyen.hatinh.gov.vn', 'camxuyen.vn', 'old.camxuyen.vn'],
  );
  assert.deepEqual(siteHosts({ key: 'province', primaryHost: 'hatinh.gov.vn' }, { ...root, isDefault: true }), ['hatinh.gov.vn']);
  assert.deepEqual(siteHosts({ key: 'setup' }, root), [], 'no label, no host: reachable nowhere yet');
});

test("a site's save is a public change (every node reloads its host map); other plugin types are not", () => {
  assert.equal(isPublicType('api::article.article'), true);
  assert.equal(isPublicType(SITE_UID), true);
  assert.equal(isPublicType('plugin::upload.file'), false);
  assert.equal(isPublicType('admin::user'), false);
});
