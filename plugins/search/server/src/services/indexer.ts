/**
 * Keeps the engines in step with published content. The embedded engine is updated in-process right
 * after a change (after the commit when the change runs in a transaction); Meilisearch through the
 * persisted retry queue. Every update re-reads the published row of one document in one locale, so
 * another locale is never touched and drafts never reach an index.
 */
import type { Core } from '@strapi/strapi';
import { resolveSources, type SearchConfig } from '../config';
import { EmbeddedEngine } from '../engines/embedded';
import { MeiliEngine } from '../engines/meilisearch';
import type { SearchEngine } from '../engines/types';
import { createReader, type SourceConfig, type SourceReader } from '../sources';
import { core } from '../core';
import { describeError } from '../utils/errors';
import { createRetryQueue, ensureQueueTable, type QueueEntry } from './retry-queue';

export interface DriftRow {
  type: string;
  locale: string;
  database: number;
  index: number;
  resynced: boolean;
}

export type Progress = (done: number, total: number) => void;

export function createIndexer(strapi: Core.Strapi) {
  const config = strapi.config.get('plugin::search') as SearchConfig;
  const sources = resolveSources(config);
  const readers = new Map<string, { source: SourceConfig; reader: SourceReader }>(
    sources.map((source) => [source.uid, { source, reader: createReader(strapi, source) }]),
  );
  const byType = new Map([...readers.values()].map((r) => [r.source.type, r]));
  const embedded = new EmbeddedEngine();
  const meili = config.meilisearch.host
    ? new MeiliEngine({
        host: config.meilisearch.host,
        apiKey: config.meilisearch.apiKey || undefined,
        indexPrefix: config.meilisearch.indexPrefix,
        timeoutMs: config.meilisearch.timeoutMs,
        taskTimeoutMs: config.meilisearch.taskTimeoutMs,
      })
    : null;
  const queue = createRetryQueue(() => strapi.db.connection);
  let embeddedBuild: Promise<void> | null = null;
  const timers: NodeJS.Timeout[] = [];
  const stops: Array<() => void> = [];

  async function locales(): Promise<string[]> {
    const rows = (await strapi.db.query('plugin::i18n.locale').findMany({ select: ['code'] })) as Array<{ code: string }>;
    return rows.map((r) => r.code);
  }

  /** Makes `engine` hold exactly what the database has published for one document in one locale. */
  async function syncOne(engine: SearchEngine, entry: QueueEntry): Promise<void> {
    const target = byType.get(entry.type);
    if (!target) return;
    const doc = await target.reader.one(entry.documentId, entry.locale);
    if (doc) await engine.upsert([doc]);
    else await engine.remove(entry.type, entry.locale, [entry.documentId]);
  }

  /** Replays due queue rows until none is left or Meilisearch refuses one. */
  async function drainQueue(): Promise<{ done: number; failed: number }> {
    const total = { done: 0, failed: 0 };
    if (!meili) return total;
    for (let round = 0; round < 100; round += 1) {
      const pass = await queue.run((entry) => syncOne(meili, entry));
      total.done += pass.done;
      total.failed += pass.failed;
      if (pass.failed > 0 || pass.done === 0) break;
    }
    return total;
  }
  const kick = () => void drainQueue().catch((error) => strapi.log.warn(`[search] retry queue: ${describeError(error)}`));

  /** Rebuilds every type in every locale of one engine from the database. */
  async function rebuild(engine: SearchEngine, onProgress?: Progress): Promise<number> {
    const codes = await locales();
    const plan = await Promise.all(
      [...readers.values()].flatMap(({ source, reader }) =>
        codes.map(async (locale) => ({ source, reader, locale, count: await reader.count(locale) })),
      ),
    );
    const total = plan.reduce((sum, p) => sum + p.count, 0);
    let done = 0;
    onProgress?.(0, total);
    for (const { source, reader, locale } of plan) {
      const docs = [];
      for await (const page of reader.pages(locale)) {
        docs.push(...page);
        onProgress?.(done + docs.length, total);
      }
      await engine.replace(source.type, locale, docs);
      done += docs.length;
    }
    return done;
  }

  function ensureEmbedded(): Promise<void> {
    embeddedBuild ??= (async () => {
      const started = Date.now();
      caughtUpTo = started;
      const n = await rebuild(embedded);
      strapi.log.info(`[search] embedded index built: ${n} entries in ${Date.now() - started} ms`);
    })();
    embeddedBuild.catch(() => (embeddedBuild = null));
    return embeddedBuild;
  }

  /** Compares published counts per type and locale with an engine and rebuilds what differs. */
  async function checkDrift(engine: SearchEngine, resync = true): Promise<DriftRow[]> {
    const rows: DriftRow[] = [];
    for (const { source, reader } of readers.values()) {
      for (const locale of await locales()) {
        const [database, index] = await Promise.all([reader.count(locale), engine.count(source.type, locale)]);
        let resynced = false;
        if (database !== index && resync) {
          const docs = [];
          for await (const page of reader.pages(locale)) docs.push(...page);
          await engine.replace(source.type, locale, docs);
          resynced = true;
          strapi.log.warn(`[search] ${engine.name} drift in ${source.type}/${locale}: ${index} indexed, ${database} published; resynced`);
        }
        rows.push({ type: source.type, locale, database, index, resynced });
      }
    }
    return rows;
  }

  /**
   * Called by the document middleware after a change of `documentId` in `changed` locales. Reads the
   * published state now (inside the caller's transaction if any) and applies it once committed.
   */
  async function documentChanged(
    uid: string,
    documentId: string,
    changed: string[],
    engines: { embedded: boolean; meili: boolean } = { embedded: true, meili: true },
  ): Promise<void> {
    const target = readers.get(uid);
    if (!target || changed.length === 0) return;
    const entries = changed.map((locale) => ({ type: target.source.type, documentId, locale }));
    const embeddedLive = engines.embedded && embeddedBuild !== null;
    const useMeili = engines.meili ? meili : null;
    const docs = embeddedLive ? await Promise.all(changed.map((locale) => target.reader.one(documentId, locale))) : [];
    const applyEmbedded = async () => {
      if (!embeddedLive) return;
      await embeddedBuild?.catch(() => undefined);
      for (const [i, locale] of changed.entries()) {
        const doc = docs[i];
        if (doc) await embedded.upsert([doc]);
        else await embedded.remove(target.source.type, locale, [documentId]);
      }
    };
    const afterCommit = async () => {
      await applyEmbedded();
      if (useMeili) kick();
    };
    if (!strapi.db.inTransaction()) {
      if (useMeili) await queue.enqueue(strapi.db.connection, entries);
      return afterCommit();
    }
    // Inside the caller's transaction: the queue rows commit (or roll back) with the content change.
    await strapi.db.transaction(async ({ trx, onCommit }) => {
      if (useMeili) await queue.enqueue(trx, entries);
      onCommit(afterCommit);
    });
  }

  /** Re-reads rows changed this long before the last catch-up too (commits in flight, clocks of other nodes). */
  const CATCH_UP_OVERLAP_MS = 5 * 60_000;
  let caughtUpTo = 0;

  /**
   * Brings this node's embedded index up to the database without a full rebuild: every published row
   * published or saved since the last catch-up (less an overlap), and every document no longer
   * published (ids compared). Repairs the events a node missed (Redis down, a message lost).
   */
  async function catchUp(): Promise<{ upserted: number; removed: number }> {
    const out = { upserted: 0, removed: 0 };
    if (!embeddedBuild) return out;
    await embeddedBuild;
    const startedAt = Date.now();
    const since = new Date(caughtUpTo - CATCH_UP_OVERLAP_MS);
    for (const { source, reader } of readers.values()) {
      for (const locale of await locales()) {
        const changed = await reader.changedSince(locale, since);
        await embedded.upsert(changed);
        const published = new Set(await reader.ids(locale));
        const indexed = embedded.documentIds(source.type, locale);
        const gone = indexed.filter((id) => !published.has(id));
        if (gone.length) await embedded.remove(source.type, locale, gone);
        const have = new Set(indexed);
        const missing = [...published].filter((id) => !have.has(id) && !changed.some((d) => d.documentId === id));
        for (const id of missing) {
          const doc = await reader.one(id, locale);
          if (doc) await embedded.upsert([doc]);
        }
        out.upserted += changed.length + missing.length;
        out.removed += gone.length;
      }
    }
    caughtUpTo = startedAt;
    return out;
  }

  return {
    sources,
    embedded,
    meili,
    queue,
    locales,
    rebuild,
    checkDrift,
    ensureEmbedded,
    documentChanged,
    catchUp,
    drainQueue,
    sourceFor: (uid: string) => readers.get(uid),
    /** Sources with a category or unit relation to `uid` (their indexed text holds its name). */
    relationsTo(uid: string): Array<{ source: SourceConfig; field: string }> {
      return sources.flatMap((source) =>
        [source.category?.field, source.unit?.field].flatMap((field) => {
          const attribute = field
            ? (strapi.contentTypes[source.uid as never]?.attributes?.[field] as { target?: string } | undefined)
            : undefined;
          return field && attribute?.target === uid ? [{ source, field }] : [];
        }),
      );
    },
    async start(): Promise<void> {
      await ensureQueueTable(strapi.db.connection);
      if (config.embeddedBuild === 'boot')
        void ensureEmbedded().catch((e) => strapi.log.error(`[search] embedded index build failed: ${describeError(e)}`));
      if (meili) timers.push(setInterval(kick, config.retryEverySeconds * 1000));
      const caughtUp = () =>
        void catchUp().catch((e) => strapi.log.warn(`[search] catching up from the database failed: ${describeError(e)}`));
      // The embedded index is this node's own: each node catches up by itself (and after Redis comes back).
      if (config.catchUpSeconds > 0) timers.push(setInterval(caughtUp, config.catchUpSeconds * 1000));
      stops.push(core(strapi, 'redis').onReconnect(caughtUp));
      if (config.driftCheckMinutes > 0) {
        const every = config.driftCheckMinutes * 60_000;
        const failed = (e: unknown) => strapi.log.warn(`[search] drift check failed: ${describeError(e)}`);
        timers.push(setInterval(() => void (embeddedBuild ? checkDrift(embedded) : Promise.resolve()).catch(failed), every));
        // Meilisearch is shared: one node at a time checks it.
        const shared = meili;
        if (shared) {
          const stop = core(strapi, 'jobs').runExclusive('search-drift-check', every, () => checkDrift(shared), {
            immediately: false,
          });
          stops.push(() => void stop());
        }
      }
      for (const timer of timers) timer.unref();
      if (meili) kick();
    },
    stop(): void {
      for (const timer of timers.splice(0)) clearInterval(timer);
      for (const stop of stops.splice(0)) stop();
    },
  };
}
export type Indexer = ReturnType<typeof createIndexer>;
