import { LRUCache } from 'lru-cache';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ArticleDirectory } from '../core/articles';
import { createHitGuard, type HitGuard } from '../http/hit-guard';
import { Collector, type Store } from '../core/batch';
import type { CoreServices } from '@portal/strapi-plugin-core/types';
import type { VisitCounterConfig } from '../config';
import { core } from '../core';
import { DatabaseStore } from '../stores/database';
import { RedisStore } from '../stores/redis';
import { T, num } from '../stores/tables';
import { type Correction, correctionOffset, ensureCorrectionsTable, listCorrections, recordCorrection } from './corrections';

export interface SiteStats {
  total: number;
  today: { date: string; hits: number; visitors: number };
  online: number;
  onlineWindowMinutes: number;
  updatedAt: string;
}

export interface Overview {
  days: Array<{ day: string; hits: number; visitors: number }>;
  topArticles: Array<{ documentId: string; title: string | null; views: number; totalViews: number }>;
  site: SiteStats;
  startingTotal: number;
  mode: 'database' | 'redis';
  corrections: Correction[];
}

const SETTINGS = { type: 'plugin', name: 'visit-counter', key: 'settings' } as const;

/** Small time-boxed memo for the read API ("cached for a few seconds"), at most 5,000 entries. */
class Memo<V> {
  private entries: LRUCache<string, Promise<V>>;
  constructor(private readonly ttlMs: number) {
    this.entries = new LRUCache({ max: 5000, ttl: Math.max(1, ttlMs) });
  }
  get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.ttlMs <= 0) return load();
    const hit = this.entries.get(key);
    if (hit) return hit;
    const value = load();
    this.entries.set(key, value);
    value.catch(() => this.entries.delete(key));
    return value;
  }
  clear() {
    this.entries.clear();
  }
}

export class VisitCounter {
  readonly store: Store & { prune(keepFrom: string, now: number): Promise<void> };
  readonly collector: Collector;
  /** The core's daily-salted visitor hashes and calendar (portal time zone). */
  readonly visitors: CoreServices['visitors'];
  readonly clientAddress: CoreServices['client-address'];
  readonly articles: ArticleDirectory;
  /** Per-address limits on what the hit beacon counts. */
  readonly guard: HitGuard;
  readonly today: (now?: number) => string;
  private timers: NodeJS.Timeout[] = [];
  private stopHousekeeping: (() => Promise<void>) | null = null;
  private siteMemo: Memo<SiteStats>;
  private viewMemo: Memo<number>;

  constructor(
    private readonly strapi: Core.Strapi,
    readonly config: VisitCounterConfig,
  ) {
    const knex = strapi.db.connection as unknown as Knex;
    const options = { onlineWindowMs: config.onlineWindowSeconds * 1000, cooldownMs: config.articleViewCooldownSeconds * 1000 };
    const redis = core(strapi, 'redis');
    this.store = redis.enabled
      ? new RedisStore(knex, redis.client(), redis.key('visit-counter', ''), options)
      : new DatabaseStore(knex, options);
    this.collector = new Collector(
      this.store,
      (error) => strapi.log.error(`visit-counter: a batch of hits was not written (${String(error)})`),
      this.store.kind === 'redis' ? 4 : 2,
    );
    this.visitors = core(strapi, 'visitors');
    this.clientAddress = core(strapi, 'client-address');
    this.articles = new ArticleDirectory(strapi);
    this.guard = createHitGuard(core(strapi, 'rate-limits'), this.visitors.hashWith, config);
    this.today = this.visitors.today;
    this.siteMemo = new Memo(config.statsCacheSeconds * 1000);
    this.viewMemo = new Memo(config.statsCacheSeconds * 1000);
  }

  get knex(): Knex {
    return this.strapi.db.connection as unknown as Knex;
  }

  async start(): Promise<void> {
    await this.store.init();
    await ensureCorrectionsTable(this.knex);
    await this.articles.load();
    await this.visitors.salt(this.today());
    // Deleting old salts and visitor ids: one node at a time (the core's job lease), at once and every 10 minutes.
    this.stopHousekeeping = core(this.strapi, 'jobs').runExclusive('visitor-housekeeping', 10 * 60_000, () => this.housekeeping());
    const every = (ms: number, task: () => Promise<void>, label: string) => {
      const timer = setInterval(() => task().catch((e) => this.strapi.log.warn(`visit-counter: ${label} failed (${String(e)})`)), ms);
      timer.unref();
      this.timers.push(timer);
    };
    if (this.store.kind === 'redis') every(this.config.flushIntervalMs, () => this.store.flush(), 'flush to the database');
    every(60_000, () => this.articles.load(), 'refreshing published articles');
  }

  /** Delete salts and visitor ids older than yesterday. */
  async housekeeping(): Promise<void> {
    const today = this.today();
    await this.visitors.prune(today);
    await this.store.prune(this.visitors.previousDay(today), Date.now());
  }

  /** Graceful shutdown: refuse new hits, write every accepted one, flush Redis deltas to the database. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    await this.stopHousekeeping?.();
    await this.collector.close();
    try {
      await this.store.flush();
    } finally {
      await this.store.close();
    }
  }

  async startingTotal(): Promise<number> {
    const saved = (await this.strapi.store.get(SETTINGS)) as { startingTotal?: number } | null;
    return typeof saved?.startingTotal === 'number' ? saved.startingTotal : this.config.startingTotal;
  }

  async setStartingTotal(value: number): Promise<void> {
    await this.strapi.store.set({ ...SETTINGS, value: { startingTotal: value } });
    this.siteMemo.clear();
  }

  /**
   * A Super Admin sets the public total to `newTotal` (e.g. after an inflation): the difference is
   * recorded with who, when, the old and new total and the reason, and added to the total from then on.
   */
  async correctTotal(newTotal: number, reason: string, user: { id: number | null; name: string }): Promise<Correction> {
    this.siteMemo.clear();
    const oldTotal = (await this.siteStats()).total;
    const correction = { at: new Date().toISOString(), userId: user.id, userName: user.name, oldTotal, newTotal, reason };
    await recordCorrection(this.knex, correction);
    this.siteMemo.clear();
    return { id: 0, ...correction };
  }

  corrections(): Promise<Correction[]> {
    return listCorrections(this.knex);
  }

  siteStats(): Promise<SiteStats> {
    return this.siteMemo.get('site', async () => {
      const now = Date.now();
      const date = this.today(now);
      const [counted, start, day, online] = await Promise.all([
        this.store.siteTotal(),
        this.startingTotal().then(async (s) => s + (await correctionOffset(this.knex))),
        this.store.day(date),
        this.store.online(now),
      ]);
      return {
        total: start + counted,
        today: { date, ...day },
        online,
        onlineWindowMinutes: Math.round(this.config.onlineWindowSeconds / 60),
        updatedAt: new Date(now).toISOString(),
      };
    });
  }

  async articleViews(ids: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    await Promise.all(
      ids.map(async (id) => {
        out.set(id, await this.viewMemo.get(id, async () => (await this.store.articleViews([id])).get(id) ?? 0));
      }),
    );
    return out;
  }

  /**
   * The admin page: the last `count` days (zeros included), the top articles of that period. Today's row
   * and all-time views are read live; in Redis mode the period's per-article views lag by at most one
   * flush interval (reading them does not force a flush).
   */
  async overview(count = 30): Promise<Overview> {
    const today = this.today();
    const previousDay = this.visitors.previousDay;
    const from = previousDay(today, count - 1);
    const rows = await this.knex(T.days).where('day', '>=', from).select('day', 'hits', 'visitors');
    const byDay = new Map(rows.map((r: { day: string; hits: unknown; visitors: unknown }) => [r.day, r]));
    const days: Overview['days'] = [];
    for (let i = count - 1; i >= 0; i--) {
      const day = previousDay(today, i);
      const row = byDay.get(day);
      days.push({ day, hits: num(row?.hits), visitors: num(row?.visitors) });
    }
    const todayLive = await this.store.day(today);
    days[days.length - 1] = { day: today, ...todayLive };
    const top = (await this.knex(T.articleDays)
      .where('day', '>=', from)
      .groupBy('document_id')
      .select('document_id')
      .sum({ views: 'views' })
      .orderBy('views', 'desc')
      .limit(10)) as unknown as Array<{ document_id: string; views: unknown }>;
    const ids = top.map((r) => r.document_id);
    const totals = await this.store.articleViews(ids);
    const titles = new Map<string, string>();
    if (ids.length) {
      const articles = await this.strapi.db
        .query('api::article.article')
        .findMany({ select: ['documentId', 'title', 'locale'], where: { documentId: { $in: ids }, publishedAt: { $notNull: true } } });
      for (const a of articles as Array<{ documentId: string; title: string; locale: string }>) {
        if (!titles.has(a.documentId) || a.locale === 'vi') titles.set(a.documentId, a.title);
      }
    }
    return {
      days,
      topArticles: top.map((r) => ({
        documentId: r.document_id,
        title: titles.get(r.document_id) ?? null,
        views: num(r.views),
        totalViews: totals.get(r.document_id) ?? num(r.views),
      })),
      site: await this.siteStats(),
      startingTotal: await this.startingTotal(),
      mode: this.store.kind,
      corrections: await this.corrections(),
    };
  }
}

/** The plugin's counter service, typed. */
export const getCounter = (strapi: Core.Strapi): VisitCounter => strapi.plugin('visit-counter').service<VisitCounter>('counter');
