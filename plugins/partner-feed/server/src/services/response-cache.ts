import crypto from 'node:crypto';
import { LRUCache } from 'lru-cache';

/**
 * Rendered responses of the persisted operations and feeds, kept in memory per CMS node (least recently
 * used first out, at most `maxEntries`, none older than `ttlMs`) and dropped on every public change,
 * on every node (the core's public-change event, `every-node`, carried over Redis between nodes), so
 * none of them keeps serving an old body. Concurrent misses for one key share a single computation.
 * The ETag is a hash of the body: it changes exactly when the content does, on every node alike.
 */
export interface CachedBody {
  body: string;
  etag: string;
}

export const etagOf = (body: string) => `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** True when an If-None-Match header names this ETag (weak or strong, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}

export function createResponseCache(options: { maxEntries?: number; ttlMs?: number }) {
  // Safety net: even if a public-change message is lost (Redis down), no body outlives ttlMs.
  const entries = new LRUCache<string, CachedBody>({ max: options.maxEntries ?? 2000, ttl: options.ttlMs ?? 5 * 60_000 });
  const fresh = (key: string) => entries.get(key);
  const inflight = new Map<string, Promise<CachedBody>>();
  let generation = 0;

  const clearLocal = () => {
    generation += 1;
    entries.clear();
  };

  return {
    peek: (key: string): CachedBody | undefined => fresh(key),

    async get(key: string, build: () => Promise<string | null>): Promise<CachedBody | null> {
      const hit = fresh(key);
      if (hit) return hit;
      const running = inflight.get(key);
      if (running) return running;
      const startedAt = generation;
      const job = (async () => {
        const body = await build();
        if (body === null) throw new Error('not cacheable');
        const entry = { body, etag: etagOf(body) };
        // A publish during the computation may have made this body old: serve it once, do not keep it.
        if (startedAt === generation) entries.set(key, entry);
        return entry;
      })();
      inflight.set(key, job);
      try {
        return await job;
      } catch {
        return null;
      } finally {
        inflight.delete(key);
      }
    },

    /** Forget every cached body of this node (each node runs this on every public change). */
    async invalidate() {
      clearLocal();
    },

    async close() {
      entries.clear();
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
