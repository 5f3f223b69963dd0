import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePath, routes } from '../routes';
import { parseSearchParams, safeMarkedHtml, searchQueryString } from '../search';

describe('search page parameters', () => {
  test('keeps valid values and drops odd ones', () => {
    assert.deepEqual(
      parseSearchParams({
        q: ' cai cach ',
        category: 'cai-cach-hanh-chinh',
        from: '2020-01-01',
        to: '2020-12-31',
        sort: 'date',
        page: '2',
      }),
      {
        q: 'cai cach',
        category: 'cai-cach-hanh-chinh',
        from: '2020-01-01',
        to: '2020-12-31',
        sort: 'date',
        page: 2,
      },
    );
    assert.deepEqual(
      parseSearchParams({ q: ['a', 'b'], category: '<x>', from: '2020-02-30', to: 'yesterday', sort: 'popular', page: '-1' }),
      {
        q: 'a',
        category: undefined,
        from: undefined,
        to: undefined,
        sort: 'relevance',
        page: 1,
      },
    );
  });

  test('cuts the query at 200 characters and swaps reversed dates', () => {
    const p = parseSearchParams({ q: 'đ'.repeat(300), from: '2021-05-01', to: '2021-04-01' });
    assert.equal([...p.q].length, 200);
    assert.deepEqual([p.from, p.to], ['2021-04-01', '2021-05-01']);
  });

  test('builds result page links without defaults', () => {
    const p = parseSearchParams({ q: 'đất đai', category: 'thong-bao', sort: 'date' });
    assert.equal(searchQueryString(p, 3), '?q=%C4%91%E1%BA%A5t+%C4%91ai&category=thong-bao&sort=date&page=3');
    assert.equal(searchQueryString(parseSearchParams({})), '');
    assert.equal(routes.search('vi', '?q=x'), '/vi/tim-kiem?q=x');
    assert.equal(routes.search('en'), '/en/search');
    assert.deepEqual(parsePath('/vi/tim-kiem'), { kind: 'search', locale: 'vi' });
  });
});

describe('highlighted HTML from the CMS', () => {
  test('lets <mark> through and escapes anything else', () => {
    assert.equal(safeMarkedHtml('Cải <mark>cách</mark> &amp; x'), 'Cải <mark>cách</mark> &amp; x');
    assert.equal(safeMarkedHtml('<img src=x onerror=alert(1)><mark>a</mark>'), '&lt;img src=x onerror=alert(1)&gt;<mark>a</mark>');
    assert.equal(safeMarkedHtml('<mark onclick="x">a</mark> & b'), '&lt;mark onclick=&quot;x&quot;&gt;a</mark> &amp; b');
  });
});
