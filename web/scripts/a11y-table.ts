/**
 * Prints axe findings (violations / needs-review nodes) and the page width for every public page
 * type × display mode × viewport, the figures the accessibility gate (tests/e2e/a11y.test.ts) holds
 * at zero. `npx tsx scripts/a11y-table.ts` starts the test stack; `--url http://127.0.0.1:3000`
 * audits a portal already running (e.g. `npm start`); `--only <text>` audits the pages whose path has it; `--verbose`
 * lists each violation; `--out file.md` also writes the table to a file.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CONFIGURATIONS, audit, discoverPages } from '../tests/e2e/a11y-pages';
import { startStack, type Stack } from '../tests/e2e/stack';

async function main() {
  const urlArg = process.argv.indexOf('--url');
  let stack: Stack | undefined;
  let webUrl: string;
  if (urlArg > 0) webUrl = process.argv[urlArg + 1]!.replace(/\/$/, '');
  else {
    stack = await startStack();
    webUrl = stack.webUrl;
  }
  const browser =
    stack?.browser ??
    (await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    }));
  try {
    const { samples, missing } = await discoverPages(webUrl);
    const columns = CONFIGURATIONS.map(({ mode, viewport }) => [mode, viewport] as const);
    const only = process.argv.indexOf('--only');
    const chosen = only > 0 ? samples.filter((s) => s.path.includes(process.argv[only + 1]!)) : samples;
    const header = ['page', ...columns.map(([m, v]) => `${m} @ ${v}`)];
    const rows: string[][] = [];
    const totals = columns.map(() => 0);
    const line = (r: string[]) => `| ${r.join(' | ')} |`;
    process.stdout.write(
      `Cells: violating nodes / needs-review nodes, w = document scroll width (px)\n${line(header)}\n${line(['---', ...columns.map(() => '---')])}\n`,
    );
    for (const sample of chosen) {
      const row = [`${sample.locale} ${sample.path}`];
      for (const [i, [mode, viewport]] of columns.entries()) {
        const r = await audit(browser, `${webUrl}${sample.path}`, mode, viewport);
        totals[i]! += r.violations.length;
        row.push(`${r.violations.length}/${r.incomplete.length} w${r.scrollWidth}`);
        if (process.argv.includes('--verbose'))
          for (const v of r.violations) process.stderr.write(`${sample.path} [${mode} @ ${viewport}] ${v}\n`);
      }
      rows.push(row);
      process.stdout.write(`${line(row)}\n`);
    }
    const totalRow = ['total violations', ...totals.map(String)];
    process.stdout.write(`${line(totalRow)}\n`);
    const out = [header, ['---', ...columns.map(() => '---')], ...rows, totalRow].map(line).join('\n');
    if (missing.length) process.stdout.write(`No URL found for: ${missing.join(', ')}\n`);
    const outArg = process.argv.indexOf('--out');
    if (outArg > 0) fs.writeFileSync(process.argv[outArg + 1]!, `${out}\n`);
  } finally {
    if (stack) await stack.stop();
    else await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
