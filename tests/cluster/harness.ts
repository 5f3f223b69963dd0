/**
 * One cluster for every file of tests/cluster (2 CMS nodes, 2 web nodes, nginx; PostgreSQL + Redis), shared
 * like the e2e stack: `npm run test:cluster` loads the files into one process (all.cluster.ts), so the run
 * pays for one seed and one set of boots; a file run alone gets its own. Stopped when the last file is done.
 */
import crypto from 'node:crypto';
import { EDITOR, adminToken, createDatabase, pgClient, type Database } from '../../cms/tests/helpers/portal';
import { sharedFixture } from '../../cms/tests/helpers/shared-fixture';
import { startCluster, type Cluster } from '../../scripts/cluster';

export interface TestCluster extends Cluster {
  db: Database;
  /** Runs SQL on the cluster's PostgreSQL database. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Headers of the editor's admin session (one login per run: Strapi allows 5 in 5 minutes). */
  editor(): Promise<Record<string, string>>;
}

/** Settings that let a few test clients post many comments and ratings (the defaults suit citizens). */
export const LOAD_FRIENDLY_CMS_ENV = {
  REVIEWS_AUTO_APPROVE: 'true',
  REVIEWS_COMMENT_LIMIT: '100000/600',
  REVIEWS_RATING_LIMIT: '100000/600',
  REVIEWS_VOTES_PER_NETWORK: '100000/86400',
  REVIEWS_CAPTCHA_COUNTER_MIN: '10',
  REVIEWS_CAPTCHA_COUNTER_MAX: '200',
  VISIT_COUNTER_HITS_PER_ADDRESS_PER_MINUTE: '1000000',
  VISIT_COUNTER_VISITORS_PER_ADDRESS_PER_DAY: '1000000',
};

async function launch(): Promise<TestCluster> {
  if (!process.env.TEST_REDIS_URL && !process.env.REDIS_URL) process.env.TEST_REDIS_URL = 'redis://127.0.0.1:6379';
  const db = await createDatabase('postgres');
  let cluster: Cluster;
  try {
    cluster = await startCluster({
      db,
      seed: true,
      redisUrl: process.env.TEST_REDIS_URL ?? process.env.REDIS_URL,
      redisPrefix: `portal-test-cluster:${process.pid}:${crypto.randomBytes(3).toString('hex')}:`,
      cmsEnv: LOAD_FRIENDLY_CMS_ENV,
      log: (m) => process.stdout.write(`# cluster: ${m}\n`),
    });
  } catch (error) {
    await db.drop();
    throw error;
  }
  const pg = pgClient(db);
  await pg.connect();
  let token: Promise<string> | undefined;
  return {
    ...cluster,
    db,
    sql: async (text, params) => (await pg.query(text, params)).rows,
    editor: async () => ({ Authorization: `Bearer ${await (token ??= adminToken(cluster.cmsFront, EDITOR))}` }),
    async stop() {
      await pg.end().catch(() => {});
      await cluster.stop();
      await db.drop();
    },
  };
}

/** The process's one test cluster (launched by the first file that asks, stopped after the last). */
export const useCluster = sharedFixture(launch);

export const CM = '/content-manager/collection-types/api::article.article';

/** Milliseconds until `check` holds (polled every 100 ms), or null after `timeoutMs`. */
export async function msUntil(check: () => Promise<boolean>, since: number, timeoutMs = 20_000): Promise<number | null> {
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - since;
    if (Date.now() - since > timeoutMs) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}
