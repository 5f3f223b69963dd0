/**
 * Dossier-processing figures as readers see them. Rates are always computed here from the counts the
 * CMS holds (never typed in): on-time rate = (resolved early + on time) ÷ all resolved dossiers;
 * resolved share = resolved ÷ (received + carried over).
 */
import type { Locale } from './routes';
import { DOSSIER_CSV_COLUMNS } from '@portal/contract';

export interface DossierRow {
  period: string;
  periodStart: string;
  periodEnd: string;
  unit: string;
  received: number;
  carriedOver: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  inProgress: number;
  overdue: number;
  submittedOnline: number | null;
  returnedByPost: number | null;
  asOf: string;
  source: string | null;
}

export type Counts = Omit<DossierRow, 'period' | 'periodStart' | 'periodEnd' | 'unit' | 'asOf' | 'source'>;

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function rates(c: Counts) {
  const resolved = c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
  return {
    resolved,
    onTimeRate: ratio(c.resolvedEarly + c.resolvedOnTime, resolved),
    resolvedShare: ratio(resolved, c.received + c.carriedOver),
    onlineShare: c.submittedOnline === null ? null : ratio(c.submittedOnline, c.received),
  };
}

/** Sum of several units' counts; an optional count stays unknown (null) if any unit did not report it. */
export function total(rows: Counts[]): Counts {
  const sum = (key: keyof Counts) => rows.reduce((n, r) => n + (r[key] ?? 0), 0);
  const optional = (key: 'submittedOnline' | 'returnedByPost') => (rows.every((r) => r[key] !== null) ? sum(key) : null);
  return {
    received: sum('received'),
    carriedOver: sum('carriedOver'),
    resolvedEarly: sum('resolvedEarly'),
    resolvedOnTime: sum('resolvedOnTime'),
    resolvedLate: sum('resolvedLate'),
    inProgress: sum('inProgress'),
    overdue: sum('overdue'),
    submittedOnline: optional('submittedOnline'),
    returnedByPost: optional('returnedByPost'),
  };
}

export interface PeriodSummary {
  period: string;
  periodStart: string;
  periodEnd: string;
  counts: Counts;
  units: DossierRow[];
  asOf: string;
}

/** One summary per period (all units together), oldest first. */
export function byPeriod(rows: DossierRow[]): PeriodSummary[] {
  const groups = new Map<string, DossierRow[]>();
  for (const row of rows) groups.set(row.period, [...(groups.get(row.period) ?? []), row]);
  return [...groups.entries()]
    .map(([period, units]) => ({
      period,
      periodStart: units[0]!.periodStart,
      periodEnd: units[0]!.periodEnd,
      counts: total(units),
      units: [...units].sort((a, b) => b.received - a.received),
      asOf: units
        .map((u) => u.asOf)
        .sort()
        .at(-1)!,
    }))
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd));
}

export type PeriodKind = 'year' | 'quarter' | 'month';

/** What a period is: YYYY a year, YYYY-Qn a quarter, YYYY-MM a month. */
export function periodKind(period: string): PeriodKind {
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'year';
}

/** Periods split by kind (years, then quarters, then months), so one chart never mixes a year with its quarters. */
export function byPeriodKind(periods: PeriodSummary[]): Array<[PeriodKind, PeriodSummary[]]> {
  return (['year', 'quarter', 'month'] as const)
    .map((kind): [PeriodKind, PeriodSummary[]] => [kind, periods.filter((p) => periodKind(p.period) === kind)])
    .filter(([, list]) => list.length > 0);
}

/** The period shown first: the one that ends last (the longest of those, e.g. the year over its Q4). */
export function latestPeriod(periods: PeriodSummary[]): PeriodSummary | null {
  return [...periods].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || a.periodStart.localeCompare(b.periodStart))[0] ?? null;
}

const CSV_COLUMNS: ReadonlyArray<keyof DossierRow> = DOSSIER_CSV_COLUMNS;

/** Open data: the same columns the CMS imports, so a download can be re-imported. */
export function toCsv(rows: DossierRow[]): string {
  const cell = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${CSV_COLUMNS.join(',')}\n${rows.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(',')).join('\n')}\n`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A period as people write it: "Quý III/2026", "Tháng 3/2026", "Năm 2026" (vi); "Q3 2026",
 * "March 2026", "2026" (en). The stored form (2026-Q3, 2026-03, 2026) stays in the data downloads.
 */
export function formatPeriod(period: string, locale: Locale): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return locale === 'vi' ? `Quý ${ROMAN[Number(quarter[2]) - 1]}/${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (month) return locale === 'vi' ? `Tháng ${Number(month[2])}/${month[1]}` : `${MONTHS_EN[Number(month[2]) - 1]} ${month[1]}`;
  if (/^\d{4}$/.test(period)) return locale === 'vi' ? `Năm ${period}` : period;
  return period;
}

/** Vietnamese administrative levels as English names them ("huyện Thạch Hà" → "Thạch Hà District"). */
const LEVELS_EN: Record<string, string> = {
  tỉnh: 'Province',
  'thành phố': 'City',
  huyện: 'District',
  'thị xã': 'Town',
  'thị trấn': 'Township',
  xã: 'Commune',
  phường: 'Ward',
};
const PEOPLES_COMMITTEE = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(tỉnh|thành phố|huyện|thị xã|thị trấn|xã|phường)\s+(.+)$/iu;

/**
 * A reporting unit's name on a page in `locale`: a People's Committee ("Ủy ban nhân dân huyện Thạch
 * Hà", "UBND xã Việt Tiến") in English word order on English pages; null when the name has no
 * English form here (the caller then shows it as Vietnamese, marked so).
 */
export function unitName(unit: string, locale: Locale): string | null {
  if (locale === 'vi') return unit;
  const match = PEOPLES_COMMITTEE.exec(unit.normalize('NFC').trim());
  if (!match) return null;
  return `${match[2]} ${LEVELS_EN[match[1]!.toLowerCase()]} People's Committee`;
}
