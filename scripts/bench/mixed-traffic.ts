/**
 * The citizens' side of `npm run bench:cluster`: open-loop mixed traffic through nginx (requests leave at fixed
 * rates whether or not earlier ones were answered, so a slow server shows as latency, not as fewer requests).
 *
 * It runs in a child process of its own (`runTraffic`), as real clients would be: the bench's main process
 * (editor, /proc sampling, cluster management) never delays a response's timing. Its own event-loop delay is
 * measured and returned, so a run where the generator itself lagged is recognisable.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export type Kind = 'cached page' | 'first render' | 'beacon' | 'search' | 'comment read';
/** Requests per second of each kind (× scale). */
export const RATES: Record<Kind, number> = { 'cached page': 80, 'first render': 2, beacon: 20, search: 5, 'comment read': 10 };
export const KINDS = Object.keys(RATES) as Kind[];

export interface TrafficPlan {
  front: string;
  seconds: number;
  scale: number;
  /** Pages every web node has rendered already (nginx's micro-cache answers most of them). */
  cachedPages: string[];
  /** Articles never rendered yet, taken in turn for the first renders. */
  freshPages: string[];
  /** documentId of the article the beacons count and the comments are read for. */
  articleId: string;
}

export interface KindResult {
  requests: number;
  errors: number;
  p50ms: number;
  p99ms: number;
  maxms: number;
}

export interface TrafficResult {
  kinds: Record<Kind, KindResult>;
  /** nginx's X-Cache of the answers of each kind (HIT, STALE, UPDATING, EXPIRED, MISS, BYPASS; - for no cache). */
  cacheStatus: Record<Kind, Record<string, number>>;
  /** The generator's own event-loop delay, ms: high values mean the figures include the client's lag. */
  generatorDelayMs: { p50: number; p99: number; max: number };
  errorSamples: string[];
}

/** Search words; each search asks for two of them, so most searches are new to nginx's cache, as citizens' are. */
const WORDS = [
  'hồ sơ',
  'cải cách',
  'nông thôn',
  'tin tức',
  'đất đai',
  'giáo dục',
  'y tế',
  'giao thông',
  'du lịch',
  'thuế',
  'môi trường',
  'việc làm',
];
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 10) / 10;
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN;

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
/** One request as a browser sends it (gzip accepted); resolves with the status and nginx's X-Cache. */
function request(base: string, method: string, pathname: string, body?: string): Promise<{ status: number; cache: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(pathname, base),
      {
        method,
        agent,
        timeout: 30_000,
        headers: {
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36',
          'accept-encoding': 'gzip, deflate, br, zstd',
          ...(body ? { 'content-type': 'text/plain' } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, cache: String(res.headers['x-cache'] ?? '-') }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

async function generate(plan: TrafficPlan): Promise<TrafficResult> {
  let fresh = 0;
  const next: Record<Kind, () => [string, string, string?]> = {
    'cached page': () => ['GET', pick(plan.cachedPages)],
    'first render': () => ['GET', plan.freshPages[fresh++ % plan.freshPages.length]!],
    beacon: () => ['POST', '/api/visit-counter/hit', JSON.stringify({ a: plan.articleId })],
    search: () => ['GET', `/vi/tim-kiem?q=${encodeURIComponent(`${pick(WORDS)} ${pick(WORDS)}`)}`],
    'comment read': () => ['GET', `/api/reviews/comments?article=${plan.articleId}&locale=vi`],
  };
  const expected = (kind: Kind) => (kind === 'beacon' ? 204 : 200);
  const latencies = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
  const errors = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const sent = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const cacheStatus = Object.fromEntries(KINDS.map((k) => [k, {} as Record<string, number>])) as Record<Kind, Record<string, number>>;
  const errorSamples: string[] = [];
  const fail = (kind: Kind, what: string) => {
    errors[kind] += 1;
    if (errorSamples.length < 20) errorSamples.push(`${kind} ${what}`);
  };
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();

  const end = Date.now() + plan.seconds * 1000;
  const inFlight: Promise<void>[] = [];
  const generators = KINDS.map(async (kind) => {
    const interval = 1000 / (RATES[kind] * plan.scale);
    for (let due = Date.now(); due < end; due += interval) {
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      const [method, pathname, body] = next[kind]();
      const started = performance.now();
      sent[kind] += 1;
      inFlight.push(
        request(plan.front, method, pathname, body).then(
          ({ status, cache }) => {
            latencies[kind].push(performance.now() - started);
            cacheStatus[kind][cache] = (cacheStatus[kind][cache] ?? 0) + 1;
            if (status !== expected(kind)) fail(kind, `${pathname}: ${status}`);
          },
          (error: unknown) => fail(kind, `${pathname}: ${String(error)}`),
        ),
      );
    }
  });
  await Promise.all(generators);
  await Promise.all(inFlight);
  delay.disable();

  const kinds = Object.fromEntries(
    KINDS.map((kind) => {
      const sorted = latencies[kind].sort((a, b) => a - b);
      const result: KindResult = {
        requests: sent[kind],
        errors: errors[kind],
        p50ms: round(percentile(sorted, 0.5)),
        p99ms: round(percentile(sorted, 0.99)),
        maxms: round(sorted.at(-1) ?? NaN),
      };
      return [kind, result];
    }),
  ) as Record<Kind, KindResult>;
  const ms = (ns: number) => round(ns / 1e6);
  return {
    kinds,
    cacheStatus,
    generatorDelayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
    errorSamples,
  };
}

/** Runs the traffic in a child process and resolves with its figures. */
export function runTraffic(plan: TrafficPlan): Promise<TrafficResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (result) => resolve(result as TrafficResult));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the traffic generator exited (${code}) without figures`)));
    child.send(plan);
  });
}

if (process.send && process.argv[1] === __filename) {
  process.once('message', (plan) => {
    void generate(plan as TrafficPlan).then((result) => process.send!(result, () => process.exit(0)));
  });
}
