/**
 * Dossier-processing figures (QĐ 766/QĐ-TTg indicators): parsing and validating an import file, and
 * the rates, which are always computed from the counts and never typed in.
 *
 * Rates are not stored: readers compute them from the counts (web/src/lib/dossiers.ts).
 *
 * A row: period (YYYY, YYYY-Qn or YYYY-MM), unit (organisation unit name, as in the CMS), received,
 * carriedOver, resolvedEarly, resolvedOnTime, resolvedLate, inProgress, overdue, submittedOnline,
 * returnedByPost, asOf (YYYY-MM-DD), source. Rule: every dossier handled in a period is accounted for —
 * resolvedEarly + resolvedOnTime + resolvedLate + inProgress + overdue = received + carriedOver;
 * submittedOnline ≤ received; returnedByPost ≤ all resolved.
 */
import { containsNul } from './public-errors';
import { parse as parseCsv } from 'csv-parse/sync';
import { DOSSIER_COUNT_FIELDS } from '@portal/contract';

/** The count columns, written once for the CMS and the web (@portal/contract). */
export const COUNT_FIELDS = DOSSIER_COUNT_FIELDS;
type CountField = (typeof COUNT_FIELDS)[number];
const OPTIONAL: CountField[] = ['submittedOnline', 'returnedByPost'];
const DEFAULT_ZERO: CountField[] = ['carriedOver', 'resolvedEarly', 'resolvedLate', 'inProgress', 'overdue'];

export interface DossierFigures extends Record<CountField, number | null> {
  /** Row number in the import file, for error messages. */
  row?: number;
  period: string;
  periodStart: string;
  periodEnd: string;
  unit: string;
  asOf: string;
  source: string | null;
}

/**
 * A problem of one row (row 0: the whole file). `message` is English, for the command line; the admin shows
 * `code` with `values` in the staff member's language (admin translations `dossier-import.error.<code>`).
 */
export interface RowError {
  row: number;
  message: string;
  code: RowErrorCode;
  values?: Record<string, string | number>;
}

export const ROW_ERROR_CODES = [
  'period',
  'unitMissing',
  'asOf',
  'countMissing',
  'countNotNumber',
  'sum',
  'onlineTooLarge',
  'postTooLarge',
  'notArray',
  'unreadable',
  'empty',
  'nul',
  'duplicate',
  'unknownUnit',
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

export type ParseResult = { ok: true; rows: DossierFigures[] } | { ok: false; errors: RowError[] };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "2019" → 2019-01-01..2019-12-31; "2019-Q4" → 2019-10-01..2019-12-31; "2019-12" → the month. */
export function periodRange(period: string): { start: string; end: string } | null {
  const m = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2]);
    return { start: `${year}-${pad(q * 3 - 2)}-01`, end: `${year}-${pad(q * 3)}-${lastDay(year, q * 3)}` };
  }
  if (m[3]) {
    const month = Number(m[3]);
    return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${lastDay(year, month)}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

const isDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Validate one record (already split into fields); `row` is the human row number for messages. */
export function validateRow(record: Record<string, unknown>, row: number): { value?: DossierFigures; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (code: RowErrorCode, message: string, values?: RowError['values']) => errors.push({ row, message, code, values });
  const text = (key: string) => (record[key] === undefined || record[key] === null ? '' : String(record[key]).trim());

  const period = text('period');
  const range = periodRange(period);
  if (!range) fail('period', `period "${period}" must be YYYY, YYYY-Qn or YYYY-MM`, { value: period });
  const unit = text('unit');
  if (!unit) fail('unitMissing', 'unit is missing');
  const asOf = text('asOf');
  if (!isDate(asOf)) fail('asOf', `asOf "${asOf}" must be a date YYYY-MM-DD`, { value: asOf });

  const counts = {} as Record<CountField, number | null>;
  for (const field of COUNT_FIELDS) {
    const raw = text(field).replace(/[.,\s](?=\d{3}\b)/g, ''); // 76.936 or 76,936 → 76936
    if (raw === '') {
      if (OPTIONAL.includes(field)) counts[field] = null;
      else if (DEFAULT_ZERO.includes(field)) counts[field] = 0;
      else {
        fail('countMissing', `${field} is missing`, { field });
        counts[field] = 0;
      }
      continue;
    }
    if (!/^\d{1,9}$/.test(raw)) {
      fail('countNotNumber', `${field} "${text(field)}" must be a whole number ≥ 0`, { field, value: text(field) });
      counts[field] = 0;
      continue;
    }
    counts[field] = Number(raw);
  }
  const n = (f: CountField) => counts[f] ?? 0;
  const handled = n('resolvedEarly') + n('resolvedOnTime') + n('resolvedLate') + n('inProgress') + n('overdue');
  if (errors.length === 0 && handled !== n('received') + n('carriedOver')) {
    const expected = n('received') + n('carriedOver');
    fail('sum', `resolved, in progress and overdue dossiers add up to ${handled}, but received + carried over is ${expected}`, {
      handled,
      expected,
    });
  }
  if (counts.submittedOnline !== null && n('submittedOnline') > n('received'))
    fail('onlineTooLarge', 'submittedOnline is larger than received');
  const resolved = n('resolvedEarly') + n('resolvedOnTime') + n('resolvedLate');
  if (counts.returnedByPost !== null && n('returnedByPost') > resolved)
    fail('postTooLarge', 'returnedByPost is larger than the resolved dossiers');
  if (errors.length || !range) return { errors };
  return {
    errors,
    value: { period, periodStart: range.start, periodEnd: range.end, unit, asOf, source: text('source') || null, ...counts },
  };
}

/** Parse a CSV (header row, comma-separated, UTF-8) or JSON (array of objects) file. */
export function parseFigures(content: string, format: 'csv' | 'json'): ParseResult {
  let records: Array<Record<string, unknown>>;
  // Row numbers as a person sees them: CSV counts the header as row 1; JSON counts items from 1.
  const firstRow = format === 'csv' ? 2 : 1;
  try {
    if (format === 'json') {
      const data = JSON.parse(content) as unknown;
      if (!Array.isArray(data))
        return { ok: false, errors: [{ row: 0, code: 'notArray', message: 'a JSON import must be an array of rows' }] };
      records = data.map((r) => (typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {}));
    } else {
      records = parseCsv(content.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true }) as Array<
        Record<string, unknown>
      >;
    }
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          row: 0,
          code: 'unreadable',
          message: `the file cannot be read as ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`,
          values: { format: format.toUpperCase(), detail: error instanceof Error ? error.message : String(error) },
        },
      ],
    };
  }
  if (records.length === 0) return { ok: false, errors: [{ row: 0, code: 'empty', message: 'the file has no rows' }] };
  const rows: DossierFigures[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const row = i + firstRow;
    // PostgreSQL cannot store a NUL character: refused here, for the CLI and the admin upload alike.
    if (containsNul(record)) {
      errors.push({ row, code: 'nul', message: 'the row contains a NUL character (\\u0000); remove it and import again' });
      return;
    }
    const result = validateRow(record, row);
    errors.push(...result.errors);
    if (!result.value) return;
    const key = `${result.value.period}|${result.value.unit}`;
    if (seen.has(key))
      errors.push({
        row,
        code: 'duplicate',
        message: `period ${result.value.period} for "${result.value.unit}" is already in row ${seen.get(key)}`,
        values: { period: result.value.period, unit: result.value.unit, first: seen.get(key)! },
      });
    else seen.set(key, row);
    rows.push({ ...result.value, row });
  });
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
