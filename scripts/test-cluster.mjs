#!/usr/bin/env node
// `npm run test:cluster`: the portal as a cluster (2 CMS nodes, 2 web nodes, nginx) on PostgreSQL + Redis.
// Builds what it needs (the CMS like `npm test`; the web once into web/.next-cluster, reused while its
// sources are unchanged), then runs tests/cluster (one shared cluster: all.cluster.ts) and the CMS's own
// cluster suites (cms/tests/cluster). Each run has its own databases and Redis key prefix.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, buildCms, run, say } from './lib.mjs';

const started = Date.now();
const env = {
  ...process.env,
  TEST_DATABASE: 'postgres',
  TEST_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  NODE_ENV: 'production',
};
const failures = [];
const totals = { passed: 0, failed: 0 };

async function suite(name, files, cwd) {
  if (!files.length) return;
  say(name);
  const { code, output } = await run(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
    { cwd, env, capture: true },
  );
  const count = (label) => Number((output.match(new RegExp(`ℹ ${label} (\\d+)`)) ?? [])[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail');
  if (code !== 0) failures.push(name);
}

if ((await buildCms()) !== 0) process.exit(1);
await suite('Cluster: freshness and failures through nginx (tests/cluster)', [path.join(ROOT, 'tests', 'cluster', 'all.cluster.ts')], ROOT);
const cmsCluster = path.join(ROOT, 'cms', 'tests', 'cluster');
const cmsFiles = fs.existsSync(cmsCluster)
  ? fs
      .readdirSync(cmsCluster)
      .filter((f) => f.endsWith('.test.ts'))
      .sort()
      .map((f) => path.join(cmsCluster, f))
  : [];
await suite('Cluster: CMS nodes (cms/tests/cluster)', cmsFiles, path.join(ROOT, 'cms'));

process.stdout.write(
  `\n${failures.length ? `Failed: ${failures.join(', ')}\n` : ''}cluster tests: ${totals.passed} passed, ${totals.failed} failed in ${Math.round((Date.now() - started) / 1000)} s\n`,
);
process.exit(failures.length ? 1 : 0);
