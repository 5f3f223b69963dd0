import assert from 'node:assert/strict';
import { test } from 'node:test';

import { addressProblem, queryHasControl } from '../bad-address';
import { parseRegisterFilters } from '../documents';

test('a page address whose query holds a NUL or another control character is a 400 in the page’s language', () => {
  assert.deepEqual(addressProblem('/vi/van-ban', null, '?q=a%00'), { status: 400, locale: 'vi' });
  assert.deepEqual(addressProblem('/vi/van-ban', null, '?issuer=a%00&year=2024'), { status: 400, locale: 'vi' });
  assert.deepEqual(addressProblem('/en/documents', 'vi', '?q=a%00'), { status: 400, locale: 'en' });
  assert.deepEqual(addressProblem('/vi/tim-kiem', null, '?q=%1B%5B2J'), { status: 400, locale: 'vi' });
  assert.deepEqual(addressProblem('/vi/tim-kiem', null, '?a%00=1'), { status: 400, locale: 'vi' });
  for (const fine of ['', '?q=c%E1%BA%A3i+c%C3%A1ch', '?q=a%0Ab', '?q=100%25', '?q=%', '?issuer=UBND%20x%C3%A3']) {
    assert.equal(addressProblem('/vi/van-ban', null, fine), null, fine);
    assert.equal(queryHasControl(fine), false, fine);
  }
});

test('the documents register ignores a filter holding a NUL instead of sending it to the CMS', () => {
  const f = parseRegisterFilters({ q: 'a\u0000', issuer: 'UBND\u0000', type: 'decision', year: '2024' });
  assert.equal(f.q, undefined);
  assert.equal(f.issuer, undefined);
  assert.equal(f.type, 'decision');
  assert.equal(f.year, 2024);
});
