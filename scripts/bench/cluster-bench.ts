/**
 * npm run bench:cluster — the portal as a cluster (2 CMS + 2 web nodes behind nginx, PostgreSQL + Redis)
 * under mixed traffic, against the same traffic on one CMS node and one web node behind the same nginx.
 *
 * For BENCH_SECONDS (60) an open-loop generator in its own process (scripts/bench/mixed-traffic.ts) sends
 * through nginx: mostly pages nginx or Next have cached, some first renders (articles never rendered
 * before), visit beacons, searches and comment reads. Meanwhile an editor edits and publishes an article
 * every 10 s (the last one at least 20 s before the traffic ends), and each publication is timed until every
 * web node (directly) and nginx show it (15 s at most; a publication never seen is reported with what the
 * target showed instead and the nodes' revalidation warnings). Prints errors, p50/p99 per kind, nginx's
 * cache status of the cached pages, the generator's own event-loop delay, the load average, publish-to-visible
 * per node and peak RSS per node; writes bench/results/cluster-bench.json and a chart,
 * bench/results/cluster-bench.svg (drawn here, offline). Targets (printed, never asserted): 0 errors,
 * cached-page p99 ≤ 100 ms, publication visible ≤ 3 s everywhere. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EDITOR, adminToken, client, createDatabase, freePort } from '../../cms/tests/helpers/portal';
import { LOAD_FRIENDLY_CMS_ENV } from '../../tests/cluster/harness';
import { startCluster, type Cluster } from '../cluster';
import { KINDS, RATES, runTraffic, type Kind, type TrafficResult } from './mixed-traffic';

const ROOT = path.resolve(__dirname, '..', '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
/** Synthetic articles: enough that no first render repeats an earlier one (nginx would answer it stale). */
const SYNTHETIC = Math.max(300, Math.ceil(RATES['first render'] * SCALE * SECONDS) + 10);
/** Longest wait for one publication to show on a target before it counts as never seen. */
const VISIBLE_TIMEOUT_MS = 15_000;
const CM = '/content-manager/collection-types/api::article.article';
const log = (message: string) => process.stdout.write(`▶ ${message}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 10) / 10;

interface RunResult extends TrafficResult {
  label: string;
  cmsNodes: number;
  webNodes: number;
  /** 1-minute load average when the traffic started and when it ended (other processes included). */
  loadAverage: { start: number; end: number };
  /** ms from the publish being acknowledged until each target showed it, per publication. */
  publishToVisible: Record<string, Array<number | null>>;
  /** Why a publication was never seen: what the target showed instead, and the nodes' revalidation warnings. */
  publishNotes: string[];
  peakRssMiB: Record<string, number>;
}

/** The editor edits and publishes an article every 10 s while `running()`; each is timed on every target. */
async function editor(cluster: Cluster, edit: { documentId: string; slug: string }, running: () => boolean) {
  const auth = { Authorization: `Bearer ${await adminToken(cluster.cmsFront, EDITOR)}` };
  const cms = client(cluster.cmsFront);
  const targets = [...cluster.web.map((n) => [n.name, n.url] as const), ['nginx', cluster.front] as const];
  const publishToVisible = Object.fromEntries(targets.map(([name]) => [name, [] as Array<number | null>]));
  const notes: string[] = [];
  const shown = (html: string) => /lần sửa (\d+) \(/.exec(html)?.[1] ?? "the seed's title";
  for (let round = 1; running(); round += 1) {
    await sleep(5_000);
    if (!running()) break;
    const title = `Bài đo tải cụm máy chủ, lần sửa ${round} (${Date.now()})`;
    const saved = await cms.request('PUT', `${CM}/${edit.documentId}?locale=vi`, { title }, auth);
    if (saved.status !== 200) throw new Error(`edit ${round} failed (${saved.status}): ${saved.text}`);
    const published = await cms.request('POST', `${CM}/${edit.documentId}/actions/publish?locale=vi`, {}, auth);
    if (published.status !== 200) throw new Error(`publish ${round} failed (${published.status}): ${published.text}`);
    const since = Date.now();
    await Promise.all(
      targets.map(async ([name, base]) => {
        let last = '';
        while (Date.now() - since <= VISIBLE_TIMEOUT_MS) {
          const res = await fetch(`${base}/vi/tin-tuc/${edit.slug}`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
          last = res ? await res.text() : '';
          if (last.includes(title)) return publishToVisible[name]!.push(Date.now() - since);
          await sleep(100);
        }
        publishToVisible[name]!.push(null);
        notes.push(`publication ${round} not seen on ${name} after ${VISIBLE_TIMEOUT_MS} ms: it showed edit ${shown(last)}`);
      }),
    );
    await sleep(Math.max(0, 5_000 - (Date.now() - since)));
  }
  return { publishToVisible, notes };
}

async function runLoad(
  label: string,
  cluster: Cluster,
  slugs: string[],
  articleId: string,
  edit: { documentId: string; slug: string },
): Promise<RunResult> {
  const nodes = [...cluster.cms, ...cluster.web];
  const peakRssMiB = Object.fromEntries(nodes.map((n) => [n.name, 0]));
  const rssTimer = setInterval(() => {
    for (const n of nodes) peakRssMiB[n.name] = Math.max(peakRssMiB[n.name]!, n.rssMiB());
  }, 2_000);
  const loadStart = os.loadavg()[0]!;
  const logFrom = Object.fromEntries(nodes.map((n) => [n.name, n.logs().length]));
  let running = true;
  // The editor starts its last publication at least VISIBLE_TIMEOUT_MS before the traffic ends, so every
  // publication is watched under the same load.
  const end = Date.now() + SECONDS * 1000;
  const stopEditing = setTimeout(() => (running = false), Math.max(0, SECONDS * 1000 - VISIBLE_TIMEOUT_MS - 5_000));
  const editing = editor(cluster, edit, () => running);
  const traffic = await runTraffic({
    front: cluster.front,
    seconds: SECONDS,
    scale: SCALE,
    cachedPages: ['/vi', '/en', `/vi/tin-tuc/${slugs[0]}`, '/vi/to-chuc', `/vi/tin-tuc/${edit.slug}`],
    freshPages: slugs.slice(2).map((slug) => `/vi/tin-tuc/${slug}`),
    articleId,
  });
  const loadEnd = os.loadavg()[0]!;
  clearTimeout(stopEditing);
  running = false;
  const { publishToVisible, notes } = await editing;
  if (Date.now() > end + 1_000) log(`${label}: the editor's last check ended ${Date.now() - end} ms after the traffic`);
  clearInterval(rssTimer);
  // What the nodes said about revalidation meanwhile (a failed call, a Redis timeout).
  for (const n of nodes)
    for (const line of n.logs().slice(logFrom[n.name]).split('\n'))
      if (/revalidat|redis/i.test(line) && notes.length < 30) notes.push(`${n.name}: ${line.trim().slice(0, 300)}`);
  return {
    label,
    cmsNodes: cluster.cms.length,
    webNodes: cluster.web.length,
    ...traffic,
    loadAverage: { start: round(loadStart), end: round(loadEnd) },
    publishToVisible,
    publishNotes: notes,
    peakRssMiB,
  };
}

async function measure(label: string, cmsNodes: number, webNodes: number): Promise<RunResult> {
  const db = await createDatabase('postgres');
  let cluster: Cluster | undefined;
  try {
    log(`${label}: seeding (demo content + ${SYNTHETIC} synthetic articles)`);
    cluster = await startCluster({
      db,
      distDir: '.next-cluster-bench',
      frontPort: await freePort(),
      cmsFrontPort: 13371,
      seed: true,
      seedArgs: ['--articles', String(SYNTHETIC)],
      cmsNodes,
      webNodes,
      cmsEnv: LOAD_FRIENDLY_CMS_ENV,
      log: (m) => log(`${label}: ${m}`),
    });
    const cms = client(cluster.cmsFront);
    // Every published article, newest first (the REST API gives at most 100 a page).
    const articles: Array<{ documentId: string; slug: string }> = [];
    for (let page = 1; ; page += 1) {
      const list = await cms.get(
        `/api/articles?locale=vi&pagination[page]=${page}&pagination[pageSize]=100&fields[0]=slug&sort=publishedAt:desc`,
      );
      articles.push(...(list.json.data as typeof articles));
      if (page >= list.json.meta.pagination.pageCount) break;
    }
    const slugs = articles.map((a) => a.slug);
    // Warm the pages that stand for "cached" on every web node.
    for (const n of cluster.web)
      for (const p of ['/vi', '/en', `/vi/tin-tuc/${slugs[0]}`, '/vi/to-chuc', `/vi/tin-tuc/${slugs[1]}`]) await fetch(n.url + p);
    log(`${label}: ${SECONDS} s of mixed traffic through nginx`);
    return await runLoad(label, cluster, slugs, articles[0]!.documentId, articles[1]!);
  } finally {
    await cluster?.stop();
    await db.drop();
  }
}

function table(runs: RunResult[]): string {
  const rows = [['kind', 'rate/s', ...runs.flatMap((r) => [`${r.label} errors`, 'p50 ms', 'p99 ms'])]];
  for (const kind of KINDS)
    rows.push([
      kind,
      String(RATES[kind] * SCALE),
      ...runs.flatMap((r) => [
        `${r.kinds[kind].errors}/${r.kinds[kind].requests}`,
        String(r.kinds[kind].p50ms),
        String(r.kinds[kind].p99ms),
      ]),
    ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => (i < 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of runs) {
    lines.push('');
    lines.push(
      `${r.label}: publish → visible (ms) ${Object.entries(r.publishToVisible)
        .map(([n, t]) => `${n} [${t.map((x) => x ?? 'never').join(', ')}]`)
        .join('; ')}`,
    );
    lines.push(
      `${r.label}: peak RSS (MiB) ${Object.entries(r.peakRssMiB)
        .map(([n, m]) => `${n} ${m}`)
        .join(', ')}`,
    );
    const statuses = (kind: Kind) =>
      Object.entries(r.cacheStatus[kind])
        .map(([status, n]) => `${status} ${n}`)
        .join(', ');
    lines.push(`${r.label}: nginx's X-Cache: cached pages ${statuses('cached page')}; searches ${statuses('search')}`);
    lines.push(
      `${r.label}: generator's event-loop delay p99 ${r.generatorDelayMs.p99} ms (max ${r.generatorDelayMs.max}); load average ${r.loadAverage.start} → ${r.loadAverage.end}`,
    );
    if (r.errorSamples.length) lines.push(`${r.label}: errors e.g. ${r.errorSamples.slice(0, 5).join(' | ')}`);
    for (const note of r.publishNotes) lines.push(`${r.label}: ${note}`);
  }
  return lines.join('\n');
}

/** A grouped bar chart of p50 and p99 per kind for each run (log scale), as SVG text. */
function chart(runs: RunResult[]): string {
  const kinds = KINDS;
  const colors = ['#1f6feb', '#9ecbff', '#d1242f', '#ffaba8'];
  const W = 760;
  const H = 360;
  const left = 60;
  const bottom = 300;
  const top = 40;
  const max = Math.max(10, ...runs.flatMap((r) => kinds.map((k) => r.kinds[k].p99ms || 0)));
  const y = (ms: number) => bottom - (Math.log10(Math.max(ms, 1)) / Math.log10(max * 1.2)) * (bottom - top);
  const group = (W - left - 20) / kinds.length;
  const bar = group / (runs.length * 2 + 1);
  const parts: string[] = [];
  kinds.forEach((kind, i) => {
    runs.forEach((r, j) => {
      (['p50ms', 'p99ms'] as const).forEach((p, q) => {
        const v = r.kinds[kind][p] || 0;
        const x = left + i * group + (j * 2 + q + 0.5) * bar;
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(bar * 0.9).toFixed(1)}" height="${(bottom - y(v)).toFixed(1)}" fill="${colors[j * 2 + q]}"><title>${r.label} ${kind} ${p}: ${v} ms</title></rect>`,
        );
      });
    });
    parts.push(
      `<text x="${(left + i * group + group / 2).toFixed(1)}" y="${bottom + 18}" text-anchor="middle" font-size="12">${kind}</text>`,
    );
  });
  for (const ms of [1, 10, 100, 1000, 10000].filter((v) => v <= max * 1.2))
    parts.push(
      `<line x1="${left}" x2="${W - 20}" y1="${y(ms)}" y2="${y(ms)}" stroke="#ddd"/><text x="${left - 6}" y="${y(ms) + 4}" text-anchor="end" font-size="11">${ms} ms</text>`,
    );
  parts.push(`<line x1="${left}" x2="${W - 20}" y1="${y(100)}" y2="${y(100)}" stroke="#d1242f" stroke-dasharray="4 3"/>`);
  const legend = runs
    .flatMap((r, j) =>
      ['p50', 'p99'].map(
        (p, q) =>
          `<rect x="${left + (j * 2 + q) * 170}" y="${H - 28}" width="12" height="12" fill="${colors[j * 2 + q]}"/><text x="${left + (j * 2 + q) * 170 + 16}" y="${H - 18}" font-size="12">${r.label} ${p}</text>`,
      ),
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif"><text x="${left}" y="22" font-size="14">Latency through nginx per kind (log scale; dashed: 100 ms cached-page target)</text>${parts.join('')}${legend}</svg>\n`;
}

async function main() {
  const runs = [await measure('cluster (2+2)', 2, 2), await measure('single (1+1)', 1, 1)];
  const text = table(runs);
  process.stdout.write(
    `\n${text}\n\nTargets: 0 errors, cached-page p99 ≤ 100 ms, publication visible ≤ 3 s on every node.\nLoad average now: ${os
      .loadavg()
      .map(round)
      .join(', ')} on ${os.cpus().length} cores (figures mean little on a busy machine).\n`,
  );
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'cluster-bench.json'),
    `${JSON.stringify({ date: new Date().toISOString(), loadAverage: os.loadavg().map(round), cpus: os.cpus().length, seconds: SECONDS, rates: Object.fromEntries(Object.entries(RATES).map(([k, v]) => [k, v * SCALE])), runs }, null, 2)}\n`,
  );
  fs.writeFileSync(path.join(dir, 'cluster-bench.svg'), chart(runs));
  log('figures in bench/results/cluster-bench.json and cluster-bench.svg');
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
