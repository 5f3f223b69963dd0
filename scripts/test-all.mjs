#!/usr/bin/env node
// `npm test`: unit tests, the CMS build and schema check, then the API suite on a throwaway SQLite
// database. `npm run test:postgres` runs the same API suite on PostgreSQL (127.0.0.1:5432).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, buildCms, run, say } from './lib.mjs';

/** Test files under a folder (Node 20's test runner does not expand globs). */
function testFiles(dir, pattern = /\.test\.tsx?$/) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && pattern.test(entry.name) && !entry.parentPath.includes('node_modules'))
      out.push(path.join(entry.parentPath, entry.name));
  }
  return out.sort();
}

const postgres = process.argv.includes('--postgres');
const totals = { passed: 0, failed: 0 };
const failures = [];

/** Seconds each part took, printed at the end: the CI run must stay near 30 minutes on two cores. */
const timings = [];
const timed = async (name, fn) => {
  const started = Date.now();
  try {
    return await fn();
  } finally {
    timings.push([name, Math.round((Date.now() - started) / 1000)]);
  }
};

async function suite(name, args, opts = {}) {
  return timed(name, () => runSuite(name, args, opts));
}

async function runSuite(name, args, { cwd, env, concurrency = 1 } = {}) {
  say(name);
  const { code, output } = await run(
    process.execPath,
    ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...args],
    {
      cwd,
      env: { ...process.env, ...env },
      capture: true,
    },
  );
  const count = (label) => Number((output.match(new RegExp(`ℹ ${label} (\\d+)`)) ?? [])[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail');
  if (code !== 0) failures.push(name);
}

async function step(name, fn) {
  const code = await timed(name, fn);
  if (code !== 0) {
    failures.push(name);
    return false;
  }
  return true;
}

const cms = path.join(ROOT, 'cms');
const web = path.join(ROOT, 'web');
if (!postgres) {
  say('Lint (ESLint) and format (Prettier): one shape for every workspace');
  await step('lint', async () => (await run('npm', ['run', 'lint'])).code);
  await step('format check', async () => (await run('npm', ['run', 'format:check'])).code);
  await suite('CMS unit tests', testFiles(path.join(cms, 'src')), { cwd: cms });
  for (const plugin of fs.readdirSync(path.join(ROOT, 'plugins')).sort()) {
    const src = path.join(ROOT, 'plugins', plugin, 'server', 'src');
    const files = fs.existsSync(src) ? testFiles(src) : [];
    if (files.length) await suite(`Plugin ${plugin}: unit tests`, files, { cwd: path.join(ROOT, 'plugins', plugin) });
  }
  await suite('Web unit tests', testFiles(path.join(web, 'src')), { cwd: web });
  say('Web: stylesheets parse and pass stylelint (an unclosed block silently drops every later rule)');
  await step('stylesheet lint', async () => (await run('npm', ['run', 'lint:css', '-w', 'web'])).code);
  say('Web: generated GraphQL types are current, TypeScript compiles');
  await step('codegen check', async () => (await run('npm', ['run', 'codegen:check', '-w', 'web'])).code);
  await step('web typecheck', async () => (await run('npm', ['run', 'typecheck', '-w', 'web'])).code);
  say('CMS and admin pages (local plugins included): TypeScript compiles');
  await step('cms typecheck', async () => (await run('npm', ['run', 'typecheck', '-w', 'cms'])).code);
}
if (await step('CMS build', () => buildCms())) {
  if (!postgres) {
    // After the build: the plugins read the core's compiled type declarations.
    say('Plugins (their tests included) and the scripts and benchmarks: TypeScript compiles');
    for (const plugin of fs.readdirSync(path.join(ROOT, 'plugins')).sort()) {
      if (fs.existsSync(path.join(ROOT, 'plugins', plugin, 'tsconfig.check.json'))) {
        await step(`plugin ${plugin} typecheck`, async () => (await run('npm', ['run', 'typecheck', '-w', `plugins/${plugin}`])).code);
      }
    }
    const tsc = async (project) =>
      (await run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project])).code;
    await step('cms tests typecheck', () => tsc(path.join(cms, 'tests', 'tsconfig.json')));
    await step('scripts typecheck', () => tsc(path.join(ROOT, 'scripts', 'tsconfig.json')));
    say('GraphQL schema dump is current');
    await step('schema check', async () => (await run('npm', ['run', 'schema:check', '-w', 'cms'])).code);
  }
  const db = postgres ? 'postgres' : 'sqlite';
  // The production profile: PostgreSQL plus Redis (counters, rate limits, captcha replay store).
  const redis = postgres ? { TEST_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' } : {};
  // The demo seed runs once for the whole suite; each file gets a copy of the seeded database (tests/helpers/portal.ts).
  const template = `portal_seed_${process.pid}`;
  const apiEnv = { TEST_DATABASE: db, TEST_SEED_TEMPLATE: template, ...redis };
  // The seed runs here, once, before the files start: then every file only copies it, and two files
  // (each its own database, ports and Redis prefix) run side by side, one per core.
  await step(
    'demo seed for the API suite',
    async () =>
      (
        await run(process.execPath, ['--import', 'tsx', '-e', `require('./tests/helpers/portal').prepareSeedTemplate()`], {
          cwd: cms,
          env: { ...process.env, ...apiEnv },
        })
      ).code,
  );
  await suite(`CMS API suite on ${db}${postgres ? ' + Redis' : ''}`, testFiles(path.join(cms, 'tests', 'api')), {
    cwd: cms,
    env: apiEnv,
    concurrency: Number(process.env.TEST_API_CONCURRENCY ?? 2),
  });
  await run(
    process.execPath,
    ['--import', 'tsx', '-e', `require('./tests/helpers/portal').dropSeedTemplates(${JSON.stringify(template)})`],
    { cwd: cms },
  );
  if (!postgres) await suite('Web end-to-end (Chromium)', [path.join(web, 'tests', 'e2e', 'all.e2e.ts')], { cwd: web });
}

process.stdout.write(`\nTime per part:\n${timings.map(([name, s]) => `  ${String(s).padStart(5)} s  ${name}`).join('\n')}\n`);
process.stdout.write(
  `\n${failures.length ? `Failed: ${failures.join(', ')}\n` : ''}tests: ${totals.passed} passed, ${totals.failed} failed\n`,
);
process.exit(failures.length ? 1 : 0);
