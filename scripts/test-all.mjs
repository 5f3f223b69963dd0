#!/usr/bin/env node
// `npm test`: unit tests, the CMS build and schema check, then the API suite on a throwaway SQLite
// database. `npm run test:postgres` runs the same API suite on PostgreSQL (127.0.0.1:5432).
import path from 'node:path';
import { ROOT, buildCms, run, say } from './lib.mjs';

const postgres = process.argv.includes('--postgres');
const totals = { passed: 0, failed: 0 };
const failures = [];

async function suite(name, args, { cwd, env } = {}) {
  say(name);
  const { code, output } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...args], {
    cwd,
    env: { ...process.env, ...env },
    capture: true,
  });
  const count = (label) => Number((output.match(new RegExp(`ℹ ${label} (\\d+)`)) ?? [])[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail');
  if (code !== 0) failures.push(name);
}

async function step(name, fn) {
  const code = await fn();
  if (code !== 0) {
    failures.push(name);
    return false;
  }
  return true;
}

const cms = path.join(ROOT, 'cms');
if (!postgres) {
  await suite('CMS unit tests', ['src/utils/__tests__/env.test.ts', 'src/utils/__tests__/slug.test.ts'], { cwd: cms });
}
if (await step('CMS build', () => buildCms())) {
  if (!postgres) {
    say('GraphQL schema dump is current');
    await step('schema check', async () => (await run('npm', ['run', 'schema:check', '-w', 'cms'])).code);
  }
  const db = postgres ? 'postgres' : 'sqlite';
  await suite(`CMS API suite on ${db}`, ['tests/api/config.test.ts', 'tests/api/portal-api.test.ts'], { cwd: cms, env: { TEST_DATABASE: db } });
}

process.stdout.write(`\n${failures.length ? `Failed: ${failures.join(', ')}\n` : ''}tests: ${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(failures.length ? 1 : 0);
