/**
 * The portal as a small cluster on one machine: CMS nodes and web nodes behind Debian's nginx running the
 * shipped config/nginx/portal.conf (web front: load balancer + micro-cache) and config/nginx/cms.conf (CMS
 * front), on PostgreSQL and Redis. Used by `npm run cluster` (scripts/cluster-cli.ts), `npm run test:cluster`
 * (tests/cluster) and `npm run bench:cluster`.
 *
 * Every node is its own process group (setsid), so a test can kill one (SIGKILL, as a crash) or stop it
 * (SIGTERM, as a rolling restart) and start it again on the same port; `stop()` and process exit take every
 * group down. All web nodes run one build (`next build` into web/.next-cluster, rebuilt only when the web's
 * sources or the CMS front's address changed) and share Next's cache in Redis (web/cache-handler.mjs);
 * the CMS tells the web front (any web node) about publications.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@redis/client';
import { STRAPI_BIN, baseEnv, freePort, run, type Database } from '../cms/tests/helpers/portal';
import { NEXT_BIN, WEB_DIR } from '../web/tests/e2e/stack';
import { cmsConf, nginxConf, portalConf, startNginx, type RunningNginx } from './nginx-front';

const ROOT = path.resolve(__dirname, '..');
const CMS_DIR = path.join(ROOT, 'cms');
export const CLUSTER_DIST = '.next-cluster';

export interface ClusterOptions {
  db: Database;
  cmsNodes?: number;
  webNodes?: number;
  redisUrl?: string;
  /** Key prefix in Redis for this cluster (CMS keys, and the web's cache under `<prefix>next:`). */
  redisPrefix?: string;
  /** Ports of the web front and the CMS front (free ones when not given). */
  frontPort?: number;
  cmsFrontPort?: number;
  /** Seed the demo content first (the database must be empty), with these arguments (`--articles N`). */
  seed?: boolean;
  seedArgs?: string[];
  /** Environment of the CMS nodes before the cluster's own settings (default: the test harness's baseEnv). */
  baseCmsEnv?: NodeJS.ProcessEnv;
  cmsEnv?: Record<string, string>;
  webEnv?: Record<string, string>;
  /** The web build's folder under web/ (default .next-cluster): one per cluster that may run at the same time. */
  distDir?: string;
  /** Leave the cluster's keys in Redis at stop (`npm run cluster`: counters and caches outlive a restart). */
  keepRedisKeys?: boolean;
  /** Progress lines (default: none). */
  log?: (message: string) => void;
  /** Where the nodes' output goes: kept in memory (tests), or also printed with a name prefix. */
  printLogs?: boolean;
}

export interface ClusterNode {
  name: string;
  kind: 'cms' | 'web';
  port: number;
  url: string;
  pid(): number | undefined;
  running(): boolean;
  logs(): string;
  /** Starts the node (on its port) and waits until it answers. */
  start(): Promise<void>;
  /** SIGKILL to its process group: a crash, requests in flight are cut. */
  kill(): Promise<void>;
  /** SIGTERM (a graceful stop), SIGKILL after 15 s. */
  stop(): Promise<void>;
  /** Resident memory of the node's processes, in MiB. */
  rssMiB(): number;
}

export interface Cluster {
  /** The portal as citizens reach it (nginx: web front). */
  front: string;
  /** The CMS front (nginx: admin, GraphQL, REST) — what the web nodes use as CMS_URL. */
  cmsFront: string;
  cms: ClusterNode[];
  web: ClusterNode[];
  secret: string;
  redisUrl: string;
  redisPrefix: string;
  nginx: RunningNginx;
  nginxErrors(): string;
  /** Lines of nginx's upstream log since `fromByte`: `msec method uri status upstream_addr upstream_status`. */
  upstreamLog(fromByte?: number): { lines: string[]; size: number };
  /**
   * Takes a node out of nginx (`down` in its upstream, graceful reload: requests in flight finish) or puts it
   * back — how a rolling restart with open-source nginx avoids failing any request.
   */
  drain(node: ClusterNode): Promise<void>;
  undrain(node: ClusterNode): Promise<void>;
  /** drain → graceful stop → start → undrain, for each node in turn. */
  rollingRestart(nodes?: ClusterNode[], onStep?: (message: string) => void): Promise<void>;
  stop(): Promise<void>;
}

/** Process groups of the nodes (negative: kill the group) and plain pids (nginx) still running. */
const groups = new Set<number>();
const pids = new Set<number>();
/** Graceful stops of the clusters still up, run on Ctrl+C / SIGTERM. */
const liveClusters = new Set<() => Promise<void>>();
let exitHook = false;
/** Every node's process group dies with this process, whatever ends it. */
function killGroupsOnExit() {
  if (exitHook) return;
  exitHook = true;
  const killAll = () => {
    for (const target of [...[...groups].map((g) => -g), ...pids]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    groups.clear();
    pids.clear();
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      const stops = Promise.all([...liveClusters].map((stop) => stop().catch(() => {})));
      void Promise.race([stops, sleep(20_000)]).then(() => {
        killAll();
        process.exit(130);
      });
    });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** Resident memory of a process group's members (Linux /proc), in MiB. */
function groupRssMiB(pgid: number): number {
  let kib = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue; // field 5 of stat: the process group
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'));
      kib += Number(rss?.[1] ?? 0);
    } catch {
      /* exited meanwhile */
    }
  }
  return Math.round(kib / 1024);
}

function node(
  name: string,
  kind: 'cms' | 'web',
  port: number,
  command: () => { args: string[]; cwd: string; env: NodeJS.ProcessEnv },
  ready: string,
  printLogs: boolean,
): ClusterNode {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let logs = '';
  const alive = () => Boolean(child && child.exitCode === null && child.signalCode === null);
  const append = (d: Buffer) => {
    logs += d;
    if (logs.length > 2_000_000) logs = logs.slice(-1_000_000);
    if (printLogs) process.stdout.write(d.toString().replace(/^(?=.)/gm, `[${name}] `));
  };
  const signalGroup = (signal: NodeJS.Signals) => {
    if (!child?.pid) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* gone */
    }
  };
  const self: ClusterNode = {
    name,
    kind,
    port,
    url,
    pid: () => (alive() ? child!.pid : undefined),
    running: alive,
    logs: () => logs,
    rssMiB: () => (alive() && child!.pid ? groupRssMiB(child!.pid) : 0),
    async start() {
      if (alive()) return;
      const { args, cwd, env } = command();
      const started = spawn(process.execPath, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      groups.add(started.pid!);
      started.stdout!.on('data', append);
      started.stderr!.on('data', append);
      exited = new Promise((resolve) =>
        started.once('exit', () => {
          groups.delete(started.pid!);
          resolve();
        }),
      );
      const deadline = Date.now() + 180_000;
      for (;;) {
        if (started.exitCode !== null || started.signalCode !== null)
          throw new Error(`${name} exited (${started.exitCode ?? started.signalCode}):\n${logs.slice(-5000)}`);
        try {
          const res = await fetch(url + ready, { signal: AbortSignal.timeout(5_000) });
          if (res.ok) return;
        } catch {
          /* starting */
        }
        if (Date.now() > deadline) {
          signalGroup('SIGKILL');
          throw new Error(`${name} did not answer ${ready}:\n${logs.slice(-5000)}`);
        }
        await sleep(250);
      }
    },
    async kill() {
      signalGroup('SIGKILL');
      await exited;
    },
    async stop() {
      if (!alive()) return;
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      signalGroup('SIGKILL'); // workers left behind, if any
    },
  };
  return self;
}

/** Build the web once for the cluster (all nodes run this build); skipped when nothing changed. */
export async function buildClusterWeb(env: NodeJS.ProcessEnv, log: (m: string) => void = () => {}): Promise<void> {
  const dist = env.NEXT_DIST_DIR ?? CLUSTER_DIST;
  const { sourceHash } = (await import('./lib.mjs')) as { sourceHash: (dirs: string[]) => string };
  const stamp = path.join(WEB_DIR, dist, '.build-stamp');
  // What the build bakes in: the sources and the CMS front's address (rewrites). SITE_URL, REDIS_URL and the
  // cache handler (web/cache-handler.mjs, loaded by `next start`) are read at run time.
  const hash =
    sourceHash(['web/src', 'web/public', 'web/package.json', 'web/next.config.ts', 'config/contract']) + JSON.stringify([env.CMS_URL]);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    log(`web build (${dist}) is up to date`);
    return;
  }
  log(`building the web once for every node (next build into web/${dist})`);
  fs.rmSync(path.join(WEB_DIR, dist), { recursive: true, force: true });
  const { REDIS_URL: _redis, ...buildEnv } = env; // the build keeps its cache on disk, never in the cluster's Redis
  let out = '';
  const build = spawn(process.execPath, [NEXT_BIN, 'build'], { cwd: WEB_DIR, env: buildEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  build.stdout!.on('data', (d) => (out += d));
  build.stderr!.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => build.on('close', resolve));
  if (code !== 0) throw new Error(`next build failed:\n${out.slice(-8000)}`);
  fs.writeFileSync(stamp, hash);
}

/** A fixed port when it is free (so the web build, which names the CMS front, is reused between runs). */
async function preferredPort(port: number | undefined, fallback: number): Promise<number> {
  if (port) return port;
  return (await portFree(fallback)) ? fallback : freePort();
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  killGroupsOnExit();
  const log = options.log ?? (() => {});
  const redisUrl = options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = options.redisPrefix ?? `portal-cluster:${process.pid}:${crypto.randomBytes(3).toString('hex')}:`;
  const secret = crypto.randomBytes(16).toString('hex');
  const front = `127.0.0.1:${await preferredPort(options.frontPort, 13380)}`;
  const cmsFront = `127.0.0.1:${await preferredPort(options.cmsFrontPort, 13370)}`;
  const cmsPorts = await Promise.all(Array.from({ length: options.cmsNodes ?? 2 }, () => freePort()));
  const webPorts = await Promise.all(Array.from({ length: options.webNodes ?? 2 }, () => freePort()));

  if (options.seed) {
    log('seeding the demo content');
    // The demo seed, with room for a busy machine (the harness's own limit is 5 minutes).
    const tsx = require.resolve('tsx/cli', { paths: [CMS_DIR] });
    const seeded = await run([tsx, 'scripts/seed.ts', ...(options.seedArgs ?? [])], baseEnv(options.db), 1_200_000);
    if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stderr}`);
  }

  const shared = { REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix, REVALIDATE_SECRET: secret, TRUSTED_PROXIES: '127.0.0.1' };
  const cmsEnv = (port: number): NodeJS.ProcessEnv => ({
    ...(options.baseCmsEnv ?? baseEnv(options.db)),
    ...shared,
    HOST: '127.0.0.1',
    PORT: String(port),
    // Publications go to the web front: any live web node revalidates the shared cache for all.
    WEB_URL: `http://${front}`,
    FEED_RATE_ANONYMOUS_POINTS: '10000000',
    ...options.cmsEnv,
  });
  const webEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...shared,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: options.distDir ?? CLUSTER_DIST,
    CMS_URL: `http://${cmsFront}`,
    SITE_URL: `http://${front}`,
    VISIT_BEACON_URL: '/api/visit-counter/hit',
    ...options.webEnv,
  };

  const printLogs = options.printLogs ?? false;
  const cms = cmsPorts.map((port, i) =>
    node(`cms-${i + 1}`, 'cms', port, () => ({ args: [STRAPI_BIN, 'start'], cwd: CMS_DIR, env: cmsEnv(port) }), '/_health', printLogs),
  );
  const web = webPorts.map((port, i) =>
    node(
      `web-${i + 1}`,
      'web',
      port,
      () => ({ args: [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], cwd: WEB_DIR, env: webEnv }),
      '/api/health',
      printLogs,
    ),
  );

  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cluster-nginx-'));
  let nginx: RunningNginx | undefined;
  const drained = new Set<ClusterNode>();
  const addresses = (nodes: ClusterNode[]) => nodes.map((n) => `127.0.0.1:${n.port}${drained.has(n) ? ' down' : ''}`);
  const conf = () =>
    nginxConf(
      prefix,
      portalConf({ listen: front, web: addresses(web), cms: addresses(cms), cacheDir: path.join(prefix, 'cache') }) + cmsConf(cmsFront),
      { workerConnections: 4096, upstreamLog: true },
    );
  const reload = async () => {
    fs.writeFileSync(path.join(prefix, 'nginx.conf'), conf());
    nginx!.process.kill('SIGHUP');
    await sleep(1_000); // new workers take over; old ones finish what they were answering
  };
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      liveClusters.delete(stop);
      await Promise.all([...web, ...cms].map((n) => n.stop()));
      await nginx?.stop();
      if (nginx?.process.pid) pids.delete(nginx.process.pid);
      fs.rmSync(prefix, { recursive: true, force: true });
      if (!options.keepRedisKeys) await dropRedisKeys(redisUrl, redisPrefix).catch(() => {});
    })());
  liveClusters.add(stop);
  try {
    log(`starting ${cms.length} CMS nodes`);
    // One at a time: the first boot runs Strapi's migrations and bootstrap writes; the others find them done.
    await cms[0]!.start();
    await Promise.all(cms.slice(1).map((n) => n.start()));
    log(`starting nginx (portal on http://${front}, CMS front on http://${cmsFront})`);
    nginx = await startNginx(prefix, conf(), front);
    if (nginx.process.pid) pids.add(nginx.process.pid);
    await buildClusterWeb(webEnv, log);
    log(`starting ${web.length} web nodes`);
    for (const n of web) await n.start();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    front: `http://${front}`,
    cmsFront: `http://${cmsFront}`,
    cms,
    web,
    secret,
    redisUrl,
    redisPrefix,
    nginx: nginx!,
    nginxErrors: () => nginx!.errors(),
    upstreamLog(fromByte = 0) {
      const file = path.join(prefix, 'upstream.log');
      const text = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
      return { lines: text.subarray(fromByte).toString('utf8').split('\n').filter(Boolean), size: text.length };
    },
    async drain(n) {
      drained.add(n);
      await reload();
    },
    async undrain(n) {
      drained.delete(n);
      await reload();
    },
    async rollingRestart(nodes = [...cms, ...web], onStep = () => {}) {
      for (const n of nodes) {
        onStep(`restarting ${n.name}`);
        drained.add(n);
        await reload();
        await n.stop();
        await n.start();
        drained.delete(n);
        await reload();
      }
    },
    stop,
  };
}

/** Deletes this cluster's keys (its prefix) from Redis. */
export async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const client = createClient({ url });
  await client.connect();
  try {
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) keys.push(...[batch].flat());
    for (let i = 0; i < keys.length; i += 500) await client.unlink(keys.slice(i, i + 500));
  } finally {
    await client.close();
  }
}
