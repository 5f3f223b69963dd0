/**
 * npm run bench:civic — the civic sections' two figures, in one run on a throwaway SQLite database:
 *   1. the map page's time to the first drawn layer in Debian's Chromium (median of 5 loads);
 *   2. the dossier-figures import rate for a 100,000-row CSV (the real CLI, all-or-nothing transaction).
 * Figures go to bench/results/civic-bench.json.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createDatabase, freePort, importDossiers, seed, startServer } from '../../cms/tests/helpers/portal';
import { units } from '../../cms/scripts/seed/taxonomy';

const ROOT = path.resolve(__dirname, '..', '..');
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const log = (m: string) => process.stdout.write(`▶ ${m}\n`);

function csvFile(rows: number): string {
  const names = units.map((u) => u.vi.name);
  const lines = ['period,unit,received,resolvedEarly,resolvedOnTime,resolvedLate,inProgress,overdue,submittedOnline,returnedByPost,asOf'];
  for (let i = 0; i < rows; i += 1) {
    const unit = names[i % names.length]!;
    const month = Math.floor(i / names.length); // each unit gets consecutive months from 2000-01
    const year = 2000 + Math.floor(month / 12);
    const m = String((month % 12) + 1).padStart(2, '0');
    const received = 50 + (i % 200);
    const late = i % 7 === 0 ? 1 : 0;
    const inProgress = i % 5;
    lines.push(
      `${year}-${m},${unit},${received},${i % 3},${received - late - inProgress - (i % 3)},${late},${inProgress},0,${Math.floor(received / 2)},${i % 11},${year}-${m}-28`,
    );
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'civic-bench-')), 'dossiers.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function main() {
  const db = await createDatabase('sqlite');
  const result: Record<string, unknown> = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version } };
  let web: ReturnType<typeof spawn> | null = null;
  let cms: Awaited<ReturnType<typeof startServer>> | null = null;
  const distDir = '.next-bench';
  try {
    log('seeding a throwaway database');
    if ((await seed(db)).code !== 0) throw new Error('seed failed');

    log('map page: CMS, production web build, Chromium');
    cms = await startServer(db);
    const port = await freePort();
    const env = { ...process.env, CMS_URL: cms.url, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };
    const next = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
    await new Promise<void>((resolve, reject) =>
      spawn(process.execPath, [next, 'build'], { cwd: path.join(ROOT, 'web'), env, stdio: 'ignore' }).on('close', (c) =>
        c === 0 ? resolve() : reject(new Error('next build failed')),
      ),
    );
    web = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: path.join(ROOT, 'web'),
      env,
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}/vi/ban-do`;
    for (
      let i = 0;
      i < 200 &&
      !(await fetch(url)
        .then((r) => r.ok)
        .catch(() => false));
      i += 1
    )
      await new Promise((r) => setTimeout(r, 300));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const samples: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector('.map-canvas path.leaflet-interactive');
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) samples.push(ms); // the first load warms Next's cache
      await context.close();
    }
    await browser.close();
    await cms.stop();
    cms = null;
    samples.sort((a, b) => a - b);
    result.mapFirstLayer = { samples: samples.map((s) => Math.round(s)), medianMs: Math.round(samples[Math.floor(samples.length / 2)]!) };
    log(
      `  time to the first drawn layer: median ${Math.round(samples[Math.floor(samples.length / 2)]!)} ms (${samples.map((s) => Math.round(s)).join(', ')})`,
    );

    // The import last: the web's build prerenders pages from this database.
    log(`importing ${ROWS.toLocaleString('en')} rows through npm run import:dossiers`);
    const file = csvFile(ROWS);
    const started = Date.now();
    const imported = await importDossiers(db, file, 30 * 60_000);
    const seconds = (Date.now() - started) / 1000;
    if (imported.code !== 0) throw new Error(imported.stderr);
    result.import = {
      rows: ROWS,
      fileBytes: fs.statSync(file).size,
      seconds: +seconds.toFixed(1),
      rowsPerSecond: Math.round(ROWS / seconds),
      cli: imported.stdout.trim().split('\n').at(-1),
    };
    log(`  ${imported.stdout.trim().split('\n').at(-1)}`);
  } finally {
    web?.kill('SIGTERM');
    await cms?.stop();
    await db.drop();
    fs.rmSync(path.join(ROOT, 'web', distDir), { recursive: true, force: true });
  }
  const out = path.join(ROOT, 'bench', 'results', 'civic-bench.json');
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  log(`written to ${path.relative(ROOT, out)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
