import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROW_ERROR_CODES, parseFigures, periodRange } from '../dossier-figures';
import { dossierImportMessages } from '../../admin/pages/dossier-import-messages';

const HEADER =
  'period,unit,received,carriedOver,resolvedEarly,resolvedOnTime,resolvedLate,inProgress,overdue,submittedOnline,returnedByPost,asOf,source';
const DISTRICT = 'UBND huyện Thạch Hà';

test('periods are years, quarters or months', () => {
  assert.deepEqual(periodRange('2019'), { start: '2019-01-01', end: '2019-12-31' });
  assert.deepEqual(periodRange('2020-Q1'), { start: '2020-01-01', end: '2020-03-31' });
  assert.deepEqual(periodRange('2020-02'), { start: '2020-02-01', end: '2020-02-29' });
  assert.equal(periodRange('2020-13'), null);
  assert.equal(periodRange('Q1/2020'), null);
});

test('a good CSV imports every row, with thousands separators and empty optional counts', () => {
  const csv = `${HEADER}\n2019,${DISTRICT},"76.936",0,0,"76,550",0,386,0,,3529,2020-01-10,Báo cáo 120/BC-UBND\n2020-Q1,${DISTRICT},100,386,10,470,2,4,0,40,,2020-04-05,\n`;
  const result = parseFigures(csv, 'csv');
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.rows.length, 2);
  assert.deepEqual(
    { ...result.rows[0] },
    {
      row: 2,
      period: '2019',
      periodStart: '2019-01-01',
      periodEnd: '2019-12-31',
      unit: DISTRICT,
      asOf: '2020-01-10',
      source: 'Báo cáo 120/BC-UBND',
      received: 76936,
      carriedOver: 0,
      resolvedEarly: 0,
      resolvedOnTime: 76550,
      resolvedLate: 0,
      inProgress: 386,
      overdue: 0,
      submittedOnline: null,
      returnedByPost: 3529,
    },
  );
});

const bad: Array<[string, string, RegExp]> = [
  [
    'unknown period',
    `${HEADER}\n19/2020,${DISTRICT},1,0,0,1,0,0,0,,,2020-01-01,`,
    /^row 2: period "19\/2020" must be YYYY, YYYY-Qn or YYYY-MM$/,
  ],
  ['missing unit', `${HEADER}\n2020,,1,0,0,1,0,0,0,,,2020-01-01,`, /^row 2: unit is missing$/],
  ['negative count', `${HEADER}\n2020,${DISTRICT},-1,0,0,1,0,0,0,,,2020-01-01,`, /^row 2: received "-1" must be a whole number ≥ 0$/],
  ['decimal count', `${HEADER}\n2020,${DISTRICT},1.5,0,0,1,0,0,0,,,2020-01-01,`, /^row 2: received "1.5" must be a whole number ≥ 0$/],
  [
    'counts that do not add up',
    `${HEADER}\n2020,${DISTRICT},100,0,0,90,0,5,0,,,2020-01-01,`,
    /^row 2: resolved, in progress and overdue dossiers add up to 95, but received \+ carried over is 100$/,
  ],
  ['bad date', `${HEADER}\n2020,${DISTRICT},1,0,0,1,0,0,0,,,2020-02-30,`, /^row 2: asOf "2020-02-30" must be a date YYYY-MM-DD$/],
  [
    'more online than received',
    `${HEADER}\n2020,${DISTRICT},1,0,0,1,0,0,0,2,,2020-01-01,`,
    /^row 2: submittedOnline is larger than received$/,
  ],
  [
    'duplicate period and unit',
    `${HEADER}\n2020,${DISTRICT},1,0,0,1,0,0,0,,,2020-01-01,\n2020,${DISTRICT},1,0,0,1,0,0,0,,,2020-01-01,`,
    /^row 3: period 2020 for "UBND huyện Thạch Hà" is already in row 2$/,
  ],
  ['not CSV at all', 'period,unit\n"unclosed', /^row 0: the file cannot be read as CSV/],
  ['empty file', HEADER, /^row 0: the file has no rows$/],
];

for (const [name, csv, message] of bad) {
  test(`refused: ${name}`, () => {
    const result = parseFigures(csv, 'csv');
    assert.equal(result.ok, false);
    const first = result.ok ? '' : `row ${result.errors[0]!.row}: ${result.errors[0]!.message}`;
    assert.match(first, message);
  });
}

test('a mixed file reports every bad row by number and keeps none', () => {
  const csv = [
    HEADER,
    `2020-01,${DISTRICT},5,0,0,5,0,0,0,,,2020-02-01,`,
    `2020-02,${DISTRICT},5,0,0,4,0,0,0,,,2020-03-01,`,
    `2020-03,${DISTRICT},5,0,0,5,0,0,0,,,2020-04-01,`,
    `2020-04,${DISTRICT},x,0,0,5,0,0,0,,,2020-05-01,`,
  ].join('\n');
  const result = parseFigures(csv, 'csv');
  assert.equal(result.ok, false);
  assert.deepEqual(result.ok ? [] : result.errors.map((e) => e.row), [3, 5]);
});

test('JSON rows are numbered from 1', () => {
  const result = parseFigures(
    JSON.stringify([
      { period: '2020', unit: DISTRICT, received: 1, resolvedOnTime: 1, asOf: '2020-12-31' },
      { period: '2021', unit: DISTRICT, received: 2, resolvedOnTime: 1, asOf: '2021-12-31' },
    ]),
    'json',
  );
  assert.equal(result.ok, false);
  assert.equal(result.ok ? 0 : result.errors[0]!.row, 2);
  assert.equal(parseFigures('{"period": 1}', 'json').ok, false);
});

test('a file with a NUL character imports nothing and says why (PostgreSQL cannot store it)', () => {
  const csv = 'period,unit,received,resolvedOnTime\n2019,UBND huyện\u0000,10,10\n';
  for (const [content, format] of [
    [csv, 'csv'],
    [JSON.stringify([{ period: '2019', unit: 'a\u0000b' }]), 'json'],
  ] as const) {
    const result = parseFigures(content, format);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.errors[0]!.message, /NUL/);
  }
});

test('every problem of a row can be told in Vietnamese and English, with the values it names', () => {
  const csv = [
    HEADER,
    `2020-13,${DISTRICT},5,0,0,5,0,0,0,,,2020-02-01,`,
    `2020-02,,5,0,0,5,0,0,0,,,2020-30-01,`,
    `2020-03,${DISTRICT},x,0,0,4,0,0,0,9,,2020-04-01,`,
    `2020-04,${DISTRICT},5,0,0,4,0,0,0,,,2020-05-01,`,
    `2020-05,${DISTRICT},5,0,0,5,0,0,0,6,6,2020-06-01,`,
    `2020-06,${DISTRICT},5,0,0,5,0,0,0,,,2020-07-01,`,
    `2020-06,${DISTRICT},5,0,0,5,0,0,0,,,2020-07-01,`,
  ].join('\n');
  const result = parseFigures(csv, 'csv');
  assert.equal(result.ok, false);
  const errors = result.ok ? [] : result.errors;
  const codes = new Set(errors.map((e) => e.code));
  for (const code of ['period', 'unitMissing', 'asOf', 'countNotNumber', 'sum', 'onlineTooLarge', 'postTooLarge', 'duplicate'] as const)
    assert.ok(codes.has(code), `${code} in ${JSON.stringify(errors)}`);
  assert.deepEqual(errors.find((e) => e.code === 'duplicate')!.values, { period: '2020-06', unit: DISTRICT, first: 7 });
  assert.deepEqual(errors.find((e) => e.code === 'sum')!.values, { handled: 4, expected: 5 });
  for (const language of ['vi', 'en'] as const) {
    for (const code of ROW_ERROR_CODES) {
      const message = dossierImportMessages[language][`dossier-import.error.${code}`];
      assert.ok(message, `${language}: dossier-import.error.${code}`);
      for (const e of errors.filter((x) => x.code === code))
        for (const name of Object.keys(e.values ?? {}))
          assert.match(message, new RegExp(`\\{${name}\\}`), `${language} ${code}: {${name}}`);
    }
  }
  assert.match(dossierImportMessages.vi['dossier-import.error.sum']!, /tiếp nhận mới/);
});
