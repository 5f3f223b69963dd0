/** Admin endpoints of the moderation page (admin JWT + the plugin's `moderate` permission). */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { STATUSES, type CommentStatus, type ModerationComment } from '../services/comments';
import { ReviewsError, toStrapiError } from '../utils/errors';
import { getService } from '../utils/get-service';
import { pickLang } from '../utils/messages';
import { pageInput } from '../utils/validation';

const ACTIONS = ['approve', 'reject', 'spam', 'delete'] as const;
type Action = (typeof ACTIONS)[number];
const STATUS_OF: Record<Exclude<Action, 'delete'>, CommentStatus> = { approve: 'approved', reject: 'rejected', spam: 'spam' };

function ids(value: unknown): number[] {
  const list = Array.isArray(value) ? value.map(Number) : [];
  if (!list.length || list.length > 500 || list.some((n) => !Number.isSafeInteger(n) || n <= 0)) throw new ReviewsError('idsInvalid');
  return [...new Set(list)];
}

/** Titles of the commented articles, for the moderation list. */
async function withArticles(strapi: Core.Strapi, comments: ModerationComment[]) {
  const wanted = [...new Set(comments.map((c) => `${c.article}|${c.locale}`))];
  const titles = new Map<string, { title: string; slug: string } | null>();
  await Promise.all(
    wanted.map(async (key) => {
      const [documentId, locale] = key.split('|') as [string, string];
      const doc = (await strapi
        .documents('api::article.article' as never)
        .findOne({ documentId, locale, fields: ['title', 'slug'] } as never)) as { title?: string; slug?: string } | null;
      titles.set(key, doc?.title ? { title: doc.title, slug: doc.slug ?? '' } : null);
    }),
  );
  return comments.map((c) => ({
    ...c,
    articleTitle: titles.get(`${c.article}|${c.locale}`)?.title ?? null,
    articleSlug: titles.get(`${c.article}|${c.locale}`)?.slug ?? null,
  }));
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function run(ctx: Context, fn: () => Promise<unknown>) {
    try {
      ctx.body = await fn();
    } catch (error) {
      throw toStrapiError(error, pickLang(undefined, ctx.get('accept-language')));
    }
  }
  async function apply(action: Action, list: number[]): Promise<number> {
    const { comments } = getService(strapi, 'reviews');
    return action === 'delete' ? comments.remove(list) : comments.setStatus(list, STATUS_OF[action]);
  }

  return {
    async list(ctx: Context) {
      await run(ctx, async () => {
        const status = typeof ctx.query.status === 'string' && ctx.query.status ? ctx.query.status : undefined;
        if (status && !(STATUSES as readonly string[]).includes(status)) throw new ReviewsError('statusInvalid');
        const { page, pageSize } = pageInput(ctx.query.page, ctx.query.pageSize, 100);
        const result = await getService(strapi, 'reviews').comments.list({
          status: status as CommentStatus | undefined,
          page,
          pageSize,
          reported: ctx.query.reported === 'true',
        });
        return { data: await withArticles(strapi, result.comments), meta: { pagination: result.pagination } };
      });
    },

    async counts(ctx: Context) {
      await run(ctx, async () => ({ data: await getService(strapi, 'reviews').comments.counts() }));
    },

    async act(ctx: Context) {
      await run(ctx, async () => {
        const action = ctx.params.action as Action;
        if (!(ACTIONS as readonly string[]).includes(action)) throw new ReviewsError('statusInvalid');
        const body = ((ctx.request as unknown as { body?: Record<string, unknown> }).body ?? {}) as Record<string, unknown>;
        const list = ids(body.ids ?? (ctx.params.id ? [ctx.params.id] : []));
        return { data: { action, changed: await apply(action, list) } };
      });
    },
  };
};
