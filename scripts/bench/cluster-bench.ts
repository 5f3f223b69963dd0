/**
 * npm run bench:cluster — the portal as a cluster (2 CMS + 2 web nodes behind nginx, PostgreSQL + Redis)
 * under mixed traffic, against the same traffic on one CMS node and one web node behind the same nginx.
 *
 * For BENCH_SECONDS (60) an open-loop generator (requests leave at fixed rates whether or not earlier ones
 * were answered, so a slow server shows as latency, not as fewer requests) sends through nginx: mostly
 * pages nginx or Next have cached, some first renders (articles never rendered before), visit beacons,
 * searches and comment reads; meanwhile an editor edits and publishes an article every 10 s, and each
 * publication is timed until every web node (directly) and nginx show it. Prints errors, p50/p99 per kind,
 * publish-to-visible per node and peak RSS per node; writes bench/results/cluster-bench.json and a chart,
 * bench/results/cluster-bench.svg (drawn here, offline). Targets (printed, never asserted): 0 errors,
 * cached-page p99 ≤ 100 ms, publication visible ≤ 3 s everywhere.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { EDITOR, adminToken, client, createDatabase, freePort } from '../../cms/tests/helpers/portal';
import { LOAD_FRIENDLY_CMS_ENV } from '../../tests/cluster/harness';
import { startCluster, type Cluster } from '../cluster';

const ROOT = path.resolve(__dirname, '..', '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SYNTHETIC = 300;
const CM = '/content-manager/collection-types/api::article.article';
const log = (message: string) => process.stdout.write(`▶ ${message}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Kind = 'cached page' | 'first render' | 'beacon' | 'search' | 'comment read';
/** Requests per second of each kind (× BENCH_SCALE). */
const RATES: Record<Kind, number> = { 'cached page': 80, 'first render': 2, beacon: 20, search: 5, 'comment read': 10 };

interface KindResult {
  requests: number;
  errors: number;
  p50ms: number;
  p99ms: number;
  maxms: number;
}
interface RunResult {
  label: string;
  cmsNodes: number;
  webNodes: number;
  kinds: Record<Kind, KindResult>;
  /** ms from the publish being acknowledged until each target showed it, per publication. */
  publishToVisible: Record<string, Array<number | null>>;
  peakRssMiB: Record<string, number>;
  errorSamples: string[];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function request(base: string, method: string, pathname: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(pathname, base),
      {
        method,
        agent,
        timeout: 30_000,
        headers: {
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36',
          ...(body ? { 'content-type': 'text/plain' } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN;
const round = (n: number) => Math.round(n * 10) / 10;

async function runLoad(label: string, cluster: Cluster, slugs: string[], articleId: string, editId: string): Promise<RunResult> {
  const front = cluster.front;
  const cached = ['/vi', '/en', `/vi/tin-tuc/${slugs[0]}`, '/vi/to-chuc', `/vi/tin-tuc/${slugs[1]}`];
  const words = ['h%E1%BB%93+s%C6%A1', 'c%E1%BA%A3i+c%C3%A1ch', 'n%C3%B4ng+th%C3%B4n', 'tin+t%E1%BB%A9c'];
  let firstRender = 2;
  const next: Record<Kind, () => [string, string, string?]> = {
    'cached page': () => ['GET', cached[Math.floor(Math.random() * cached.length)]!],
    'first render': () => ['GET', `/vi/tin-tuc/${slugs[firstRender++ % slugs.length]}`],
    beacon: () => ['POST', '/api/visit-counter/hit', JSON.stringify({ a: articleId })],
    search: () => ['GET', `/vi/tim-kiem?q=${words[Math.floor(Math.random() * words.length)]}`],
    'comment read': () => ['GET', `/api/reviews/comments?article=${articleId}&locale=vi`],
  };
  const ok: Record<Kind, (s: number) => boolean> = {
    'cached page': (s) => s === 200,
    'first render': (s) => s === 200,
    beacon: (s) => s === 204,
    search: (s) => s === 200,
    'comment read': (s) => s === 200,
  };
  const latencies = Object.fromEntries(Object.keys(RATES).map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
  const errors = Object.fromEntries(Object.keys(RATES).map((k) => [k, 0])) as Record<Kind, number>;
  const sent = Object.fromEntries(Object.keys(RATES).map((k) => [k, 0])) as Record<Kind, number>;
  const errorSamples: string[] = [];
  const nodes = [...cluster.cms, ...cluster.web];
  const peakRssMiB = Object.fromEntries(nodes.map((n) => [n.name, 0]));
  const rssTimer = setInterval(() => {
    for (const n of nodes) peakRssMiB[n.name] = Math.max(peakRssMiB[n.name]!, n.rssMiB());
  }, 1_000);

  const end = Date.now() + SECONDS * 1000;
  const inFlight: Promise<void>[] = [];
  const generators = (Object.keys(RATES) as Kind[]).map(async (kind) => {
    const interval = 1000 / (RATES[kind] * SCALE);
    for (let due = Date.now(); due < end; due += interval) {
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      const [method, pathname, body] = next[kind]();
      const started = performance.now();
      sent[kind] += 1;
      inFlight.push(
        request(front, method, pathname, body).then(
          (status) => {
            latencies[kind].push(performance.now() - started);
            if (!ok[kind](status)) {
              errors[kind] += 1;
              if (errorSamples.length < 20) errorSamples.push(`${kind} ${pathname}: ${status}`);
            }
          },
          (error: unknown) => {
            errors[kind] += 1;
            if (errorSamples.length < 20) errorSamples.push(`${kind} ${pathname}: ${String(error)}`);
          },
        ),
      );
    }
  });

  // The editor publishes an edit every 10 s; each is timed on every web node and through nginx.
  const auth = { Authorization: `Bearer ${await adminToken(cluster.cmsFront, EDITOR)}` };
  const cms = client(cluster.cmsFront);
  const targets = [...cluster.web.map((n) => [n.name, n.url] as const), ['nginx', front] as const];
  const publishToVisible = Object.fromEntries(targets.map(([name]) => [name, [] as Array<number | null>]));
  const editor = (async () => {
    for (let round = 1; Date.now() + 10_000 < end; round += 1) {
      await sleep(5_000);
      const title = `Bài đo tải cụm máy chủ, lần sửa ${round} (${Date.now()})`;
      await cms.request('PUT', `${CM}/${editId}?locale=vi`, { title }, auth);
      const published = await cms.request('POST', `${CM}/${editId}/actions/publish?locale=vi`, {}, auth);
      if (published.status !== 200) throw new Error(`publish failed: ${published.text}`);
      const since = Date.now();
      await Promise.all(
        targets.map(async ([name, base]) => {
          for (;;) {
            const res = await fetch(`${base}/vi/tin-tuc/${slugs[1]}`).catch(() => null);
            if (res && (await res.text()).includes(title)) return publishToVisible[name]!.push(Date.now() - since);
            if (Date.now() - since > 15_000) return publishToVisible[name]!.push(null);
            await sleep(100);
          }
        }),
      );
      await sleep(Math.max(0, 5_000 - (Date.now() - since)));
    }
  })();

  await Promise.all(generators);
  await Promise.all(inFlight);
  await editor;
  clearInterval(rssTimer);
  const kinds = Object.fromEntries(
    (Object.keys(RATES) as Kind[]).map((kind) => {
      const sorted = latencies[kind].sort((a, b) => a - b);
      return [
        kind,
        {
          requests: sent[kind],
          errors: errors[kind],
          p50ms: round(percentile(sorted, 0.5)),
          p99ms: round(percentile(sorted, 0.99)),
          maxms: round(sorted.at(-1) ?? NaN),
        },
      ];
    }),
  ) as Record<Kind, KindResult>;
  return { label, cmsNodes: cluster.cms.length, webNodes: cluster.web.length, kinds, publishToVisible, peakRssMiB, errorSamples };
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
    const list = await cms.get('/api/articles?locale=vi&pagination[pageSize]=400&fields[0]=slug&sort=publishedAt:desc');
    const articles = list.json.data as Array<{ documentId: string; slug: string }>;
    const slugs = articles.map((a) => a.slug);
    // Warm the pages that stand for "cached" on every web node.
    for (const n of cluster.web)
      for (const p of ['/vi', '/en', `/vi/tin-tuc/${slugs[0]}`, '/vi/to-chuc', `/vi/tin-tuc/${slugs[1]}`]) await fetch(n.url + p);
    log(`${label}: ${SECONDS} s of mixed traffic through nginx`);
    return await runLoad(label, cluster, slugs, articles[0]!.documentId, articles[1]!.documentId);
  } finally {
    await cluster?.stop();
    await db.drop();
  }
}

function table(runs: RunResult[]): string {
  const kinds = Object.keys(RATES) as Kind[];
  const rows = [['kind', 'rate/s', ...runs.flatMap((r) => [`${r.label} errors`, 'p50 ms', 'p99 ms'])]];
  for (const kind of kinds)
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
    if (r.errorSamples.length) lines.push(`${r.label}: errors e.g. ${r.errorSamples.slice(0, 5).join(' | ')}`);
  }
  return lines.join('\n');
}

/** A grouped bar chart of p50 and p99 per kind for each run (log scale), as SVG text. */
function chart(runs: RunResult[]): string {
  const kinds = Object.keys(RATES) as Kind[];
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
