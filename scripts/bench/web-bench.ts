/**
 * npm run bench — how fast and how heavy a cached article page is.
 *
 * One run: seed a throwaway database, start the CMS, build the web for production, then with wrk
 * (pinned to core 0; servers on core 1) measure a cached article page served by
 *   1. nginx serving the same content as a static HTML file (the baseline),
 *   2. plain `next start` (an ISR cache hit),
 *   3. nginx micro-cache in front of Next (config/nginx/portal.conf, the production profile),
 * plus the first request to never-rendered articles (a cold cache entry), and the bytes of Next's
 * article HTML against the same content as plain HTML. Figures go to bench/results/web-bench.json.
 * Needs Debian's wrk and nginx (apt-get install wrk nginx).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createDatabase, seed, startServer } from '../../cms/tests/helpers/portal';
import { nginxCommand, nginxConf, portalConf } from '../nginx-front';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'web');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const DURATION = process.env.BENCH_DURATION ?? '10s';
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '64';
const ARTICLE = '/vi/tin-tuc/doan-tham-dinh-cua-hdnd-tinh-lam-viec-ve-chi-so-cai-cach-hanh-chinh-nam-2019-cua-huyen';
const PORTS = { web: 3210, nginxStatic: 3211, nginxCache: 3212 };

const log = (message: string) => process.stdout.write(`▶ ${message}\n`);

function need(tool: string) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    process.stderr.write(`${tool} is missing: apt-get install -y wrk nginx\n`);
    process.exit(1);
  }
}

interface WrkResult {
  requestsPerSec: number;
  p50ms: number;
  p99ms: number;
  non2xx: number;
}

function toMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

function wrk(url: string): WrkResult {
  const out = execFileSync('taskset', ['-c', '0', 'wrk', '-t1', `-c${CONNECTIONS}`, `-d${DURATION}`, '--latency', url], {
    encoding: 'utf8',
  });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = toMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? '');
  const p99 = toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? '');
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  return { requestsPerSec: Math.round(rps), p50ms: p50, p99ms: p99, non2xx };
}

function spawnPinned(core: number, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): ChildProcess {
  return spawn('taskset', ['-c', String(core), command, ...args], { cwd, env, stdio: 'ignore', detached: true });
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The same document without what only Next needs: scripts, script preloads and the RSC payload. */
export function plainHtml(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="preload"[^>]*as="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*as="script"[^>]*rel="preload"[^>]*\/?>/g, '');
}

/** The static baseline server and the shipped front (config/nginx/portal.conf) in one nginx. */
function benchNginxConf(dir: string, staticRoot: string, cmsPort: number): string {
  const portal = portalConf({
    listen: `127.0.0.1:${PORTS.nginxCache}`,
    web: `127.0.0.1:${PORTS.web}`,
    cms: `127.0.0.1:${cmsPort}`,
    cacheDir: path.join(dir, 'cache'),
  });
  const staticServer = `  server {
    listen 127.0.0.1:${PORTS.nginxStatic};
    root ${staticRoot};
    location / { try_files $uri $uri/index.html =404; }
  }`;
  return nginxConf(dir, `${staticServer}\n${portal}`, { workerConnections: 4096 });
}

async function main() {
  for (const tool of ['wrk', 'nginx', 'taskset']) need(tool);
  const started = Date.now();
  const db = await createDatabase('sqlite');
  const children: ChildProcess[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
  const distDir = '.next-bench';
  let cms: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    log('seeding a throwaway database (demo + 200 synthetic articles)');
    const seeded = await seed(db, '--articles', '200');
    if (seeded.code !== 0) throw new Error(seeded.stderr);
    const secret = 'bench-secret';
    cms = await startServer(db, { WEB_URL: `http://127.0.0.1:${PORTS.web}`, REVALIDATE_SECRET: secret });
    const env = {
      ...process.env,
      CMS_URL: cms.url,
      SITE_URL: `http://127.0.0.1:${PORTS.web}`,
      REVALIDATE_SECRET: secret,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production' as const,
    };

    log('building the web for production');
    fs.rmSync(path.join(WEB, distDir), { recursive: true, force: true });
    execFileSync(process.execPath, [NEXT_BIN, 'build'], { cwd: WEB, env, stdio: 'ignore' });

    log(`starting next start on core 1 (:${PORTS.web})`);
    children.push(spawnPinned(1, process.execPath, [NEXT_BIN, 'start', '-p', String(PORTS.web), '-H', '127.0.0.1'], env, WEB));
    await waitFor(`http://127.0.0.1:${PORTS.web}/vi`);

    // Cold entries: the first request for articles nobody has opened yet (render + CMS round trips).
    log('cold cache entries (first request to 20 unopened articles)');
    const list = (await (
      await fetch(`${cms.url}/api/articles?locale=vi&pagination[pageSize]=20&filters[slug][$startsWith]=tong-hop&fields[0]=slug`)
    ).json()) as { data: Array<{ slug: string }> };
    const cold: number[] = [];
    for (const { slug } of list.data) {
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${PORTS.web}/vi/tin-tuc/${slug}`);
      await res.arrayBuffer();
      cold.push(performance.now() - t0);
    }
    cold.sort((a, b) => a - b);

    const nextHtml = await (await fetch(`http://127.0.0.1:${PORTS.web}${ARTICLE}`)).text();
    const plain = plainHtml(nextHtml);
    const staticRoot = path.join(tmp, 'static');
    fs.mkdirSync(path.join(staticRoot, path.dirname(ARTICLE)), { recursive: true });
    fs.writeFileSync(path.join(staticRoot, `${ARTICLE}.html`), plain);
    fs.writeFileSync(path.join(staticRoot, ARTICLE), plain);
    const nginx = nginxCommand(tmp, benchNginxConf(tmp, staticRoot, Number(new URL(cms.url).port)));
    log('starting nginx on core 1 (static baseline and micro-cache)');
    children.push(
      spawn('taskset', ['-c', '1', nginx.command, ...nginx.args], {
        cwd: ROOT,
        stdio: 'ignore',
        detached: true,
        uid: nginx.uid,
        gid: nginx.gid,
      }),
    );
    await waitFor(`http://127.0.0.1:${PORTS.nginxStatic}${ARTICLE}`);
    await waitFor(`http://127.0.0.1:${PORTS.nginxCache}${ARTICLE}`);

    log(`wrk: ${CONNECTIONS} connections for ${DURATION} each (load generator on core 0)`);
    const staticResult = wrk(`http://127.0.0.1:${PORTS.nginxStatic}${ARTICLE}`);
    log(`  nginx static:      ${staticResult.requestsPerSec} req/s`);
    const nextResult = wrk(`http://127.0.0.1:${PORTS.web}${ARTICLE}`);
    log(`  next start (ISR):  ${nextResult.requestsPerSec} req/s`);
    const cachedResult = wrk(`http://127.0.0.1:${PORTS.nginxCache}${ARTICLE}`);
    log(`  nginx + Next:      ${cachedResult.requestsPerSec} req/s`);

    const bytes = (text: string) => Buffer.byteLength(text);
    const gz = (text: string) => zlib.gzipSync(text).length;
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
      settings: { duration: DURATION, connections: Number(CONNECTIONS), page: ARTICLE, loadGeneratorCore: 0, serverCore: 1 },
      throughput: {
        nginxStatic: staticResult,
        nextStart: { ...nextResult, ratioToStatic: +(nextResult.requestsPerSec / staticResult.requestsPerSec).toFixed(3) },
        nginxMicrocacheNext: { ...cachedResult, ratioToStatic: +(cachedResult.requestsPerSec / staticResult.requestsPerSec).toFixed(3) },
      },
      coldCacheEntry: {
        samples: cold.length,
        p50ms: +cold[Math.floor(cold.length / 2)]!.toFixed(1),
        maxMs: +cold[cold.length - 1]!.toFixed(1),
      },
      pageWeight: {
        nextHtmlBytes: bytes(nextHtml),
        plainHtmlBytes: bytes(plain),
        ratio: +(bytes(nextHtml) / bytes(plain)).toFixed(2),
        nextHtmlGzipBytes: gz(nextHtml),
        plainHtmlGzipBytes: gz(plain),
        gzipRatio: +(gz(nextHtml) / gz(plain)).toFixed(2),
      },
      targets: {
        microcacheAtLeastHalfOfStatic: cachedResult.requestsPerSec >= 0.5 * staticResult.requestsPerSec,
        htmlAtMost1_3xPlain: bytes(nextHtml) <= 1.3 * bytes(plain),
      },
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const out = path.join(ROOT, 'bench', 'results', 'web-bench.json');
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    const t = result.throughput;
    process.stdout.write(
      [
        '',
        `                        req/s      p50 ms   p99 ms   × static`,
        `nginx static        ${String(t.nginxStatic.requestsPerSec).padStart(8)}  ${t.nginxStatic.p50ms.toFixed(2).padStart(8)} ${t.nginxStatic.p99ms.toFixed(2).padStart(8)}     1.000`,
        `next start (ISR)    ${String(t.nextStart.requestsPerSec).padStart(8)}  ${t.nextStart.p50ms.toFixed(2).padStart(8)} ${t.nextStart.p99ms.toFixed(2).padStart(8)}     ${t.nextStart.ratioToStatic.toFixed(3)}`,
        `nginx cache + Next  ${String(t.nginxMicrocacheNext.requestsPerSec).padStart(8)}  ${t.nginxMicrocacheNext.p50ms.toFixed(2).padStart(8)} ${t.nginxMicrocacheNext.p99ms.toFixed(2).padStart(8)}     ${t.nginxMicrocacheNext.ratioToStatic.toFixed(3)}`,
        `cold cache entry    p50 ${result.coldCacheEntry.p50ms} ms, max ${result.coldCacheEntry.maxMs} ms (${cold.length} articles)`,
        `article HTML        ${result.pageWeight.nextHtmlBytes} B vs ${result.pageWeight.plainHtmlBytes} B plain = ${result.pageWeight.ratio}× (gzip ${result.pageWeight.nextHtmlGzipBytes} vs ${result.pageWeight.plainHtmlGzipBytes} = ${result.pageWeight.gzipRatio}×)`,
        `targets             micro-cache ≥ 0.5× static: ${result.targets.microcacheAtLeastHalfOfStatic ? 'met' : 'NOT met'}; HTML ≤ 1.3× plain: ${result.targets.htmlAtMost1_3xPlain ? 'met' : 'NOT met'}`,
        `written to ${path.relative(ROOT, out)}`,
        '',
      ].join('\n'),
    );
    await cms.stop();
    cms = null;
  } finally {
    await cms?.stop();
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    await db.drop();
    fs.rmSync(path.join(WEB, distDir), { recursive: true, force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
