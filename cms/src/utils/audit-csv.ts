/**
 * The audit trail's rows as staff read them — the API's answer, declared once for the admin page and the tests —
 * and their CSV export (opens in Excel with Vietnamese intact).
 */
export type AuditRow = {
  id: number;
  occurredAt: string;
  action: string;
  actorId: number | null;
  actorName: string | null;
  actorEmail: string | null;
  subjectType: string | null;
  documentId: string | null;
  title: string | null;
  locale: string | null;
  details: Record<string, unknown> | null;
};

/** The export's columns, named in Vietnamese for the desk (times in Vietnam time, actions and types by name). */
export const CSV_COLUMNS = [
  'Thời gian (giờ Việt Nam)',
  'Thao tác',
  'Người thực hiện',
  'E-mail',
  'Loại',
  'Mã',
  'Nội dung',
  'Ngôn ngữ',
  'Chi tiết',
] as const;

/** How the export names what the rows hold in code words. */
export type CsvNames = { time(iso: string): string; action(row: AuditRow): string; type(uid: string | null): string; system: string };

/** One CSV field: quoted when needed; a leading =, +, - or @ is neutralised so spreadsheets do not run it. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: AuditRow[], names: CsvNames): string {
  const lines = [CSV_COLUMNS.map(csvField).join(',')];
  for (const r of rows) {
    lines.push(
      [
        names.time(r.occurredAt),
        names.action(r),
        r.actorName ?? names.system,
        r.actorEmail,
        names.type(r.subjectType),
        r.documentId,
        r.title,
        r.locale,
        r.details,
      ]
        .map(csvField)
        .join(','),
    );
  }
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Reads a CSV produced by toCsv (quoted fields, doubled quotes, CRLF) back into records. */
export function parseCsv(text: string): Record<string, string>[] {
  const src = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < src.length; i += 1) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i += 1;
      row.push(field);
      records.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) records.push([...row, field]);
  const [header = [], ...rest] = records;
  return rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
