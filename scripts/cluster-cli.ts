/**
 * `npm run cluster`: the portal as a small cluster on this machine — 2 CMS nodes and 2 web nodes behind
 * Debian's nginx (config/nginx/portal.conf + cms.conf: load balancer, micro-cache, passive health checks,
 * retries), on PostgreSQL and Redis from the environment. Ctrl+C stops everything.
 *
 *   DATABASE_HOST / DATABASE_PORT / DATABASE_NAME / DATABASE_USERNAME / DATABASE_PASSWORD
 *       PostgreSQL (default 127.0.0.1:5432, database portal_cluster as postgres; created and seeded when empty)
 *   REDIS_URL (default redis://127.0.0.1:6379), REDIS_PREFIX (default portal-cluster:)
 *   CLUSTER_PORT (portal, default 8080), CLUSTER_CMS_PORT (CMS front, default 13370)
 *   CLUSTER_CMS_NODES, CLUSTER_WEB_NODES (default 2 each)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { run as runCms, type Database } from '../cms/tests/helpers/portal';
import { startCluster } from './cluster';
import { NGINX_BIN } from './nginx-front';

const ROOT = path.resolve(__dirname, '..');
const say = (message: string) => process.stdout.write(`\x1b[1m▶ ${message}\x1b[0m\n`);

/** Debian's nginx, installed when missing (as .ci/run does); its packaged service is stopped again. */
function ensureNginx() {
  if (fs.existsSync(NGINX_BIN)) return;
  if (process.getuid?.() !== 0) throw new Error(`No nginx at ${NGINX_BIN}: run \`sudo apt-get install nginx\` (or set NGINX_PATH)`);
  say('apt-get install nginx');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  try {
    execFileSync(NGINX_BIN, ['-s', 'quit'], { stdio: 'ignore' });
  } catch {
    /* the service was not started */
  }
}

async function database(): Promise<Database> {
  const env = {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: process.env.DATABASE_HOST ?? '127.0.0.1',
    DATABASE_PORT: process.env.DATABASE_PORT ?? '5432',
    DATABASE_NAME: process.env.DATABASE_NAME ?? 'portal_cluster',
    DATABASE_USERNAME: process.env.DATABASE_USERNAME ?? 'postgres',
    DATABASE_PASSWORD: process.env.DATABASE_PASSWORD ?? '',
  };
  if (!/^\w+$/.test(env.DATABASE_NAME)) throw new Error(`DATABASE_NAME "${env.DATABASE_NAME}": letters, digits and _ only`);
  const admin = new Client({
    host: env.DATABASE_HOST,
    port: Number(env.DATABASE_PORT),
    user: env.DATABASE_USERNAME,
    password: env.DATABASE_PASSWORD || undefined,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [env.DATABASE_NAME]);
    if (!exists.rowCount) {
      say(`creating database ${env.DATABASE_NAME}`);
      await admin.query(`CREATE DATABASE ${env.DATABASE_NAME}`);
    }
  } finally {
    await admin.end();
  }
  return { kind: 'postgres', env, drop: async () => {} };
}

async function main() {
  ensureNginx();
  const { buildCms } = (await import('./lib.mjs')) as { buildCms: () => Promise<number> };
  if ((await buildCms()) !== 0) process.exit(1);
  const db = await database();
  // The CMS nodes run as `npm start` does (production profile), with the staff accounts of cms/.env.
  const cmsBase = { ...process.env, ...db.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' };
  say('seeding demo content (skipped when the database already has content)');
  const cmsFrontPort = Number(process.env.CLUSTER_CMS_PORT ?? 13370);
  const seeded = await runCms(
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/seed.ts', '--if-empty'],
    // The accounts it prints point at the admin behind nginx, not at a single node's port.
    { ...cmsBase, PUBLIC_URL: process.env.PUBLIC_URL ?? `http://127.0.0.1:${cmsFrontPort}` },
    600_000,
  );
  process.stdout.write(seeded.stdout);
  if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stderr}`);

  const cluster = await startCluster({
    db,
    baseCmsEnv: cmsBase,
    cmsNodes: Number(process.env.CLUSTER_CMS_NODES ?? 2),
    webNodes: Number(process.env.CLUSTER_WEB_NODES ?? 2),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisPrefix: process.env.REDIS_PREFIX ?? 'portal-cluster:',
    frontPort: Number(process.env.CLUSTER_PORT ?? 8080),
    cmsFrontPort,
    keepRedisKeys: true,
    log: say,
    printLogs: true,
  });
  const line = (label: string, value: string) => `  ${label.padEnd(22)}${value}\n`;
  process.stdout.write(
    `\n${line('Portal (nginx):', `${cluster.front}/vi`)}${line('CMS admin (nginx):', `${cluster.cmsFront}/admin`)}${line(
      'GraphQL (nginx):',
      `${cluster.cmsFront}/graphql`,
    )}${cluster.cms.map((n) => line(`${n.name}:`, `${n.url}  (health: /_health)`)).join('')}${cluster.web
      .map((n) => line(`${n.name}:`, `${n.url}  (health: /api/health)`))
      .join('')}\n  Ctrl+C stops every node and nginx.\n\n`,
  );
  // Stays up until Ctrl+C (scripts/cluster.ts stops every node on SIGINT/SIGTERM).
  await new Promise(() => {});
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
