import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { NODES_TABLE } from '../migrations/nodes-and-jobs';
import { getConfig } from '../utils/config';
import { getService } from '../utils/get-service';

export interface NodeRow {
  id: string;
  host: string;
  pid: number;
  started_at: number;
  last_seen: number;
}

/** A row left by a process of this host that is gone (a crash, then a restart within the heartbeat window). */
function deadHere(row: NodeRow, host: string): boolean {
  if (row.host !== host) return false;
  if (Number(row.pid) === process.pid) return true; // our own earlier life (a container restarts with the same pid)
  try {
    process.kill(Number(row.pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * This CMS node among the others on the same database: an id of its own (`<host>-<pid>-<random>`), and
 * a heartbeat row in `portal_nodes` (written every `nodes.heartbeatSeconds`; a node unseen for three
 * heartbeats is gone). Without Redis, node-local state (online now, view cooldowns, the embedded search
 * index, the feed's response cache) cannot be shared, so a second node refuses to start.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const host = os.hostname();
  const id = `${host.slice(0, 50)}-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  const startedAt = Date.now();
  let timer: NodeJS.Timeout | null = null;
  const knex = () => strapi.db.connection as unknown as Knex;
  const heartbeatMs = () => getConfig(strapi).nodes.heartbeatSeconds * 1000;

  const service = {
    /** This node's id (also written in job leases and public-change events). */
    id,
    host,
    /** Nodes seen within three heartbeats, this one included (oldest first). */
    async live(now = Date.now()): Promise<NodeRow[]> {
      const rows = (await knex()(NODES_TABLE)
        .where('last_seen', '>=', now - 3 * heartbeatMs())
        .orderBy([{ column: 'started_at' }, { column: 'id' }])
        .select('id', 'host', 'pid', 'started_at', 'last_seen')) as NodeRow[];
      return rows.map((r) => ({ ...r, pid: Number(r.pid), started_at: Number(r.started_at), last_seen: Number(r.last_seen) }));
    },
    /**
     * Registers this node and starts its heartbeat. Without Redis, another live node on this database
     * (started before this one) makes this one refuse to start: one log line, exit code 1.
     */
    async start(): Promise<void> {
      const now = Date.now();
      await knex()(NODES_TABLE).insert({ id, host, pid: process.pid, started_at: startedAt, last_seen: now });
      if (!getService(strapi, 'redis').enabled) {
        const other = (await service.live(now)).find(
          (row) => row.id !== id && !deadHere(row, host) && (row.started_at < startedAt || (row.started_at === startedAt && row.id < id)),
        );
        if (other) {
          await knex()(NODES_TABLE)
            .where({ id })
            .delete()
            .catch(() => undefined);
          strapi.log.error(
            `[portal-core] refusing to start: CMS node ${other.host} (pid ${other.pid}) already runs on this database without Redis — set REDIS_URL on every node to run several (online now, view cooldowns, search and caches are per node without it), or stop the other node.`,
          );
          process.exit(1);
        }
      }
      timer = setInterval(() => {
        const at = Date.now();
        void knex()(NODES_TABLE)
          .where({ id })
          .update({ last_seen: at })
          .then(async (n: number) => {
            // Deleted by someone (or never written after a database restore): write it again.
            if (n === 0) await knex()(NODES_TABLE).insert({ id, host, pid: process.pid, started_at: startedAt, last_seen: at });
            // Rows of nodes gone for a day are forgotten.
            await knex()(NODES_TABLE)
              .where('last_seen', '<', at - 86_400_000)
              .delete();
          })
          .catch((e: Error) => strapi.log.warn(`[portal-core] node heartbeat failed: ${e.message}`));
      }, heartbeatMs());
      timer.unref();
    },
    /** Stops the heartbeat and removes this node's row (a graceful shutdown). */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await knex()(NODES_TABLE)
        .where({ id })
        .delete()
        .catch(() => undefined);
    },
  };
  return service;
};
