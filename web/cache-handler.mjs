/**
 * Next's cache (rendered pages and route documents, the tagged CMS data) shared by every web node through
 * Redis, with @fortedigital/nextjs-cache-handler (a maintained handler for Next 15/16: fetch cache with
 * tags, ISR, `revalidateTag(tag, profile)`). Active when the web runs with REDIS_URL (next.config.ts): one
 * node's `revalidateTag` (the CMS's POST /api/revalidate, sent to any node) deletes the tagged entries for
 * all of them, and a node started after a publication it never heard of reads the same Redis, so no node
 * serves a page older than the last publication. Keys live under REDIS_PREFIX + "next:<build id>:", so a new
 * build never reads pages rendered by an older one (nodes of one deployment must run the same build).
 *
 * If Redis cannot be reached at boot the node keeps its cache in memory (logged): pages stay served,
 * but that node then only learns of publications sent to it directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';

const state = globalThis;

CacheHandler.onCreation(() => {
  if (state.portalCacheConfig) return state.portalCacheConfig;
  state.portalCacheConfigPromise ??= (async () => {
    const url = process.env.REDIS_URL;
    if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return (state.portalCacheConfig = { handlers: [createLruHandler()] });
    const client = createClient({ url, pingInterval: 10_000 });
    client.on('error', (error) => console.warn(`[portal] web cache: Redis error (${error.message})`));
    try {
      await client.connect();
    } catch (error) {
      console.error(`[portal] web cache: Redis unreachable at boot (${error.message}); this node caches in memory only`);
      await client.disconnect().catch(() => {});
      return (state.portalCacheConfig = { handlers: [createLruHandler()] });
    }
    const buildId = fs.readFileSync(path.resolve(process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'), 'utf8').trim();
    const keyPrefix = `${process.env.REDIS_PREFIX ?? ''}next:${buildId}:`;
    return (state.portalCacheConfig = { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: 2_000 })] });
  })();
  return state.portalCacheConfigPromise;
});

/**
 * The handler files an APP_PAGE entry under the tags Next lists in its `x-next-cache-tags` header, but an
 * APP_ROUTE entry (a route handler's cached answer: our article documents, web/src/app/[locale]/article)
 * under the `tags` of the call, which Next leaves empty for routes — so `revalidateTag` would never reach
 * them. Give routes the same treatment as pages (3.3.0; remove once the handler does it itself).
 */
class PortalCacheHandler extends CacheHandler {
  async set(cacheKey, value, ctx) {
    const header = value?.kind === 'APP_ROUTE' ? value.headers?.['x-next-cache-tags'] : undefined;
    const tags = Array.isArray(header) ? header : typeof header === 'string' ? header.split(',') : undefined;
    return super.set(cacheKey, value, tags ? { ...ctx, tags: [...new Set([...(ctx?.tags ?? []), ...tags])] } : ctx);
  }
}

export default PortalCacheHandler;
