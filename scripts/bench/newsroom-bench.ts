/**
 * npm run bench:newsroom — seconds from the editor's Publish click in the Strapi admin (Chromium) until
 * a reader sees the article in each place: its URL, "Tin mới nhất" on the home page, category page 1,
 * RSS, the JSON feed and search (each place must show it first, except the article URL). Five
 * articles published without a date; the median per place. Figures go to bench/results/newsroom-bench.json,
 * the chart to bench/results/newsroom-bench.svg (`npm run bench:newsroom -- --chart` redraws it from the saved
 * figures). The load average is recorded with every run (a shared machine).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EDITOR, client } from '../../cms/tests/helpers/portal';
import { PLACES, adminLogin, slugInput, timesToVisible, writeArticle, type Place } from '../../web/tests/e2e/newsroom-desk';
import { startStack } from '../../web/tests/e2e/stack';
import { barChart } from './svg-chart';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = path.resolve(__dirname, '..', '..');
const log = (m: string) => process.stdout.write(`▶ ${m}\n`);
const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : null;
};

interface Result {
  date: string;
  machine: { cpus: number };
  runs: Array<Record<Place, number | null> & { load: number[] }>;
  medianMs: Record<Place, number | null>;
}

/** The chart of a saved result (the medians and each run, against the 3 s target), next to it as .svg. */
function drawChart(file: string): string {
  const { date, machine, runs, medianMs } = JSON.parse(fs.readFileSync(file, 'utf8')) as Result;
  const svg = file.replace(/\.json$/, '.svg');
  fs.writeFileSync(
    svg,
    barChart({
      title: `Seconds from the Publish click to visible (median of ${runs.length})`,
      subtitle: `${date.slice(0, 16)}Z, ${machine.cpus} cores; 1-min load average at the clicks: ${runs.map((r) => r.load[0]).join(', ')}`,
      rows: PLACES,
      panels: [
        {
          title: 'median',
          series: [
            { name: 'median of the runs', color: '#2a6', values: PLACES.map((p) => (medianMs[p] === null ? null : medianMs[p]! / 1000)) },
          ],
        },
        {
          title: 'each run',
          series: runs.map((r, i) => ({
            name: `run ${i + 1}`,
            color: ['#9cc', '#7ab', '#589', '#367', '#145'][i % 5]!,
            values: PLACES.map((p) => (r[p] === null ? null : r[p]! / 1000)),
          })),
        },
      ],
      unit: ' s',
      digits: 2,
      target: { value: 3, label: '3 s target' },
      sharedScale: true,
    }),
  );
  return svg;
}

async function main() {
  if (process.argv.includes('--chart')) {
    log(`written ${path.relative(ROOT, drawChart(path.join(ROOT, 'bench', 'results', 'newsroom-bench.json')))}`);
    return;
  }
  log('starting the stack (seed with 25 synthetic articles, CMS, next build + start)…');
  const stack = await startStack({ syntheticArticles: 25 });
  const runs: Record<Place, number | null>[] = [];
  const loads: number[][] = [];
  const loadAtStart = load();
  try {
    const category = (await client(stack.cms.url).get('/api/categories?locale=vi&filters[slug][$eq]=cai-cach-hanh-chinh')).json.data[0];
    const page = await adminLogin(stack.browser, stack.cms.url, EDITOR);
    for (let i = 1; i <= RUNS; i += 1) {
      const word = `Benchtin${i}x${Date.now() % 100000}`;
      const title = `Tin đo thời gian ${word}`;
      await writeArticle(page, stack.cms.url, title, category.name);
      await slugInput(page).fill(`tin-do-thoi-gian-${word.toLowerCase()}`);
      loads.push(load());
      const clicked = Date.now();
      await page.getByRole('button', { name: 'Publish' }).click();
      const times = await timesToVisible(
        stack,
        { slug: `tin-do-thoi-gian-${word.toLowerCase()}`, title, category: category.slug, word },
        clicked,
      );
      runs.push(times);
      log(
        `run ${i}: ${PLACES.map((p) => `${p} ${times[p] === null ? '—' : (times[p]! / 1000).toFixed(2)} s`).join(', ')} (load ${loads.at(-1)!.join(' ')})`,
      );
    }
  } finally {
    await stack.stop();
  }
  const medians = Object.fromEntries(PLACES.map((p) => [p, median(runs.flatMap((r) => (r[p] === null ? [] : [r[p]!])))])) as Record<
    Place,
    number | null
  >;
  process.stdout.write(
    `\nseconds from the Publish click to visible (median of ${RUNS}); load average at the clicks (1 min): ${loads.map((l) => l[0]).join(', ')}\n`,
  );
  for (const p of PLACES) {
    const missed = runs.filter((r) => r[p] === null).length;
    process.stdout.write(
      `  ${p.padEnd(16)} ${medians[p] === null ? '—' : (medians[p]! / 1000).toFixed(2) + ' s'}${missed ? `  (${missed} run(s) not within 20 s)` : ''}  ${medians[p] !== null ? `(${(medians[p]! / 3000).toFixed(2)}× the 3 s target)` : ''}\n`,
    );
  }
  const out = path.join(ROOT, 'bench', 'results', 'newsroom-bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, node: process.version, loadAtStart, loadAtEnd: load() },
        runs: runs.map((r, i) => ({ ...r, load: loads[i] })),
        medianMs: medians,
      },
      null,
      2,
    )}\n`,
  );
  const svg = drawChart(out);
  log(`written ${path.relative(ROOT, out)} and ${path.relative(ROOT, svg)}`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
