import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRegisterFilters, registerQuery, registerSearch } from '../documents';

test('filters from the query string are validated', () => {
  assert.deepEqual(
    parseRegisterFilters({ type: 'plan', field: 'justice', year: '2020', q: '  kế hoạch ', page: '2', issuer: 'UBND huyện Thạch Hà' }),
    {
      type: 'plan',
      field: 'justice',
      year: 2020,
      q: 'kế hoạch',
      page: 2,
      issuer: 'UBND huyện Thạch Hà',
    },
  );
  assert.deepEqual(parseRegisterFilters({ type: 'drop table', field: 'x', year: '20x0', page: '-1', q: 'a'.repeat(500) }), {
    type: undefined,
    field: undefined,
    issuer: undefined,
    year: undefined,
    q: 'a'.repeat(200),
    page: 1,
  });
  assert.equal(parseRegisterFilters({ type: ['report', 'plan'] }).type, 'report');
});

test('the CMS filter combines every chosen criterion', () => {
  assert.deepEqual(registerQuery({ page: 1 }), {});
  assert.deepEqual(registerQuery({ page: 1, type: 'report', year: 2019, q: '120/BC' }, ['d1', 'd2']), {
    and: [
      { documentType: { eq: 'report' } },
      { issueDate: { between: ['2019-01-01', '2019-12-31'] } },
      { documentId: { in: ['d1', 'd2'] } },
    ],
  });
});

test('a text filter the site search finds nothing for gives an empty register, not the whole one', () => {
  assert.deepEqual(registerQuery({ page: 1, q: 'zzz' }, []), { and: [{ documentId: { in: ['-'] } }] });
});

test('links keep the filters', () => {
  const f = parseRegisterFilters({ type: 'plan', q: 'cải cách' });
  assert.equal(registerSearch(f, 3), '?q=c%E1%BA%A3i+c%C3%A1ch&type=plan&page=3');
  assert.equal(registerSearch({ page: 1 }), '');
});
