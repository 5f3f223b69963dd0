/**
 * npm run bench:newsroom — seconds from the editor's Publish click in the Strapi admin (Chromium) until
 * a reader sees the article in each place: its URL, "Tin mới nhất" on the home page, category page 1,
 * RSS, the JSON feed and search (each place must show it first, except the article URL). Five
 * articles published without a date; the median per place. Figures go to bench/results/newsroom-bench.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EDITOR, client } from '../../cms/tests/helpers/portal';
import { PLACES, adminLogin, timesToVisible, writeArticle, type Place } from '../../web/tests/e2e/newsroom-desk';
import { startStack } from '../../web/tests/e2e/stack';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = path.resolve(__dirname, '..', '..');
const log = (m: string) => process.stdout.write(`▶ ${m}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : null;
};

async function main() {
  log('starting the stack (seed with 25 synthetic articles, CMS, next build + start)…');
  const stack = await startStack({ syntheticArticles: 25 });
  const runs: Record<Place, number | null>[] = [];
  try {
    const category = (await client(stack.cms.url).get('/api/categories?locale=vi&filters[slug][$eq]=cai-cach-hanh-chinh')).json.data[0];
    const page = await adminLogin(stack.browser, stack.cms.url, EDITOR);
    for (let i = 1; i <= RUNS; i += 1) {
      const word = `Benchtin${i}x${Date.now() % 100000}`;
      const title = `Tin đo thời gian ${word}`;
      await writeArticle(page, stack.cms.url, title, category.name);
      await page.getByRole('textbox', { name: /^slug/ }).fill(`tin-do-thoi-gian-${word.toLowerCase()}`);
      const clicked = Date.now();
      await page.getByRole('button', { name: 'Publish' }).click();
      const times = await timesToVisible(
        stack,
        { slug: `tin-do-thoi-gian-${word.toLowerCase()}`, title, category: category.slug, word },
        clicked,
      );
      runs.push(times);
      log(`run ${i}: ${PLACES.map((p) => `${p} ${times[p] === null ? '—' : (times[p]! / 1000).toFixed(2)} s`).join(', ')}`);
    }
  } finally {
    await stack.stop();
  }
  const medians = Object.fromEntries(PLACES.map((p) => [p, median(runs.flatMap((r) => (r[p] === null ? [] : [r[p]!])))])) as Record<
    Place,
    number | null
  >;
  process.stdout.write('\nseconds from the Publish click to visible (median of ' + RUNS + ')\n');
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
    `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, runs, medianMs: medians }, null, 2)}\n`,
  );
  log(`written ${path.relative(ROOT, out)}`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
