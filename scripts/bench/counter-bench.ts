/**
 * npm run bench:counter — the visit counter's hit endpoint against a bare Node HTTP server answering 204,
 * in the same run, with wrk (Debian) pinned to core 0 and the server under test pinned to core 1:
 *   - bare `http.createServer` → 204 (the ceiling);
 *   - Strapi with the visit-counter in database mode (SQLite, group commit);
 *   - the same in Redis mode (the Redis server itself is not pinned: it shares the machine).
 * Rounds alternate bare / counter so background load hits both alike; the ratio is the median of the
 * rounds. Every counter run is checked: hits counted ≥ requests wrk saw answered 204, and at most one more
 * per connection (the requests in flight when wrk stops, counted but never answered).
 * Then 100,000 hits (100 in flight) are sent to each mode and must be counted exactly.
 * Figures go to bench/results/counter-bench.json.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, freePort, startServer, type Server } from '../../cms/tests/helpers/portal';

const ROOT = path.resolve(__dirname, '..', '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const EXACT_HITS = Number(process.env.BENCH_EXACT_HITS ?? 100_000);
const UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const log = (m: string) => process.stdout.write(`▶ ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function pidOnPort(port: number): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`]).toString();
  const match = /pid=(\d+)/.exec(out);
  if (!match) throw new Error(`no process listens on ${port}`);
  return Number(match[1]);
}

const pin = (pid: number, core: number) => execFileSync('taskset', ['-a', '-pc', String(core), String(pid)], { stdio: 'ignore' });

const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'counter-bench-')), 'hit.lua');
fs.writeFileSync(
  script,
  `wrk.method = "POST"\nwrk.body = ""\nwrk.headers["User-Agent"] = "${UA}"\nwrk.headers["Content-Type"] = "text/plain"\n`,
);

interface WrkResult {
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  socketErrors: number;
}

function wrk(url: string): WrkResult {
  const out = execFileSync('taskset', ['-c', '0', 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '-s', script, url]).toString();
  const rps = Number((/Requests\/sec:\s+([\d.]+)/.exec(out) ?? [])[1]);
  const requests = Number((/(\d+) requests in/.exec(out) ?? [])[1]);
  const non2xx = Number((/Non-2xx or 3xx responses: (\d+)/.exec(out) ?? [0, 0])[1]);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  return { requestsPerSecond: rps, requests, non2xx, socketErrors };
}

/** The site total as the CMS stores it (read API cache is 1 s here). */
async function total(server: Server): Promise<number> {
  await sleep(1200);
  const res = await fetch(`${server.url}/api/visit-counter/stats`);
  return ((await res.json()) as { data: { total: number } }).data.total;
}

/** Exactly `count` beacons with `concurrency` in flight; returns how many were answered 204. */
async function send(url: string, count: number, concurrency = 100): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  let ok = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = http.request(
        `${url}/api/visit-counter/hit`,
        { method: 'POST', agent, headers: { 'user-agent': UA, 'content-type': 'text/plain' } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 204) ok++;
            resolve();
          });
        },
      );
      req.on('error', () => resolve());
      req.end();
    });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        await one();
      }
    }),
  );
  agent.destroy();
  return ok;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function main() {
  if (os.cpus().length < 2) throw new Error('needs two cores (wrk on one, the server on the other)');
  if (!fs.existsSync('/usr/bin/wrk')) throw new Error('wrk is missing: apt-get install -y wrk');
  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
    method: { tool: 'wrk', connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, wrkCore: 0, serverCore: 1 },
  };
  const db = await createDatabase('sqlite');
  const bareFile = path.join(path.dirname(script), 'bare.js');
  fs.writeFileSync(
    bareFile,
    "require('http').createServer((q,s)=>{q.resume();q.on('end',()=>{s.writeHead(204);s.end()})}).listen(Number(process.argv[2]),'127.0.0.1')",
  );
  const barePort = await freePort();
  const bare: ChildProcess = spawn('taskset', ['-c', '1', process.execPath, bareFile, String(barePort)], { stdio: 'ignore' });
  const servers: Server[] = [];
  try {
    const env = { VISIT_COUNTER_CACHE_SECONDS: '1', LOG_LEVEL: 'error' };
    const modes: Array<{ name: 'database' | 'redis'; env: Record<string, string> }> = [
      { name: 'database', env: { ...env, REDIS_URL: '' } },
      {
        name: 'redis',
        env: {
          ...env,
          REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
          REDIS_PREFIX: `counter-bench:${process.pid}:`,
          VISIT_COUNTER_FLUSH_MS: '2000',
        },
      },
    ];
    for (const mode of modes) {
      log(`${mode.name} mode: starting Strapi (SQLite), pinned to core 1`);
      const server = await startServer(db, mode.env);
      servers.push(server);
      pin(pidOnPort(Number(new URL(server.url).port)), 1);
      // Warm-up: JIT, salt of the day, connection pools.
      wrk(`http://127.0.0.1:${barePort}/`);
      await send(server.url, 5000);
      const rounds: Array<{ bare: number; counter: number; ratio: number; acknowledged: number; counted: number }> = [];
      for (let r = 1; r <= ROUNDS; r++) {
        const bareRun = wrk(`http://127.0.0.1:${barePort}/`);
        const before = await total(server);
        const run = wrk(`${server.url}/api/visit-counter/hit`);
        const counted = (await total(server)) - before;
        const acknowledged = run.requests - run.non2xx;
        const ratio = run.requestsPerSecond / bareRun.requestsPerSecond;
        rounds.push({
          bare: Math.round(bareRun.requestsPerSecond),
          counter: Math.round(run.requestsPerSecond),
          ratio: Number(ratio.toFixed(3)),
          acknowledged,
          counted,
        });
        log(
          `  round ${r}: bare ${Math.round(bareRun.requestsPerSecond).toLocaleString('en')} req/s · counter ${Math.round(run.requestsPerSecond).toLocaleString('en')} req/s · ratio ${ratio.toFixed(2)}× · acknowledged ${acknowledged.toLocaleString('en')}, counted ${counted.toLocaleString('en')}${run.socketErrors ? ` (${run.socketErrors} socket errors)` : ''}`,
        );
      }
      const before = await total(server);
      log(`  sending exactly ${EXACT_HITS.toLocaleString('en')} hits (100 in flight)`);
      const started = Date.now();
      const ok = await send(server.url, EXACT_HITS);
      const seconds = (Date.now() - started) / 1000;
      const counted = (await total(server)) - before;
      log(
        `  ${ok.toLocaleString('en')} answered 204, ${counted.toLocaleString('en')} counted (${(EXACT_HITS / seconds).toFixed(0)} hits/s from a Node client) → ${counted === EXACT_HITS && ok === EXACT_HITS ? 'exact' : 'NOT EXACT'}`,
      );
      result[mode.name] = {
        rounds,
        medianRatio: median(rounds.map((x) => x.ratio)),
        medianBare: median(rounds.map((x) => x.bare)),
        medianCounter: median(rounds.map((x) => x.counter)),
        // wrk stops with up to one request in flight per connection: counted but never answered.
        allExact: rounds.every((x) => x.counted >= x.acknowledged && x.counted <= x.acknowledged + CONNECTIONS),
        exactRun: { sent: EXACT_HITS, acknowledged: ok, counted, seconds: Number(seconds.toFixed(1)) },
      };
      log(`  ${mode.name}: median ratio ${median(rounds.map((x) => x.ratio)).toFixed(2)}× the bare server (target ≥ 0.5×)`);
      await server.stop();
      servers.pop();
    }
  } finally {
    for (const s of servers) await s.stop();
    bare.kill();
    await db.drop();
  }
  const out = path.join(ROOT, 'bench', 'results', 'counter-bench.json');
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  log(`written to ${path.relative(ROOT, out)}`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
