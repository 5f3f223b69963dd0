import assert from 'node:assert/strict';
import { test } from 'node:test';

import { addressProblem, errorPagePath, preferredLocale } from '../bad-address';

process.env.PORTAL_TOP_LEVEL = 'api,vendor,portal.css';

test('malformed addresses are 400 in the address’s language', () => {
  assert.deepEqual(addressProblem('/vi/tin-tuc/abc%', null), { status: 400, locale: 'vi' });
  assert.deepEqual(addressProblem('/en/category/%E0%A4%A', null), { status: 400, locale: 'en' });
  assert.deepEqual(addressProblem('/vi/tin-tuc/%C3%28', 'en'), { status: 400, locale: 'vi' });
  assert.deepEqual(addressProblem('/abc%', 'en-US,en;q=0.9'), { status: 400, locale: 'en' });
});

test('addresses outside the locales and the served names are 404, Vietnamese unless English is preferred', () => {
  assert.deepEqual(addressProblem('/tin-tuc/abc', null), { status: 404, locale: 'vi' });
  assert.deepEqual(addressProblem('/index.php', 'fr-FR,en;q=0.5'), { status: 404, locale: 'en' });
  assert.deepEqual(addressProblem('/xx/anything', 'de'), { status: 404, locale: 'vi' });
  for (const ok of [
    '/',
    '/vi',
    '/en/news/a-b',
    '/vi/tin-tuc/c%E1%BA%A3i',
    '/api/reviews/ratings',
    '/vendor/altcha.js',
    '/portal.css',
    '/robots.txt',
    '/sitemap.xml',
  ]) {
    assert.equal(addressProblem(ok, null), null, ok);
  }
  assert.equal(errorPagePath({ status: 404, locale: 'en' }), '/en/address-error/404');
});

test('the preferred language follows q values, then order', () => {
  assert.equal(preferredLocale('en;q=0.4,vi;q=0.8'), 'vi');
  assert.equal(preferredLocale('fr,en-GB;q=0.9,vi;q=0.9'), 'en');
  assert.equal(preferredLocale(''), 'vi');
  assert.equal(preferredLocale('en;q=0'), 'vi');
});
