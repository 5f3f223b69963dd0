import type { Knex } from 'knex';
import type { Batch, Store } from '../core/batch';
import { T, addTo, addToSql, ensureTables, num, rowsOf } from './tables';

interface CommitPlan {
  hits: number;
  days: Batch['days'];
  /** Per day, the visitor ids this process has not written yet. */
  fresh: Map<string, string[]>;
  perArticle: Map<string, number>;
  views: Array<{ day: string; article: string; views: number }>;
}

interface NativeStatement {
  run(...params: unknown[]): { changes: number };
}
interface NativeSqlite {
  prepare(sql: string): NativeStatement;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
}

function prepareSqliteCommit(conn: NativeSqlite): (plan: CommitPlan) => void {
  const total = conn.prepare(addToSql(T.totals, ['name'], ['value']));
  const visitor = conn.prepare(`INSERT INTO ${T.dayVisitors} (day, visitor) VALUES (?, ?) ON CONFLICT (day, visitor) DO NOTHING`);
  const day = conn.prepare(addToSql(T.days, ['day'], ['hits', 'visitors']));
  const article = conn.prepare(addToSql(T.articles, ['document_id'], ['views']));
  const articleDay = conn.prepare(addToSql(T.articleDays, ['day', 'document_id'], ['views']));
  return conn.transaction((plan: CommitPlan) => {
    total.run('site', plan.hits);
    for (const [d, tally] of plan.days) {
      let added = 0;
      for (const v of plan.fresh.get(d) ?? []) added += visitor.run(d, v).changes;
      day.run(d, tally.hits, added);
    }
    for (const [id, n] of plan.perArticle) article.run(id, n);
    for (const v of plan.views) articleDay.run(v.day, v.article, v.views);
  });
}

/**
 * Database mode (the default): each batch is one transaction of atomic increments
 * (`value = value + n`), so counts stay exact with any number of concurrent hits or CMS processes.
 * "Online now" and the article-view cooldown live in this process's memory: one CMS node (a second node
 * without Redis refuses to start, see the core's `nodes` service; use Redis mode
 * for several).
 */
export class DatabaseStore implements Store {
  readonly kind = 'database' as const;
  /** Visitors already written for a day: skips re-inserting them on every hit. */
  private knownVisitors = new Map<string, Set<string>>();
  private lastSeen = new Map<string, number>();
  private cooldownUntil = new Map<string, number>();
  private sqliteCommit = new WeakMap<NativeSqlite, (plan: CommitPlan) => void>();
  /** better-sqlite3 (the embedded default) gets the native commit path; anything else goes through knex. */
  private readonly embeddedSqlite: boolean;

  constructor(
    private readonly knex: Knex,
    private readonly options: { onlineWindowMs: number; cooldownMs: number },
  ) {
    const client = knex.client as unknown as { config?: { client?: unknown }; driverName?: string };
    this.embeddedSqlite = client.config?.client === 'better-sqlite3' || client.driverName === 'better-sqlite3';
  }

  async init(): Promise<void> {
    await ensureTables(this.knex);
  }

  async commit(batch: Batch): Promise<void> {
    // Article views allowed by the cooldown (one per visitor and article per window).
    const granted: string[] = [];
    const views = new Map<string, { day: string; article: string; views: number }>();
    for (const view of batch.articleViews) {
      const key = `${view.visitor}|${view.article}`;
      if ((this.cooldownUntil.get(key) ?? 0) > view.at) continue;
      this.cooldownUntil.set(key, view.at + this.options.cooldownMs);
      granted.push(key);
      const slot = `${view.day}|${view.article}`;
      const entry = views.get(slot) ?? { day: view.day, article: view.article, views: 0 };
      entry.views += 1;
      views.set(slot, entry);
    }
    const fresh = new Map<string, string[]>();
    for (const [day, tally] of batch.days) {
      const known = this.knownVisitors.get(day);
      fresh.set(day, known ? [...tally.visitors].filter((v) => !known.has(v)) : [...tally.visitors]);
    }
    const perArticle = new Map<string, number>();
    for (const v of views.values()) perArticle.set(v.article, (perArticle.get(v.article) ?? 0) + v.views);
    const plan: CommitPlan = { hits: batch.hits, days: batch.days, fresh, perArticle, views: [...views.values()] };
    try {
      if (this.embeddedSqlite) await this.commitSqlite(plan);
      else await this.commitKnex(plan);
    } catch (error) {
      for (const key of granted) this.cooldownUntil.delete(key);
      throw error;
    }
    for (const [day, visitors] of fresh) {
      let known = this.knownVisitors.get(day);
      if (!known) this.knownVisitors.set(day, (known = new Set()));
      for (const v of visitors) known.add(v);
    }
    for (const [visitor, at] of batch.online) this.lastSeen.set(visitor, at);
  }

  /** Portable path (PostgreSQL): one knex transaction of upserts. */
  private async commitKnex(plan: CommitPlan): Promise<void> {
    await this.knex.transaction(async (trx) => {
      await addTo(trx, T.totals, ['name'], ['value'], [['site', plan.hits]]);
      for (const [day, tally] of plan.days) {
        const added = await this.insertVisitors(trx, day, plan.fresh.get(day) ?? []);
        await addTo(trx, T.days, ['day'], ['hits', 'visitors'], [[day, tally.hits, added]]);
      }
      if (plan.perArticle.size) {
        await addTo(trx, T.articles, ['document_id'], ['views'], [...plan.perArticle]);
        await addTo(
          trx,
          T.articleDays,
          ['day', 'document_id'],
          ['views'],
          plan.views.map((v) => [v.day, v.article, v.views]),
        );
      }
    });
  }

  /**
   * Embedded SQLite: the same statements, prepared once and run in one synchronous better-sqlite3
   * transaction on the pool's connection (held for the few microseconds it takes, so no other query
   * interleaves). Knex's per-query overhead would otherwise cost more than the hits themselves.
   */
  private async commitSqlite(plan: CommitPlan): Promise<void> {
    const client = this.knex.client as unknown as {
      acquireConnection(): Promise<NativeSqlite>;
      releaseConnection(c: NativeSqlite): Promise<unknown>;
    };
    const conn = await client.acquireConnection();
    try {
      let run = this.sqliteCommit.get(conn);
      if (!run) {
        run = prepareSqliteCommit(conn);
        this.sqliteCommit.set(conn, run);
      }
      run(plan);
    } finally {
      await client.releaseConnection(conn);
    }
  }

  /** Insert a day's new visitor ids; returns how many were not there yet (exact across processes). */
  private async insertVisitors(trx: Knex.Transaction, day: string, visitors: string[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < visitors.length; i += 400) {
      const chunk = visitors.slice(i, i + 400);
      const result = await trx.raw(
        `INSERT INTO ${T.dayVisitors} (day, visitor) VALUES ${chunk.map(() => '(?, ?)').join(', ')} ON CONFLICT (day, visitor) DO NOTHING RETURNING visitor`,
        chunk.flatMap((v) => [day, v]),
      );
      added += rowsOf(result).length;
    }
    return added;
  }

  async flush(): Promise<void> {}

  /** Forget what is older than `keepFrom` (yesterday): visitor ids, cooldowns, online entries. */
  async prune(keepFrom: string, now: number): Promise<void> {
    for (const day of this.knownVisitors.keys()) if (day < keepFrom) this.knownVisitors.delete(day);
    for (const [key, until] of this.cooldownUntil) if (until <= now) this.cooldownUntil.delete(key);
    for (const [visitor, at] of this.lastSeen) if (at < now - this.options.onlineWindowMs) this.lastSeen.delete(visitor);
    await this.knex(T.dayVisitors).where('day', '<', keepFrom).delete();
  }

  async close(): Promise<void> {}

  async siteTotal(): Promise<number> {
    const row = await this.knex(T.totals).where({ name: 'site' }).first('value');
    return num(row?.value);
  }

  async day(day: string): Promise<{ hits: number; visitors: number }> {
    const row = await this.knex(T.days).where({ day }).first('hits', 'visitors');
    return { hits: num(row?.hits), visitors: num(row?.visitors) };
  }

  async online(now: number): Promise<number> {
    const since = now - this.options.onlineWindowMs;
    let count = 0;
    for (const at of this.lastSeen.values()) if (at >= since) count++;
    return count;
  }

  async articleViews(ids: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>(ids.map((id) => [id, 0]));
    if (!ids.length) return out;
    const rows = await this.knex(T.articles).whereIn('document_id', ids).select('document_id', 'views');
    for (const row of rows) out.set(row.document_id, num(row.views));
    return out;
  }
}
