import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { JOB_LEASES_TABLE } from '../migrations/nodes-and-jobs';
import { getConfig } from '../utils/config';
import { getService } from '../utils/get-service';

interface Job {
  name: string;
  intervalMs: number;
  fn: () => Promise<unknown>;
  immediately: boolean;
  held: boolean;
  running: boolean;
  timer: NodeJS.Timeout | null;
}

/**
 * Periodic work that must run on one CMS node at a time (the scheduler, the audit purge, the salt
 * clean-up, Meilisearch's drift check). Each job has a lease row in `portal_job_leases` (holder, expires
 * at): every third of `nodes.jobLeaseSeconds` each node takes or renews the leases it can — one
 * conditional UPDATE (`… WHERE holder = me OR expires_at < now`, so the database lets one node win), or
 * an INSERT for a job nobody ran yet. Only the holder runs the job: at once when it takes the lease,
 * then every `intervalMs`. A node that dies stops renewing; after the lease time another node takes
 * the job over. A graceful stop hands its leases back at once. Only nodes that serve requests take
 * part (`begin`, called when the node starts listening).
 *
 * Why a lease row in the database rather than a Redis lock (e.g. redlock): every one of these jobs
 * writes to that database, so it is the one service they cannot do without; the same code serves
 * SQLite (one node), PostgreSQL with or without Redis, and there is no second source of truth to
 * disagree with it. The lease row also tells the operator which node runs what and when it last ran.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = new Map<string, Job>();
  const knex = () => strapi.db.connection as unknown as Knex;
  const me = () => getService(strapi, 'nodes').id;
  const leaseMs = () => getConfig(strapi).nodes.jobLeaseSeconds * 1000;
  let renewTimer: NodeJS.Timeout | null = null;
  let stopped = false;
  let begun = false;

  async function takeLease(name: string): Promise<boolean> {
    const now = Date.now();
    const until = now + leaseMs();
    const updated = await knex()(JOB_LEASES_TABLE)
      .where({ name })
      .andWhere((q) => q.where('holder', me()).orWhere('expires_at', '<', now))
      .update({ holder: me(), expires_at: until });
    if (updated > 0) return true;
    await knex()(JOB_LEASES_TABLE).insert({ name, holder: me(), expires_at: until }).onConflict('name').ignore();
    const row = (await knex()(JOB_LEASES_TABLE).where({ name }).first('holder')) as { holder: string } | undefined;
    return row?.holder === me();
  }

  async function run(job: Job): Promise<void> {
    if (!job.held || job.running || stopped) return;
    job.running = true;
    try {
      await job.fn();
      await knex()(JOB_LEASES_TABLE).where({ name: job.name, holder: me() }).update({ last_run_at: Date.now(), last_run_by: me() });
    } catch (error) {
      strapi.log.warn(`[portal-core] job ${job.name} failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      job.running = false;
    }
  }

  async function renew(job: Job): Promise<void> {
    const before = job.held;
    try {
      job.held = await takeLease(job.name);
    } catch (error) {
      job.held = false;
      strapi.log.warn(`[portal-core] job ${job.name}: lease not renewed (${error instanceof Error ? error.message : error})`);
    }
    if (job.held && !before && job.immediately) await run(job);
  }

  function ensureRenewing(): void {
    if (renewTimer) return;
    renewTimer = setInterval(
      () => {
        for (const job of jobs.values()) void renew(job);
      },
      Math.max(200, Math.floor(leaseMs() / 3)),
    );
    renewTimer.unref();
  }

  function activate(job: Job): void {
    job.timer = setInterval(() => void run(job), job.intervalMs);
    job.timer.unref();
    ensureRenewing();
    void renew(job);
  }

  return {
    /**
     * Starts competing for the jobs (called once this node serves requests: a script that loads Strapi
     * without listening — the seed, an import — never runs them).
     */
    begin(): void {
      if (begun || stopped) return;
      begun = true;
      for (const job of jobs.values()) activate(job);
    },
    /**
     * Runs `fn` every `intervalMs` on the one node holding the job's lease (and, unless `immediately` is
     * false, at once when a node takes it). Returns a function that stops the job here and hands the
     * lease back.
     */
    runExclusive(
      name: string,
      intervalMs: number,
      fn: () => Promise<unknown>,
      { immediately = true }: { immediately?: boolean } = {},
    ): () => Promise<void> {
      if (jobs.has(name)) throw new Error(`portal-core: job ${name} is already running`);
      const job: Job = {
        name,
        intervalMs,
        fn,
        immediately,
        held: false,
        running: false,
        timer: null,
      };
      jobs.set(name, job);
      if (begun) activate(job);
      return async () => {
        if (job.timer) clearInterval(job.timer);
        jobs.delete(name);
        if (job.held)
          await knex()(JOB_LEASES_TABLE)
            .where({ name, holder: me() })
            .update({ expires_at: 0 })
            .catch(() => undefined);
        job.held = false;
      };
    },
    /** Whether this node runs `name` now. */
    holds: (name: string) => jobs.get(name)?.held ?? false,
    /** Stops every job of this node and hands the leases back (a graceful shutdown). */
    async stop(): Promise<void> {
      stopped = true;
      if (renewTimer) clearInterval(renewTimer);
      renewTimer = null;
      const names = [...jobs.values()].filter((j) => j.held).map((j) => j.name);
      for (const job of jobs.values()) if (job.timer) clearInterval(job.timer);
      jobs.clear();
      if (names.length)
        await knex()(JOB_LEASES_TABLE)
          .whereIn('name', names)
          .andWhere({ holder: me() })
          .update({ expires_at: 0 })
          .catch(() => undefined);
    },
  };
};
