import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';

const ID = /^[a-z0-9]{20,40}$/;

/**
 * Which documentIds are published articles. A hit may name any id; only real published articles get a
 * view (otherwise anyone could create counters for made-up ids). Known ids are answered from memory; an
 * unknown id is looked up once and remembered (misses for a minute, at most 10,000 of them).
 */
export class ArticleDirectory {
  private known = new Set<string>();
  /** Ids looked up and not found, for a minute (at most 10,000). */
  private misses = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });
  private pending = new Map<string, Promise<boolean>>();

  constructor(private readonly strapi: Core.Strapi) {}

  async load(): Promise<void> {
    const rows = await this.strapi.db
      .query('api::article.article')
      .findMany({ select: ['documentId'], where: { publishedAt: { $notNull: true } } });
    this.known = new Set(rows.map((r: { documentId: string }) => r.documentId));
  }

  has(id: unknown): boolean | Promise<boolean> {
    if (typeof id !== 'string' || !ID.test(id)) return false;
    if (this.known.has(id)) return true;
    if (this.misses.get(id)) return false;
    let lookup = this.pending.get(id);
    if (!lookup) {
      lookup = this.lookup(id).finally(() => this.pending.delete(id));
      this.pending.set(id, lookup);
    }
    return lookup;
  }

  private async lookup(id: string): Promise<boolean> {
    const row = await this.strapi.db
      .query('api::article.article')
      .findOne({ select: ['id'], where: { documentId: id, publishedAt: { $notNull: true } } });
    if (row) {
      this.known.add(id);
      this.misses.delete(id);
      return true;
    }
    this.misses.set(id, true);
    return false;
  }
}
