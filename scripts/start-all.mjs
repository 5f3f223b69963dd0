#!/usr/bin/env node
// `npm start`: build what changed, seed an empty database, then run the portal on the embedded
// default (SQLite, in-process services). Ctrl+C stops everything.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, buildCms, run, say } from './lib.mjs';

const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };

if ((await buildCms()) !== 0) process.exit(1);

say('Seeding demo content (skipped when the database already has content)');
const seeded = await run('npm', ['run', 'seed', '-w', 'cms', '--', '--if-empty'], { env });
if (seeded.code !== 0) process.exit(seeded.code);

say('Starting the CMS on http://localhost:1337 (admin: http://localhost:1337/admin)');
const children = [
  spawn(process.execPath, [path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: path.join(ROOT, 'cms'),
    env,
    stdio: 'inherit',
  }),
];

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
