/** Admin-only: index status and a rebuild of the running server's engines. */
import type { Core } from '@strapi/strapi';
import { getService } from '../services';

type Ctx = { body: unknown; state: { user?: { roles?: Array<{ code: string }> } }; forbidden(message: string): void };
const superAdmin = (ctx: Ctx) => Boolean(ctx.state.user?.roles?.some((role) => role.code === 'strapi-super-admin'));

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async status(ctx: Ctx) {
    const indexer = getService(strapi, 'indexer');
    await indexer.ensureEmbedded();
    const embedded = await indexer.checkDrift(indexer.embedded, false);
    const meili = indexer.meili ? await indexer.checkDrift(indexer.meili, false).catch((e: Error) => ({ error: e.message })) : null;
    ctx.body = {
      data: {
        embedded,
        meilisearch: meili,
        retryQueue: { pending: await indexer.queue.pending(), lastError: await indexer.queue.lastError() },
      },
    };
  },
  async reindex(ctx: Ctx) {
    if (!superAdmin(ctx)) return ctx.forbidden('Only a super admin can rebuild the search index.');
    const indexer = getService(strapi, 'indexer');
    const started = Date.now();
    const embedded = await indexer.rebuild(indexer.embedded);
    const meili = indexer.meili ? await indexer.rebuild(indexer.meili) : null;
    getService(strapi, 'search').resetFallback();
    ctx.body = { data: { embedded, meilisearch: meili, ms: Date.now() - started } };
  },
});
