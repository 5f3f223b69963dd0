/**
 * npm run bench:graphql-limits — what hostile /graphql documents cost the CMS once they are refused
 * (issue 12.2), on a throwaway SQLite database with the production profile and default limits:
 *   1. CPU time of the CMS process per refused request (utime + stime from /proc/<pid>/stat, summed
 *      over ROUNDS requests, each from a fresh address so every one is a first refusal, not a 429),
 *      for the reported attacks and for a document just over each limit; target ≤ 20 ms each;
 *   2. the same for a sender whose budget is spent (the answers are 429s);
 *   3. the median of a normal `GET /api/articles` quiet, and while one address floods /graphql with
 *      the 0.95 MB document from FLOODERS concurrent loops; target within 2×.
 * Prints figures and ratios (no pass/fail) and writes bench/results/graphql-limits-bench.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, seed, startServer } from '../../cms/tests/helpers/portal';

const ROOT = path.resolve(__dirname, '..', '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const FLOODERS = Number(process.env.BENCH_FLOODERS ?? 2);
const FLOOD_SECONDS = Number(process.env.BENCH_FLOOD_SECONDS ?? 10);
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
const log = (m: string) => process.stdout.write(`${m}\n`);

const repeat = (n: number, piece: (i: number) => string) => Array.from({ length: n }, (_, i) => piece(i)).join(' ');
const gql = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });

const HOSTILE: Record<string, string> = {
  '55,000 @include directives (0.95 MB)': gql(`{ articles { ${repeat(55_000, () => 'title @include(if: true)')} } }`),
  '12,000 operations + operationName': gql(
    repeat(12_000, (i) => `query q${i} { categories { name } }`),
    { operationName: 'q7' },
  ),
  '150,000 × body (730 KB)': gql(`{ articles { ${'body '.repeat(150_000)}} }`),
  '3,000 × body (token limit)': gql(`{ articles { ${'body '.repeat(3_000)}} }`),
  '51 directives': gql(`{ articles { ${repeat(51, () => 'title @include(if: true)')} } }`),
  '6 operations': gql(
    repeat(6, (i) => `query q${i} { categories { name } }`),
    { operationName: 'q1' },
  ),
  '150 fragments side by side': gql(
    `${repeat(150, (i) => `fragment f${i} on Article { title }`)} { articles { ${repeat(150, (i) => `...f${i}`)} } }`,
  ),
  '11 aliases': gql(`{ ${repeat(11, (i) => `a${i}: categories { name }`)} }`),
  'cost over the limit': gql(
    '{ articles(pagination: { pageSize: 100 }) { category { articles(pagination: { pageSize: 100 }) { title } } } }',
  ),
};
/** Loops POSTing one body from one address; prints its counts as JSON when told to stop. */
const FLOODER = `
const [url, loops, file] = process.argv.slice(1);
const body = require('node:fs').readFileSync(file, 'utf8');
const statuses = {}; let requests = 0; let running = true;
process.on('SIGTERM', () => { running = false; });
const loop = async () => { while (running) {
  const status = await fetch(url + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.66' }, body })
    .then(async (r) => { await r.arrayBuffer(); return r.status; }).catch(() => 0);
  statuses[status] = (statuses[status] ?? 0) + 1; requests += 1;
} };
Promise.all(Array.from({ length: Number(loops) }, loop)).then(() => console.log(JSON.stringify({ requests, statuses })));
`;
const NORMAL = gql('{ categories(locale: "vi") { name slug } }');

function cpuMs(pid: string): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime (fields 14 and 15)
}

function pidOnPort(port: string): string {
  const out = execFileSync('ss', ['-ltnp', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`no process on :${port}`);
  return pid;
}

let nextAddress = 0;
const freshAddress = () => {
  nextAddress += 1;
  return `198.18.${Math.floor(nextAddress / 250)}.${(nextAddress % 250) + 1}`;
};

async function post(url: string, body: string, address: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

/** CPU ms of the CMS per request, over ROUNDS sequential requests. */
async function cpuPerRequest(url: string, pid: string, body: string, address: () => string) {
  const statuses = new Map<number, number>();
  await post(url, body, address()); // warm-up
  const before = cpuMs(pid);
  for (let i = 0; i < ROUNDS; i += 1) {
    const status = await post(url, body, address());
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  return { cpuMs: (cpuMs(pid) - before) / ROUNDS, statuses: Object.fromEntries(statuses) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function readMedian(url: string, seconds: number) {
  const times: number[] = [];
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const t = performance.now();
    const res = await fetch(`${url}/api/articles?locale=vi&pagination[pageSize]=10`, { headers: { 'x-forwarded-for': '192.0.2.10' } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET /api/articles answered ${res.status}`);
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { medianMs: Number(median(times).toFixed(1)), requests: times.length };
}

async function main() {
  const db = await createDatabase('sqlite');
  let cms: Awaited<ReturnType<typeof startServer>> | null = null;
  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    rounds: ROUNDS,
    clockTickMs: TICK_MS,
  };
  try {
    log('▶ seeding a throwaway database');
    const seeded = await seed(db);
    if (seeded.code !== 0) throw new Error(seeded.stderr);
    // Default budgets and limits; IS_PROXIED so each request may come from an address of its own.
    cms = await startServer(db, { NODE_ENV: 'production', IS_PROXIED: 'true', FEED_RATE_ANONYMOUS_POINTS: '2000' });
    const pid = pidOnPort(new URL(cms.url).port);

    log(`\nCPU of the CMS per request (${ROUNDS} requests each, fresh address each; target ≤ 20 ms for refusals)`);
    const normal = await cpuPerRequest(cms.url, pid, NORMAL, freshAddress);
    log(
      `  ${'normal query (accepted, for scale)'.padEnd(42)} ${normal.cpuMs.toFixed(2).padStart(7)} ms  ${JSON.stringify(normal.statuses)}`,
    );
    const refused: Record<string, unknown> = {};
    for (const [name, body] of Object.entries(HOSTILE)) {
      const r = await cpuPerRequest(cms.url, pid, body, freshAddress);
      refused[name] = { bytes: Buffer.byteLength(body), ...r };
      log(`  ${name.padEnd(42)} ${r.cpuMs.toFixed(2).padStart(7)} ms  ${JSON.stringify(r.statuses)}  ${(r.cpuMs / 20).toFixed(2)}× target`);
    }
    const spentAddress = freshAddress();
    for (let i = 0; i < 100 && (await post(cms.url, HOSTILE['3,000 × body (token limit)']!, spentAddress)) !== 429; i += 1);
    const spent = await cpuPerRequest(cms.url, pid, HOSTILE['3,000 × body (token limit)']!, () => spentAddress);
    log(`  ${'same sender, budget spent (429s)'.padEnd(42)} ${spent.cpuMs.toFixed(2).padStart(7)} ms  ${JSON.stringify(spent.statuses)}`);

    log(`\nGET /api/articles median, quiet and while one address floods /graphql (${FLOODERS} loops, ${FLOOD_SECONDS} s)`);
    const quiet = await readMedian(cms.url, FLOOD_SECONDS);
    // The flooder runs in a process of its own, so its uploads do not delay the reader's timings.
    const bodyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gql-flood-')), 'body.json');
    fs.writeFileSync(bodyFile, HOSTILE['55,000 @include directives (0.95 MB)']!);
    const flooder = spawn(process.execPath, ['-e', FLOODER, cms.url, String(FLOODERS), bodyFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let floodOut = '';
    flooder.stdout!.on('data', (d) => (floodOut += d));
    const floodCpuBefore = cpuMs(pid);
    await new Promise((r) => setTimeout(r, 500));
    const loaded = await readMedian(cms.url, FLOOD_SECONDS);
    flooder.kill('SIGTERM');
    await new Promise((r) => flooder.once('exit', r));
    fs.rmSync(path.dirname(bodyFile), { recursive: true, force: true });
    const { requests: floodRequests, statuses: floodStatuses } = JSON.parse(
      floodOut.trim().split('\n').pop() || '{"requests":0,"statuses":{}}',
    ) as { requests: number; statuses: Record<string, number> };
    const floodCpu = (cpuMs(pid) - floodCpuBefore) / 1000;
    const ratio = loaded.medianMs / quiet.medianMs;
    log(`  quiet    ${quiet.medianMs} ms (${quiet.requests} requests)`);
    log(`  flooded  ${loaded.medianMs} ms (${loaded.requests} requests)  ratio ${ratio.toFixed(2)}× (target ≤ 2×)`);
    log(`  flood: ${floodRequests} requests ${JSON.stringify(floodStatuses)}, CMS CPU ${floodCpu.toFixed(1)} s in ${FLOOD_SECONDS} s`);

    Object.assign(result, {
      normalQuery: normal,
      refused,
      budgetSpent: spent,
      articles: { quiet, flooded: loaded, ratio: Number(ratio.toFixed(2)) },
      flood: { requests: floodRequests, statuses: floodStatuses, cmsCpuSeconds: Number(floodCpu.toFixed(2)) },
    });
    const out = path.join(ROOT, 'bench', 'results', 'graphql-limits-bench.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    log(`\n→ ${path.relative(ROOT, out)}`);
  } finally {
    await cms?.stop();
    await db.drop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
