import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  byPeriod,
  byPeriodKind,
  formatPeriod,
  latestPeriod,
  periodKind,
  rates,
  toCsv,
  total,
  unitName,
  type DossierRow,
} from '../dossiers';

const row = (period: string, unit: string, start: string, end: string, counts: Partial<DossierRow> = {}): DossierRow => ({
  period,
  unit,
  periodStart: start,
  periodEnd: end,
  received: 0,
  carriedOver: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  inProgress: 0,
  overdue: 0,
  submittedOnline: null,
  returnedByPost: null,
  asOf: end,
  source: null,
  ...counts,
});

test('the 2019 figures: every resolved dossier on time, 99.5 % of received resolved', () => {
  const r = rates({
    received: 76936,
    carriedOver: 0,
    resolvedEarly: 0,
    resolvedOnTime: 76550,
    resolvedLate: 0,
    inProgress: 386,
    overdue: 0,
    submittedOnline: null,
    returnedByPost: 3529,
  });
  assert.equal(r.resolved, 76550);
  assert.equal(r.onTimeRate, 1);
  assert.equal(r.resolvedShare!.toFixed(4), '0.9950');
  assert.equal(r.onlineShare, null);
  assert.equal(
    rates({
      received: 0,
      carriedOver: 0,
      resolvedEarly: 0,
      resolvedOnTime: 0,
      resolvedLate: 0,
      inProgress: 0,
      overdue: 0,
      submittedOnline: 0,
      returnedByPost: 0,
    }).onTimeRate,
    null,
  );
});

test('units add up per period; an unreported count stays unknown', () => {
  const rows = [
    row('2020-Q1', 'A', '2020-01-01', '2020-03-31', {
      received: 10,
      resolvedOnTime: 8,
      resolvedLate: 2,
      submittedOnline: 4,
      returnedByPost: 1,
    }),
    row('2020-Q1', 'B', '2020-01-01', '2020-03-31', { received: 30, resolvedOnTime: 30, submittedOnline: 6 }),
    row('2019', 'A', '2019-01-01', '2019-12-31', { received: 5, resolvedOnTime: 5 }),
  ];
  const periods = byPeriod(rows);
  assert.deepEqual(
    periods.map((p) => p.period),
    ['2019', '2020-Q1'],
  );
  const q1 = periods[1]!;
  assert.equal(q1.counts.received, 40);
  assert.equal(q1.counts.submittedOnline, 10);
  assert.equal(q1.counts.returnedByPost, null);
  assert.equal(rates(q1.counts).onTimeRate, 38 / 40);
  assert.deepEqual(
    q1.units.map((u) => u.unit),
    ['B', 'A'],
  );
  assert.equal(total([]).received, 0);
});

test('the latest period is the one that ends last, preferring the longest', () => {
  const periods = byPeriod([
    row('2019-Q4', 'A', '2019-10-01', '2019-12-31'),
    row('2019', 'A', '2019-01-01', '2019-12-31'),
    row('2019-Q3', 'A', '2019-07-01', '2019-09-30'),
  ]);
  assert.equal(latestPeriod(periods)?.period, '2019');
  assert.equal(latestPeriod([]), null);
});

test('the CSV download has the import columns and escapes text', () => {
  const csv = toCsv([row('2019', 'UBND "A", huyện', '2019-01-01', '2019-12-31', { received: 5, resolvedOnTime: 5 })]);
  const [header, line] = csv.trim().split('\n');
  assert.equal(
    header,
    'period,unit,received,carriedOver,resolvedEarly,resolvedOnTime,resolvedLate,inProgress,overdue,submittedOnline,returnedByPost,asOf,source',
  );
  assert.equal(line, '2019,"UBND ""A"", huyện",5,0,0,5,0,0,0,,,2019-12-31,');
});

test('periods read as people write them: Quý III/2026, Tháng 3/2026, Năm 2026 (Q3 2026 in English)', () => {
  assert.equal(formatPeriod('2026-Q3', 'vi'), 'Quý III/2026');
  assert.equal(formatPeriod('2020-Q1', 'vi'), 'Quý I/2020');
  assert.equal(formatPeriod('2026-Q4', 'en'), 'Q4 2026');
  assert.equal(formatPeriod('2026-03', 'vi'), 'Tháng 3/2026');
  assert.equal(formatPeriod('2026-11', 'en'), 'November 2026');
  assert.equal(formatPeriod('2019', 'vi'), 'Năm 2019');
  assert.equal(formatPeriod('2019', 'en'), '2019');
  assert.equal(formatPeriod('something else', 'vi'), 'something else');
});

test('the trend splits periods by kind, so a year never shares an axis with quarters', () => {
  const summary = (period: string) => ({ period, periodStart: '', periodEnd: '', counts: total([]), units: [], asOf: '' });
  const split = byPeriodKind(['2019', '2026-Q2', '2026-Q3', '2026-07'].map(summary));
  assert.deepEqual(
    split.map(([kind, list]) => [kind, list.map((p) => p.period)]),
    [
      ['year', ['2019']],
      ['quarter', ['2026-Q2', '2026-Q3']],
      ['month', ['2026-07']],
    ],
  );
  assert.equal(periodKind('2026-Q3'), 'quarter');
});

test("a People's Committee is named in English on English pages; other names have no English form", () => {
  assert.equal(unitName('Ủy ban nhân dân huyện Thạch Hà', 'en'), "Thạch Hà District People's Committee");
  assert.equal(unitName('UBND xã Việt Tiến', 'en'), "Việt Tiến Commune People's Committee");
  assert.equal(unitName('UBND thị trấn Thạch Hà', 'en'), "Thạch Hà Township People's Committee");
  assert.equal(unitName('Ủy ban nhân dân huyện Thạch Hà', 'vi'), 'Ủy ban nhân dân huyện Thạch Hà');
  assert.equal(unitName('Bộ phận một cửa huyện', 'en'), null);
});
