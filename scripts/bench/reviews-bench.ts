/**
 * npm run bench:reviews — the reviews plugin under load.
 *
 * One run: seed a throwaway SQLite database, start the CMS (trusting this machine as the proxy so
 * each simulated citizen has an address of its own), build and start the web, then measure
 *   1. the client's captcha work: fetching and solving challenges as the widget does (altcha-lib),
 *   2. comment and rating submissions per second, each with a captcha solved by the client,
 *   3. the article page's p99 latency (wrk, ISR cache hit) alone and during a comment flood.
 * Figures go to bench/results/reviews-bench.json (reviews-bench-postgres.json with
 * BENCH_DATABASE=postgres, which also uses Redis). Needs Debian's wrk.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, seed, startServer } from '../../cms/tests/helpers/portal';
import { fakeIp, fetchChallenge, solve } from '../../cms/tests/helpers/reviews';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'web');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const DURATION = process.env.BENCH_DURATION ?? '6s';
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '8';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 400);
const FLOOD_WIDTH = Number(process.env.BENCH_FLOOD_WIDTH ?? 16);
// Solved challenges for the flood rounds (more than the server accepts in them, so it never runs dry).
const FLOOD = Number(process.env.BENCH_FLOOD ?? 4000);
// BENCH_DATABASE=postgres: PostgreSQL on 127.0.0.1:5432 with Redis (BENCH_REDIS_URL, default local).
const DATABASE = process.env.BENCH_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
const SLUG = 'doan-tham-dinh-cua-hdnd-tinh-lam-viec-ve-chi-so-cai-cach-hanh-chinh-nam-2019-cua-huyen';
const WEB_PORT = 3220;
// Captcha work per challenge: the counter a client must reach (× cost hashes each).
const CAPTCHA = { REVIEWS_CAPTCHA_COST: '1', REVIEWS_CAPTCHA_COUNTER_MIN: '200', REVIEWS_CAPTCHA_COUNTER_MAX: '1000' };

const execFileAsync = promisify(execFile);
const log = (message: string) => process.stdout.write(`▶ ${message}\n`);
const pct = (sorted: number[], p: number) => +(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(2);

/** wrk's latency distribution for one URL (asynchronous, so a flood in this process keeps running). */
async function wrkLatency(url: string): Promise<{ requestsPerSec: number; p50ms: number; p99ms: number }> {
  const { stdout: out } = await execFileAsync('taskset', ['-c', '0', 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${DURATION}`, '--latency', url], {
    encoding: 'utf8',
  });
  const ms = (label: string) => {
    const m = new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) return NaN;
    return Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1);
  };
  return { requestsPerSec: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])), p50ms: ms('50'), p99ms: ms('99') };
}

/** Solve `n` challenges like the browser widget; returns payloads and per-challenge times. */
async function solveMany(cmsUrl: string, n: number) {
  const payloads: string[] = [];
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t0 = performance.now();
    payloads.push(await solve(await fetchChallenge(cmsUrl)));
    times.push(performance.now() - t0);
  }
  return { payloads, times: times.sort((a, b) => a - b) };
}

/**
 * POST the bodies with `width` in flight, each from its own address; `stop()` ends early, `done()`
 * waits for all. A refused or reset connection counts as status 0.
 */
function startFlood(url: string, bodies: unknown[], width: number) {
  let stopped = false;
  let next = 0;
  const statuses: Record<number, number> = {};
  const t0 = performance.now();
  const lane = async () => {
    while (!stopped && next < bodies.length) {
      const body = bodies[next++];
      const status = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': fakeIp(), 'user-agent': 'reviews-bench' },
        body: JSON.stringify(body),
      })
        .then(async (res) => (await res.arrayBuffer(), res.status))
        .catch(() => 0);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  const lanes = Promise.all(Array.from({ length: width }, lane));
  const done = async () => {
    await lanes;
    const seconds = (performance.now() - t0) / 1000;
    const accepted = Object.entries(statuses)
      .filter(([code]) => code.startsWith('2'))
      .reduce((n, [, c]) => n + c, 0);
    return { sent: next, seconds: +seconds.toFixed(1), perSecond: Math.round(accepted / seconds), statuses, ranDry: next >= bodies.length };
  };
  return {
    done,
    stop() {
      stopped = true;
      return done();
    },
  };
}

const submitAll = (url: string, bodies: unknown[], width: number) => startFlood(url, bodies, width).done();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  execFileSync('sh', ['-c', 'command -v wrk && command -v taskset'], { stdio: 'ignore' });
  const started = Date.now();
  // The test helper gives the CMS REDIS_URL and a key prefix of its own when TEST_REDIS_URL is set.
  if (DATABASE === 'postgres') process.env.TEST_REDIS_URL ??= process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const db = await createDatabase(DATABASE);
  const distDir = '.next-bench-reviews';
  let web: ChildProcess | null = null;
  let cms: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    log('seeding a throwaway database');
    const seeded = await seed(db);
    if (seeded.code !== 0) throw new Error(seeded.stderr);
    cms = await startServer(db, {
      ...CAPTCHA,
      REVIEWS_TRUSTED_PROXIES: 'loopback',
      REVIEWS_COMMENT_LIMIT: '100000/600',
      REVIEWS_RATING_LIMIT: '100000/600',
      LOG_LEVEL: 'error',
    });
    const article = (
      (await (await fetch(`${cms.url}/api/articles?locale=vi&filters[slug][$eq]=${SLUG}&fields[0]=slug`)).json()) as {
        data: Array<{ documentId: string }>;
      }
    ).data[0]!.documentId;

    log(
      `solving ${SUBMISSIONS * 2} challenges as a client would (counter ${CAPTCHA.REVIEWS_CAPTCHA_COUNTER_MIN}–${CAPTCHA.REVIEWS_CAPTCHA_COUNTER_MAX})`,
    );
    const solved = await solveMany(cms.url, SUBMISSIONS * 2);
    const comments = solved.payloads.slice(0, SUBMISSIONS).map((altcha, i) => ({
      article,
      locale: 'vi',
      authorName: `Người đọc ${i}`,
      text: `Bình luận thử tải số ${i}.`,
      consent: true,
      altcha,
    }));
    const ratings = solved.payloads.slice(SUBMISSIONS).map((altcha, i) => ({ article, locale: 'vi', stars: (i % 5) + 1, altcha }));
    log('submitting comments and ratings (16 in flight)');
    const commentRate = await submitAll(`${cms.url}/api/reviews/comments`, comments, 16);
    const ratingRate = await submitAll(`${cms.url}/api/reviews/ratings`, ratings, 16);

    log('building and starting the web');
    const env = {
      ...process.env,
      CMS_URL: cms.url,
      SITE_URL: `http://127.0.0.1:${WEB_PORT}`,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production' as const,
    };
    fs.rmSync(path.join(WEB, distDir), { recursive: true, force: true });
    execFileSync(process.execPath, [NEXT_BIN, 'build'], { cwd: WEB, env, stdio: 'ignore' });
    web = spawn('taskset', ['-c', '1', process.execPath, NEXT_BIN, 'start', '-p', String(WEB_PORT), '-H', '127.0.0.1'], {
      cwd: WEB,
      env,
      stdio: 'ignore',
      detached: true,
    });
    const page = `http://127.0.0.1:${WEB_PORT}/vi/tin-tuc/${SLUG}`;
    for (let i = 0; ; i += 1) {
      if ((await fetch(page).catch(() => null))?.ok) break;
      if (i > 200) throw new Error('web did not start');
      await new Promise((r) => setTimeout(r, 300));
    }

    log('warming up the article page (5 s)');
    execFileSync('taskset', ['-c', '0', 'wrk', '-t1', `-c${CONNECTIONS}`, '-d5s', page], { stdio: 'ignore' });
    log('solving the flood’s challenges');
    const flood = await solveMany(cms.url, FLOOD);
    const floodBodies = flood.payloads.map((altcha, i) => ({
      article,
      locale: 'vi',
      authorName: `Flood ${i}`,
      text: `Bình luận dồn dập ${i}`,
      consent: true,
      altcha,
    }));
    // Alternate quiet and flooded rounds so drift on the shared machine hits both alike.
    const quietRounds: Array<Awaited<ReturnType<typeof wrkLatency>>> = [];
    const loudRounds: Array<Awaited<ReturnType<typeof wrkLatency>>> = [];
    const floods: Array<Awaited<ReturnType<ReturnType<typeof startFlood>['stop']>>> = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      log(`round ${round}/${ROUNDS}: article page alone (wrk ${CONNECTIONS} connections, ${DURATION})`);
      quietRounds.push(await wrkLatency(page));
      log(`round ${round}/${ROUNDS}: article page during a comment flood (${FLOOD_WIDTH} in flight)`);
      const running = startFlood(
        `${cms.url}/api/reviews/comments`,
        floodBodies.splice(0, Math.ceil(floodBodies.length / (ROUNDS - round + 1))),
        FLOOD_WIDTH,
      );
      loudRounds.push(await wrkLatency(page));
      floods.push(await running.stop());
    }
    const quiet = {
      p99ms: median(quietRounds.map((r) => r.p99ms)),
      p50ms: median(quietRounds.map((r) => r.p50ms)),
      requestsPerSec: median(quietRounds.map((r) => r.requestsPerSec)),
      rounds: quietRounds,
    };
    const loud = {
      p99ms: median(loudRounds.map((r) => r.p99ms)),
      p50ms: median(loudRounds.map((r) => r.p50ms)),
      requestsPerSec: median(loudRounds.map((r) => r.requestsPerSec)),
      rounds: loudRounds,
    };
    const floodResult = { perSecond: median(floods.map((f) => f.perSecond)), rounds: floods };

    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
      settings: {
        database: DATABASE === 'postgres' ? 'postgres + redis' : 'sqlite',
        captcha: CAPTCHA,
        submissions: SUBMISSIONS,
        floodChallenges: FLOOD,
        wrk: { connections: Number(CONNECTIONS), duration: DURATION, rounds: ROUNDS },
        floodWidth: FLOOD_WIDTH,
      },
      clientCaptcha: { challenges: solved.times.length, fetchAndSolveP50ms: pct(solved.times, 0.5), p99ms: pct(solved.times, 0.99) },
      submissions: { comments: commentRate, ratings: ratingRate },
      articlePage: {
        quiet,
        duringCommentFlood: loud,
        flood: floodResult,
        p99Ratio: +(loud.p99ms / quiet.p99ms).toFixed(2),
        targetP99AtMost1_2x: loud.p99ms <= 1.2 * quiet.p99ms,
      },
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const out = path.join(ROOT, 'bench', 'results', `reviews-bench${DATABASE === 'postgres' ? '-postgres' : ''}.json`);
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      [
        '',
        `client captcha      fetch + solve p50 ${result.clientCaptcha.fetchAndSolveP50ms} ms, p99 ${result.clientCaptcha.p99ms} ms`,
        `comments            ${commentRate.perSecond}/s (${JSON.stringify(commentRate.statuses)})`,
        `ratings             ${ratingRate.perSecond}/s (${JSON.stringify(ratingRate.statuses)})`,
        `article page        p99 ${quiet.p99ms} ms alone, ${loud.p99ms} ms during a flood of ${floodResult.perSecond} comments/s = ${result.articlePage.p99Ratio}× (median of ${ROUNDS} rounds; target ≤ 1.2×: ${result.articlePage.targetP99AtMost1_2x ? 'met' : 'NOT met'})`,
        `                    rounds alone ${quietRounds.map((r) => r.p99ms).join(' / ')} ms, flooded ${loudRounds.map((r) => r.p99ms).join(' / ')} ms`,
        `written to ${path.relative(ROOT, out)}`,
        '',
      ].join('\n'),
    );
  } finally {
    if (web?.pid) {
      try {
        process.kill(-web.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    await cms?.stop();
    await db.drop();
    fs.rmSync(path.join(WEB, distDir), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
