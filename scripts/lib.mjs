// Small helpers shared by the root scripts (no dependencies).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The profile `npm start` runs both apps in, and the API and browser suites test: production (no
 * GraphQL introspection, Strapi's production server, Next's production build) on the embedded
 * defaults (SQLite file, in-process services), with nothing for the user to set.
 * `npm run develop` is the development server, for schema work in the Content-Type Builder.
 */
export const START_PROFILE = Object.freeze(JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'start-profile.json'), 'utf8')));

export const say = (message) => process.stdout.write(`\x1b[1m▶ ${message}\x1b[0m\n`);

/** Run a command, inheriting the terminal; resolves with the exit code. */
export function run(command, args, { cwd = ROOT, env = process.env, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => {
        output += d;
        process.stdout.write(d);
      });
      child.stderr.on('data', (d) => {
        output += d;
        process.stderr.write(d);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function walk(dir, files = []) {
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.tmp', '.cache', '.strapi', 'build', '.next', '__tests__'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, files);
    else files.push(full);
  }
  return files;
}

/** A hash of the sources that make up a build, to skip rebuilding when nothing changed. */
export function sourceHash(dirs) {
  const hash = crypto.createHash('sha256');
  for (const dir of dirs) {
    const target = path.join(ROOT, dir);
    const files = fs.existsSync(target) && fs.statSync(target).isFile() ? [target] : walk(target);
    for (const file of files.sort()) {
      hash.update(path.relative(ROOT, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Build the CMS (TypeScript + admin panel) unless its sources are unchanged since the last build. */
export async function buildCms({ force = false } = {}) {
  const stamp = path.join(ROOT, 'cms', 'dist', '.build-stamp');
  const hash = sourceHash(['cms/src', 'cms/config', 'cms/package.json', 'cms/tsconfig.json', 'plugins']);
  const built = fs.existsSync(path.join(ROOT, 'cms', 'dist', 'build', 'index.html'));
  if (!force && built && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    say('CMS build is up to date');
    return 0;
  }
  say('Building the CMS (TypeScript and admin panel, about a minute)');
  const { code } = await run('npm', ['run', 'build', '-w', 'cms']);
  if (code === 0) fs.writeFileSync(stamp, hash);
  return code;
}

/** Variables of a dotenv file (KEY=value lines; later lines win, as in dotenv). */
export function readEnvFile(file) {
  if (!fs.existsSync(file)) return {};
  const out = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match) out[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/** Poll a URL until it answers with one of the expected statuses. */
export async function waitFor(url, { statuses = [200, 204], timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (statuses.includes(res.status)) return true;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Build the web portal unless its sources are unchanged. The CMS must be running (home pages are prerendered). */
export async function buildWeb({ env = process.env, force = false } = {}) {
  const stamp = path.join(ROOT, 'web', '.next', '.build-stamp');
  const hash = sourceHash(['web/src', 'web/package.json', 'web/next.config.ts', 'web/tsconfig.json']) + (env.CMS_URL ?? '');
  if (!force && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    say('Web build is up to date');
    return 0;
  }
  say('Building the web portal (Next.js production build)');
  // Cached CMS responses from another database must not leak into this build.
  fs.rmSync(path.join(ROOT, 'web', '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
  const { code } = await run('npm', ['run', 'build', '-w', 'web'], { env: { ...env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (code === 0) fs.writeFileSync(stamp, hash);
  return code;
}
