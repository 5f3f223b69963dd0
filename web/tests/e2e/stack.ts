/**
 * The whole portal for end-to-end tests: a real Strapi on a throwaway database (seeded by the real
 * seed), a production build of the web (`next build` into .next-test), `next start`, and Debian's
 * Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { adminToken, createDatabase, freePort, seed, startServer, type Database, type Server } from '../../../cms/tests/helpers/portal';
import { sharedFixture } from '../../../cms/tests/helpers/shared-fixture';

export const WEB_DIR = path.resolve(__dirname, '..', '..');
export const NEXT_BIN = path.resolve(path.dirname(require.resolve('next/package.json', { paths: [WEB_DIR] })), 'dist', 'bin', 'next');
const DIST = '.next-test';

function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_BIN, ...args], { cwd: WEB_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Demo articles the seed always creates, which several suites read (slugs per locale). */
export const DEMO_ARTICLES = {
  featured: {
    vi: 'doan-tham-dinh-cua-hdnd-tinh-lam-viec-ve-chi-so-cai-cach-hanh-chinh-nam-2019-cua-huyen',
    en: 'provincial-council-team-appraises-the-district-s-2019-administrative-reform-index',
  },
  receptionFigures: { vi: 'tiep-nhan-76-936-ho-so-khong-co-ho-so-qua-han' },
} as const;

export interface Stack {
  db: Database;
  cms: Server;
  webUrl: string;
  secret: string;
  browser: Browser;
  webLogs: () => string;
  /**
   * A second `next start` of the same build with settings added (for a deployment profile the default
   * web does not have, e.g. TRUSTED_PROXIES behind nginx). The caller stops it before the stack stops.
   */
  startWeb(extraEnv: Record<string, string>): Promise<WebServer>;
  stopCms(): Promise<void>;
  stop(): Promise<void>;
}

export interface WebServer {
  url: string;
  port: number;
  logs(): string;
  stop(): Promise<void>;
}

/**
 * `next start` of a build (DIST, or the env's NEXT_DIST_DIR) on a free port, once `readyPath` answers `ready`
 * (the home page with a 200 by default; the sitemap benchmark waits on a path that asks the CMS nothing).
 */
export async function startNext(
  env: NodeJS.ProcessEnv,
  port?: number,
  { readyPath = '/vi', ready = (status: number): boolean => status === 200, timeoutMs = 60_000 } = {},
): Promise<WebServer> {
  const webPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${webPort}`;
  let logs = '';
  const web = runNext(['start', '-p', String(webPort), '-H', '127.0.0.1'], env);
  web.stdout!.on('data', (d) => (logs += d));
  web.stderr!.on('data', (d) => (logs += d));
  const exited = new Promise<void>((resolve) => web.once('exit', () => resolve()));
  const stop = async () => {
    if (web.exitCode === null && web.signalCode === null) web.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (ready((await fetch(`${url}${readyPath}`)).status)) break;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer:\n${logs}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, port: webPort, logs: () => logs, stop };
}

/**
 * Every e2e file asks for the stack in its `before` hook and stops it in its `after` hook. Within one
 * process they share a single stack (one seed, one CMS, one `next build`): `npm test` loads every file
 * into one process (all.e2e.ts), so the suite pays for the stack once; a file run on its own gets its
 * own (sharedFixture).
 */
const SHARED_SYNTHETIC_ARTICLES = 30;
const sharedStack = sharedFixture(() => launchStack({ syntheticArticles: SHARED_SYNTHETIC_ARTICLES }));

export async function startStack({ syntheticArticles = 0 } = {}): Promise<Stack> {
  if (syntheticArticles > SHARED_SYNTHETIC_ARTICLES)
    throw new Error(`the shared e2e stack seeds ${SHARED_SYNTHETIC_ARTICLES} synthetic articles`);
  return sharedStack();
}

async function launchStack({ syntheticArticles = 0 } = {}): Promise<Stack> {
  const db = await createDatabase();
  const seeded = await seed(db, ...(syntheticArticles ? ['--articles', String(syntheticArticles)] : []));
  if (seeded.code !== 0) throw new Error(`seed failed: ${seeded.stderr}`);

  const secret = crypto.randomBytes(16).toString('hex');
  const webPort = await freePort();
  const webUrl = `http://127.0.0.1:${webPort}`;
  // Scheduled publishing ticks every second here (30 s by default) so the desk suite waits little.
  const cms = await startServer(db, { WEB_URL: webUrl, REVALIDATE_SECRET: secret, PORTAL_SCHEDULER_TICK_SECONDS: '1' });

  const env = {
    ...process.env,
    CMS_URL: cms.url,
    SITE_URL: webUrl,
    REVALIDATE_SECRET: secret,
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
  };
  fs.rmSync(path.join(WEB_DIR, DIST), { recursive: true, force: true });
  let buildLog = '';
  const build = runNext(['build'], env);
  build.stdout!.on('data', (d) => (buildLog += d));
  build.stderr!.on('data', (d) => (buildLog += d));
  const code = await new Promise<number | null>((resolve) => build.on('close', resolve));
  if (code !== 0) throw new Error(`next build failed:\n${buildLog}`);

  const web = await startNext(env, webPort);

  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH.`);
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });

  let cmsStopped = false;
  return {
    db,
    cms,
    webUrl,
    secret,
    browser,
    webLogs: () => web.logs(),
    startWeb: (extraEnv) => startNext({ ...env, ...extraEnv }),
    async stopCms() {
      cmsStopped = true;
      await cms.stop();
    },
    async stop() {
      await browser.close().catch(() => {});
      await web.stop();
      if (!cmsStopped) await cms.stop();
      await db.drop();
      fs.rmSync(path.join(WEB_DIR, DIST), { recursive: true, force: true });
    },
  };
}

/** Poll until `check` passes (for revalidation, which completes within seconds). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
  message = 'condition not met',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${message} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const tokens = new Map<string, Promise<string>>();
/**
 * An admin API token for a staff member, one login per person and CMS for the whole run: the suites sharing the
 * stack would otherwise log the editor in more often than Strapi's login rate limit allows (5 in 5 minutes).
 */
export function staffToken(cmsUrl: string, who: { email: string; password: string }): Promise<string> {
  const key = `${cmsUrl} ${who.email}`;
  let token = tokens.get(key);
  if (!token) {
    token = adminToken(cmsUrl, who);
    token.catch(() => tokens.delete(key));
    tokens.set(key, token);
  }
  return token;
}

const DESKTOP_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const PHONE_AGENT = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';
let citizens = 0;

/**
 * Another citizen's own browser. Until a person has voted there is no cookie (Law 91: nothing before they
 * act), so the portal tells people apart by address and browser; every test browser comes from one address,
 * so each context gets a browser string of its own (a phone's when the options ask for a phone).
 */
export function citizenContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  citizens += 1;
  const agent = options.userAgent ?? (options.isMobile ? PHONE_AGENT : DESKTOP_AGENT);
  return browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...options,
    userAgent: `${agent} citizen/${process.pid}-${citizens}`,
  });
}
