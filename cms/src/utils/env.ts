/**
 * Environment handling shared by every file in `config/`.
 *
 * - Secrets that are missing (APP_KEYS, JWT secrets, salts) are generated once into the
 *   ignored `cms/.env`, so a fresh clone boots with no manual step and nothing secret is committed.
 * - Variables with a closed set of values are validated here; a bad value stops boot with one line
 *   naming the variable and what is allowed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Folder of the Strapi app (`cms/`), whether running from `config/` or the compiled `dist/config/`. */
export function appRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === '@portal/cms') return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

const random = (bytes = 24) => crypto.randomBytes(bytes).toString('base64');

const SECRETS: Record<string, () => string> = {
  APP_KEYS: () => [random(), random(), random(), random()].join(','),
  API_TOKEN_SALT: () => random(),
  ADMIN_JWT_SECRET: () => random(),
  TRANSFER_TOKEN_SALT: () => random(),
  JWT_SECRET: () => random(),
  ENCRYPTION_KEY: () => random(32),
  // Shared with the web portal: the CMS signs its revalidation calls with it.
  REVALIDATE_SECRET: () => random(),
};

export const ALLOWED = {
  DATABASE_CLIENT: ['sqlite', 'postgres'],
  NODE_ENV: ['development', 'production', 'test'],
} as const;

export class EnvError extends Error {}

/** Fill in missing secrets, persisting them to `cms/.env` so they survive restarts. */
export function ensureSecrets(env: NodeJS.ProcessEnv = process.env, file = path.join(appRoot(), '.env')): string[] {
  const missing = Object.keys(SECRETS).filter((name) => !env[name] || /^tobemodified/i.test(env[name] ?? ''));
  if (missing.length === 0) return [];
  const lines = missing.map((name) => {
    const value = SECRETS[name]!();
    env[name] = value;
    return `${name}=${value}`;
  });
  const prefix = fs.existsSync(file) && !fs.readFileSync(file, 'utf8').endsWith('\n') ? '\n' : '';
  fs.appendFileSync(file, `${prefix}# generated on first run ${new Date().toISOString()}\n${lines.join('\n')}\n`, {
    mode: 0o600,
  });
  return missing;
}

/** Check variables with a closed set of values. Returns the first problem as one line, or null. */
export function checkEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const [name, allowed] of Object.entries(ALLOWED)) {
    const value = env[name];
    if (value !== undefined && value !== '' && !(allowed as readonly string[]).includes(value)) {
      return `Invalid ${name}="${value}": allowed values are ${allowed.join(', ')}.`;
    }
  }
  for (const name of ['PORT', 'DATABASE_PORT', 'DATABASE_POOL_MIN', 'DATABASE_POOL_MAX']) {
    const value = env[name];
    if (value !== undefined && value !== '' && !/^\d+$/.test(value)) {
      return `Invalid ${name}="${value}": expected a whole number.`;
    }
  }
  if (env.DATABASE_CLIENT === 'postgres' && env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    return 'Invalid DATABASE_URL: expected postgres://user:password@host:port/database.';
  }
  return null;
}

let prepared = false;

/** Called at the top of every config file: generate secrets once, then validate or stop boot. */
export function preparePortalEnv(): void {
  if (prepared) return;
  prepared = true;
  ensureSecrets();
  const problem = checkEnv();
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
}
