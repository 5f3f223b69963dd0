/**
 * Index updates waiting for Meilisearch, persisted in the plugin's own table so none is lost when
 * Meilisearch is down or the CMS restarts. A row only says "re-sync this document in this locale": the
 * worker reads the current published state when it runs, so replaying a row late or twice is harmless.
 * Rows are written in the same transaction as the content change (an outbox) and deleted once
 * Meilisearch confirmed the task; failures back off exponentially up to 5 minutes.
 */
import type { Knex } from 'knex';
import { describeError } from '../utils/errors';

export const QUEUE_TABLE = 'search_retry_queue';
const MAX_BACKOFF_MS = 5 * 60_000;

export interface QueueEntry {
  type: string;
  documentId: string;
  locale: string;
}

interface Row {
  id: number;
  type: string;
  document_id: string;
  locale: string;
  attempts: number;
}

export async function ensureQueueTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(QUEUE_TABLE)) return;
  await knex.schema.createTable(QUEUE_TABLE, (table) => {
    table.increments('id');
    table.string('type', 80).notNullable();
    table.string('document_id', 80).notNullable();
    table.string('locale', 20).notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.bigInteger('next_at').notNullable();
    table.text('last_error');
    table.bigInteger('created_at').notNullable();
    table.index(['next_at'], 'search_retry_queue_next_at');
  });
}

export const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 20));

export function createRetryQueue(knex: () => Knex) {
  let running: Promise<{ done: number; failed: number }> | null = null;

  async function enqueue(db: Knex | Knex.Transaction, entries: QueueEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const now = Date.now();
    await db(QUEUE_TABLE).insert(
      entries.map((e) => ({ type: e.type, document_id: e.documentId, locale: e.locale, attempts: 0, next_at: now, created_at: now })),
    );
  }

  /** One pass over due rows: `apply` each distinct entry; stop at the first failure (the engine is likely down). */
  async function pass(apply: (entry: QueueEntry) => Promise<void>, limit = 200): Promise<{ done: number; failed: number }> {
    const rows: Row[] = await knex()(QUEUE_TABLE).where('next_at', '<=', Date.now()).orderBy('id').limit(limit);
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const key = `${row.type}\u0000${row.document_id}\u0000${row.locale}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    let done = 0;
    for (const group of groups.values()) {
      const first = group[0]!;
      const ids = group.map((r) => r.id);
      try {
        await apply({ type: first.type, documentId: first.document_id, locale: first.locale });
        await knex()(QUEUE_TABLE).whereIn('id', ids).delete();
        done += 1;
      } catch (error) {
        const attempts = Math.max(...group.map((r) => Number(r.attempts))) + 1;
        const message = describeError(error).slice(0, 500);
        await knex()(QUEUE_TABLE)
          .whereIn('id', ids)
          .update({ attempts, next_at: Date.now() + backoffMs(attempts), last_error: message });
        return { done, failed: 1 };
      }
    }
    return { done, failed: 0 };
  }

  return {
    enqueue,
    /** Runs a pass unless one is already running (then waits for that one). */
    run(apply: (entry: QueueEntry) => Promise<void>) {
      running ??= pass(apply).finally(() => (running = null));
      return running;
    },
    async pending(): Promise<number> {
      const [row] = await knex()(QUEUE_TABLE).count({ n: '*' });
      return Number(row?.n ?? 0);
    },
    async lastError(): Promise<string | null> {
      const row = await knex()(QUEUE_TABLE).whereNotNull('last_error').orderBy('id', 'desc').first('last_error');
      return (row?.last_error as string | undefined) ?? null;
    },
  };
}
export type RetryQueue = ReturnType<typeof createRetryQueue>;
