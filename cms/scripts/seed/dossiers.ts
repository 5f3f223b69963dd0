/** The district's published 2019 dossier figures, imported through the same path as any file. */
import type { Core } from '@strapi/strapi';
import { importDossierFigures } from '../../src/api/dossier-statistic/import';
import { parseFigures } from '../../src/utils/dossier-figures';

const FIGURES_2019 = [
  {
    period: '2019',
    unit: 'Ủy ban nhân dân huyện Thạch Hà',
    received: 76936,
    resolvedOnTime: 76550,
    inProgress: 386,
    overdue: 0,
    returnedByPost: 3529,
    asOf: '2019-12-31',
    source: 'Kết quả cải cách hành chính năm 2019 của huyện Thạch Hà (huyện và các xã, thị trấn)',
  },
];

export async function seedDossierFigures(strapi: Core.Strapi): Promise<void> {
  const parsed = parseFigures(JSON.stringify(FIGURES_2019), 'json');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  const result = await importDossierFigures(strapi, parsed.rows);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
}
