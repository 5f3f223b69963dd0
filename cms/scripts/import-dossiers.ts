/**
 * npm run import:dossiers -- <file.csv|file.json>
 *
 * Imports dossier-processing figures (format: cms/src/utils/dossier-figures.ts and the README). Every row
 * is validated first; any bad row is reported with its row number and reason, and nothing is imported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { importDossierFigures } from '../src/api/dossier-statistic/import';
import { parseFigures } from '../src/utils/dossier-figures';
import { withStrapi } from './with-strapi';
import { requestRevalidation, tags } from '@portal/contract';

async function main(): Promise<number> {
  const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
  // npm runs workspace scripts in cms/; resolve the path from where the command was typed.
  const file = given ? path.resolve(process.env.INIT_CWD ?? process.cwd(), given) : '';
  if (!file || !fs.existsSync(file)) {
    process.stderr.write('usage: npm run import:dossiers -- <file.csv|file.json>\n');
    return 2;
  }
  const format = path.extname(file).toLowerCase() === '.json' ? 'json' : 'csv';
  const parsed = parseFigures(fs.readFileSync(file, 'utf8'), format);
  if (!parsed.ok) {
    process.stderr.write(
      `${file}: ${parsed.errors.length} problem(s), nothing imported:\n${parsed.errors.map((e) => `  row ${e.row}: ${e.message}`).join('\n')}\n`,
    );
    return 1;
  }
  // One revalidation call for the whole file instead of one per row (the web refreshes the figures page).
  const webUrl = (process.env.WEB_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  process.env.WEB_URL = '';
  const bar = new SingleBar(
    { format: 'Dossier figures [{bar}] {value}/{total}', noTTYOutput: true, notTTYSchedule: 5000 },
    Presets.shades_classic,
  );
  return withStrapi(async (strapi) => {
    const started = Date.now();
    bar.start(parsed.rows.length, 0);
    const result = await importDossierFigures(strapi, parsed.rows, (done) => bar.update(done));
    bar.stop();
    if (!result.ok) {
      process.stderr.write(
        `${file}: ${result.errors.length} problem(s), nothing imported:\n${result.errors.map((e) => `  row ${e.row}: ${e.message}`).join('\n')}\n`,
      );
      return 1;
    }
    const seconds = (Date.now() - started) / 1000;
    const secret = process.env.REVALIDATE_SECRET; // loaded from cms/.env with the app
    if (webUrl && secret) {
      await requestRevalidation(webUrl, secret, [tags.site]).catch(() => undefined);
    }
    process.stdout.write(
      `Imported ${parsed.rows.length} row(s) from ${file}: ${result.created} new, ${result.updated} replaced, in ${seconds.toFixed(1)} s (${Math.round(parsed.rows.length / Math.max(seconds, 0.001))} rows/s).\n`,
    );
    return 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
