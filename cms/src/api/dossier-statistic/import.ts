/**
 * Writes validated dossier figures: every unit name must match an organisation unit (errors by row
 * otherwise), then all rows are written in one transaction — a file imports completely or not at all.
 * A row for a period and unit already present replaces it.
 */
import type { Core } from '@strapi/strapi';
import type { DossierFigures, RowError } from '../../utils/dossier-figures';

const UID = 'api::dossier-statistic.dossier-statistic';

export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; errors: RowError[] };

export async function importDossierFigures(
  strapi: Core.Strapi,
  rows: DossierFigures[],
  onProgress: (done: number) => void = () => {},
): Promise<ImportResult> {
  const names = [...new Set(rows.map((r) => r.unit))];
  const units: Array<{ documentId: string; name: string }> = await strapi.db
    .query('api::organization-unit.organization-unit')
    .findMany({ where: { name: { $in: names }, locale: 'vi' }, select: ['documentId', 'name'] });
  const unitIds = new Map(units.map((u) => [u.name, u.documentId]));
  const errors = rows
    .filter((r) => !unitIds.has(r.unit))
    .map((r): RowError => ({
      row: r.row ?? 0,
      code: 'unknownUnit',
      message: `unit "${r.unit}" is not an organisation unit of the portal (use its Vietnamese name)`,
      values: { unit: r.unit },
    }));
  if (errors.length) return { ok: false, errors };

  // What is already there, read once (a lookup per row would scan the table for every row).
  const present: Array<{ documentId: string; period: string; unit: { documentId: string } | null }> = await strapi.db
    .query(UID)
    .findMany({ select: ['documentId', 'period'], populate: { unit: { select: ['documentId'] } } });
  const existingIds = new Map(present.map((p) => [`${p.period}|${p.unit?.documentId ?? ''}`, p.documentId]));

  let created = 0;
  let updated = 0;
  const documents = strapi.documents(UID);
  await strapi.db.transaction(async () => {
    for (const [i, { row: _row, unit, ...figures }] of rows.entries()) {
      const unitId = unitIds.get(unit)!;
      const existing = existingIds.get(`${figures.period}|${unitId}`);
      const data = { ...figures, unit: unitId } as never;
      if (existing) {
        await documents.update({ documentId: existing, data });
        updated += 1;
      } else {
        await documents.create({ data });
        created += 1;
      }
      onProgress(i + 1);
      // SQLite answers synchronously: yield now and then so timers (the progress display) still run.
      if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return { ok: true, created, updated };
}
