/**
 * Test harness: a real Strapi (`strapi start`, compiled app) on a throwaway database.
 * TEST_DATABASE=sqlite (default) uses a temporary file; TEST_DATABASE=postgres creates a fresh
 * database on 127.0.0.1:5432 and drops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

export const CMS_DIR = path.resolve(__dirname, '..', '..');
export const STRAPI_BIN = path.resolve(path.dirname(require.resolve('@strapi/strapi', { paths: [CMS_DIR] })), '..', 'bin', 'strapi.js');
const TSX = require.resolve('tsx/cli', { paths: [CMS_DIR] });

export const ADMIN = { email: 'admin@portal.test', password: 'Admin-test-123' };
export const EDITOR = { email: 'editor@portal.test', password: 'Editor-test-123' };
export const AUTHOR = { email: 'reporter@portal.test', password: 'Author-test-123' };

export interface Database {
  kind: 'sqlite' | 'postgres';
  env: Record<string, string>;
  drop(): Promise<void>;
}

const pgAdmin = () =>
  new Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    database: 'postgres',
  });

export async function createDatabase(kind = (process.env.TEST_DATABASE ?? 'sqlite') as Database['kind']): Promise<Database> {
  const name = `portal_test_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  if (kind === 'postgres') {
    const client = pgAdmin();
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    return {
      kind,
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: '127.0.0.1',
        DATABASE_PORT: '5432',
        DATABASE_NAME: name,
        DATABASE_USERNAME: process.env.PGUSER ?? 'postgres',
        DATABASE_PASSWORD: process.env.PGPASSWORD ?? '',
      },
      async drop() {
        const c = pgAdmin();
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const file = path.join(CMS_DIR, '.tmp', `${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return {
    kind,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    async drop() {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    },
  };
}

/**
 * Redis for the production-profile run: `npm run test:postgres` sets TEST_REDIS_URL, and every server a
 * test starts then gets REDIS_URL plus a key prefix of its own, so parallel or repeated runs never share keys.
 */
export function redisEnv(): Record<string, string> {
  const url = process.env.TEST_REDIS_URL;
  return url ? { REDIS_URL: url, REDIS_PREFIX: `portal-test:${process.pid}:${crypto.randomBytes(3).toString('hex')}:` } : {};
}

export const redisMode = () => Boolean(process.env.TEST_REDIS_URL);

/** The profile `npm start` runs the CMS in (scripts/start-profile.json): what the suites test. */
export const START_PROFILE: { NODE_ENV: 'production' | 'development' } = JSON.parse(
  fs.readFileSync(path.resolve(CMS_DIR, '..', 'scripts', 'start-profile.json'), 'utf8'),
);

export function baseEnv(db: Database): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...db.env,
    NODE_ENV: START_PROFILE.NODE_ENV,
    LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SEED_ADMIN_EMAIL: ADMIN.email,
    SEED_ADMIN_PASSWORD: ADMIN.password,
    SEED_EDITOR_EMAIL: EDITOR.email,
    SEED_EDITOR_PASSWORD: EDITOR.password,
    SEED_AUTHOR_EMAIL: AUTHOR.email,
    SEED_AUTHOR_PASSWORD: AUTHOR.password,
  };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${args.join(' ')}\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * The demo seed on a fresh database. Within one `npm test` run (scripts/test-all.mjs sets TEST_SEED_TEMPLATE to
 * a name of its own), the plain seed runs once per database kind; later suites get a copy of that database
 * (the SQLite file, or PostgreSQL's CREATE DATABASE … TEMPLATE) and the same output. A seed with arguments
 * always runs. Run alone, a suite seeds as before.
 */
export async function seed(db: Database, ...args: string[]): Promise<RunResult> {
  const template = process.env.TEST_SEED_TEMPLATE;
  if (args.length || !template || !/^portal_seed_\w+$/.test(template)) return runSeed(db, args);
  const output = path.join(CMS_DIR, '.tmp', `${template}.${db.kind}.json`);
  if (fs.existsSync(output)) {
    await cloneTemplate(db, template);
    return JSON.parse(fs.readFileSync(output, 'utf8')) as RunResult;
  }
  const result = await runSeed(db, args);
  if (result.code === 0) {
    await saveTemplate(db, template);
    fs.writeFileSync(output, JSON.stringify(result));
  }
  return result;
}

const runSeed = (db: Database, args: string[]) =>
  run([TSX, 'scripts/seed.ts', ...args], baseEnv(db), Number(process.env.TEST_SEED_TIMEOUT_MS ?? 300_000));

async function saveTemplate(db: Database, template: string): Promise<void> {
  if (db.kind === 'postgres') {
    const c = pgAdmin();
    await c.connect();
    try {
      await c.query(`CREATE DATABASE ${template} TEMPLATE ${db.env.DATABASE_NAME}`);
    } finally {
      await c.end();
    }
    return;
  }
  // The seed's process has exited; a write-ahead log it left (if any) is copied with the file.
  for (const suffix of ['', '-wal']) {
    const from = db.env.DATABASE_FILENAME! + suffix;
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(CMS_DIR, '.tmp', `${template}.db${suffix}`));
  }
}

async function cloneTemplate(db: Database, template: string): Promise<void> {
  if (db.kind === 'postgres') {
    const c = pgAdmin();
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${db.env.DATABASE_NAME}`);
      await c.query(`CREATE DATABASE ${db.env.DATABASE_NAME} TEMPLATE ${template}`);
    } finally {
      await c.end();
    }
    return;
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(db.env.DATABASE_FILENAME! + suffix, { force: true });
  for (const suffix of ['', '-wal']) {
    const from = path.join(CMS_DIR, '.tmp', `${template}.db${suffix}`);
    if (fs.existsSync(from)) fs.copyFileSync(from, db.env.DATABASE_FILENAME! + suffix);
  }
}

/**
 * Runs the plain demo seed once into the run's template (scripts/test-all.mjs, before the API files start side by
 * side), so no two files seed at the same time. Exits non-zero when the seed fails.
 */
export async function prepareSeedTemplate(): Promise<void> {
  const db = await createDatabase();
  try {
    const result = await seed(db);
    if (result.code !== 0) {
      process.stderr.write(`demo seed failed (${result.code}):\n${result.stdout}\n${result.stderr}\n`);
      process.exitCode = 1;
    }
  } finally {
    await db.drop();
  }
}

/** Drops what `seed` kept for one run (called by scripts/test-all.mjs when its suites are done). */
export async function dropSeedTemplates(template: string): Promise<void> {
  for (const kind of ['sqlite', 'postgres']) fs.rmSync(path.join(CMS_DIR, '.tmp', `${template}.${kind}.json`), { force: true });
  for (const suffix of ['', '-wal']) fs.rmSync(path.join(CMS_DIR, '.tmp', `${template}.db${suffix}`), { force: true });
  if (!/^portal_seed_\w+$/.test(template)) return;
  const c = pgAdmin();
  try {
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${template}`);
  } catch {
    /* PostgreSQL not running: nothing was kept there */
  } finally {
    await c.end().catch(() => undefined);
  }
}
/** Benchmark articles written in bulk (scripts/seed-bulk.ts), after `seed`. */
export const seedBulk = (db: Database, articles: number) =>
  run([TSX, 'scripts/seed-bulk.ts', '--articles', String(articles)], baseEnv(db), 1_800_000);
export const importDossiers = (db: Database, file: string, timeoutMs?: number) =>
  run([TSX, 'scripts/import-dossiers.ts', file], baseEnv(db), timeoutMs);
export const strapiCommand = (env: NodeJS.ProcessEnv, ...args: string[]) => run([STRAPI_BIN, ...args], env, 60_000);

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  url: string;
  logs: () => string;
  /** The CMS process (e.g. to find this node's row in `portal_nodes`). */
  pid: number;
  stop(): Promise<void>;
  /** Ends the process at once with SIGKILL, as a crash would (no shutdown hooks run). */
  kill(): Promise<void>;
}

/** `strapi start` on a free port; resolves when /_health answers. */
export async function startServer(
  db: Database,
  extraEnv: Record<string, string> = {},
  { startTimeoutMs = Number(process.env.TEST_START_TIMEOUT_MS ?? 90_000) } = {},
): Promise<Server> {
  const port = await freePort();
  let logs = '';
  const child: ChildProcess = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: CMS_DIR,
    // The suites call the CMS anonymously far faster than any visitor: the per-IP GraphQL budget is
    // lifted here (partner-feed.test.ts sets its own low budgets to test the rate limits).
    env: { ...baseEnv(db), ...redisEnv(), HOST: '127.0.0.1', PORT: String(port), FEED_RATE_ANONYMOUS_POINTS: '10000000', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (logs += d));
  child.stderr!.on('data', (d) => (logs += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`strapi exited with ${child.exitCode}:\n${logs}`);
    try {
      const res = await fetch(`${url}/_health`);
      if (res.status === 204) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL'); // not left running (its pipes would keep the test process alive)
      throw new Error(`strapi did not become healthy:\n${logs}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    logs: () => logs,
    pid: child.pid!,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/** A small HTTP client for tests: JSON in, status + JSON (or text) out. */
export function client(url: string) {
  async function request(method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(url + pathname, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: any = null; // eslint-disable-line @typescript-eslint/no-explicit-any
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, headers: res.headers, text, json };
  }
  return {
    request,
    get: (p: string, h?: Record<string, string>) => request('GET', p, undefined, h),
    graphql: (query: string, variables?: Record<string, unknown>, h?: Record<string, string>) =>
      request('POST', '/graphql', { query, variables }, h),
  };
}

export async function adminToken(url: string, who = ADMIN): Promise<string> {
  const res = await client(url).request('POST', '/admin/login', who);
  if (res.status !== 200) throw new Error(`admin login failed (${res.status}): ${res.text}`);
  return res.json.data.token as string;
}

/** A demo-seeded database (`seed`: a copy of the run's seed template when there is one); fails the caller if the seed fails. */
export async function seededDatabase(seedArgs: string[] = []): Promise<Database> {
  const db = await createDatabase();
  try {
    const seeded = await seed(db, ...seedArgs);
    if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
    return db;
  } catch (error) {
    await db.drop();
    throw error;
  }
}

export interface SeededServer {
  db: Database;
  server: Server;
  url: string;
  api: ReturnType<typeof client>;
  /** `authorization` headers of the accounts asked for in `logins`, by e-mail (each logs in once: the admin login has its own rate limit). */
  auth: Record<string, Record<string, string>>;
  /** Stops the server and drops the database. */
  stop(): Promise<void>;
}

/**
 * The API suites' common start: a seeded database (`seedArgs` go to the seed), `strapi start` on it with `env`,
 * and admin logins for `logins`. Nothing is left behind when a step fails.
 */
export async function startSeededServer({
  seedArgs = [],
  env = {},
  logins = [],
}: { seedArgs?: string[]; env?: Record<string, string>; logins?: Array<typeof ADMIN> } = {}): Promise<SeededServer> {
  const db = await seededDatabase(seedArgs);
  let server: Server | undefined;
  try {
    server = await startServer(db, env);
    const auth: SeededServer['auth'] = {};
    for (const who of logins) auth[who.email] = { authorization: `Bearer ${await adminToken(server.url, who)}` };
    const started = server;
    return {
      db,
      server,
      url: server.url,
      api: client(server.url),
      auth,
      async stop() {
        await started.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await server?.stop();
    await db.drop();
    throw error;
  }
}

/** A client of a test database on PostgreSQL (not connected yet). */
export const pgClient = (db: Database) =>
  new Client({
    host: '127.0.0.1',
    port: Number(db.env.DATABASE_PORT),
    user: db.env.DATABASE_USERNAME,
    database: db.env.DATABASE_NAME,
  });

/**
 * Every row of every table of a test database, as one string: for checks that something (an IP address,
 * an e-mail) is stored nowhere.
 */
export async function allTableText(db: Database): Promise<string> {
  const parts: string[] = [];
  if (db.kind === 'postgres') {
    const c = pgClient(db);
    await c.connect();
    try {
      const tables = await c.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      for (const { table_name: name } of tables.rows) {
        const rows = await c.query(`SELECT * FROM "${name}"`);
        parts.push(`${name}: ${JSON.stringify(rows.rows)}`);
      }
    } finally {
      await c.end();
    }
    return parts.join('\n');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sqlite = require(require.resolve('better-sqlite3', { paths: [CMS_DIR] }));
  const conn = new Sqlite(db.env.DATABASE_FILENAME, { readonly: true });
  try {
    const tables = conn.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>;
    for (const { name } of tables) parts.push(`${name}: ${JSON.stringify(conn.prepare(`SELECT * FROM "${name}"`).all())}`);
  } finally {
    conn.close();
  }
  return parts.join('\n');
}

/**
 * Runs SQL statements on a test database, one after the other (for checks below the APIs, and to turn a
 * database into an older release's); the rows each returned (none for a statement that returns none).
 */
export async function runSql(db: Database, ...statements: string[]): Promise<Array<Array<Record<string, unknown>>>> {
  const results: Array<Array<Record<string, unknown>>> = [];
  if (db.kind === 'postgres') {
    const c = pgClient(db);
    await c.connect();
    try {
      for (const statement of statements) results.push((await c.query(statement)).rows);
    } finally {
      await c.end();
    }
    return results;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sqlite = require(require.resolve('better-sqlite3', { paths: [CMS_DIR] }));
  const conn = new Sqlite(db.env.DATABASE_FILENAME);
  try {
    for (const statement of statements) {
      const prepared = conn.prepare(statement);
      results.push(prepared.reader ? prepared.all() : (prepared.run(), []));
    }
  } finally {
    conn.close();
  }
  return results;
}

/** The column names of a table of a test database. */
export async function columnsOf(db: Database, table: string): Promise<string[]> {
  const [rows] =
    db.kind === 'postgres'
      ? await runSql(db, `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}'`)
      : await runSql(db, `SELECT name FROM pragma_table_info('${table}')`);
  return (rows ?? []).map((r) => String(r.name));
}
