/**
 * Public REST endpoints under /api/reviews (no login; the captcha, the honeypot and the rate limits
 * guard them). Thin: validate → service → public fields only.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { reportComment, submitComment, submitRating } from '../services/actions';
import { RateLimitedError, toStrapiError } from '../utils/errors';
import { getService } from '../utils/get-service';
import { message, pickLang, type Lang } from '../utils/messages';
import { ensureVisitorCookie, requestInfo } from '../utils/request';
import { articleRef, pageInput } from '../utils/validation';

type Body = Record<string, unknown>;
const body = (ctx: Context): Body => ((ctx.request as unknown as { body?: Body }).body ?? {}) as Body;
const langOf = (ctx: Context, b: Body = {}) => pickLang(b.locale ?? ctx.query.locale, ctx.get('accept-language'));

/** Run a handler; refusals become 4xx in the caller's language (429 with Retry-After). */
async function guarded(ctx: Context, lang: Lang, fn: () => Promise<unknown>): Promise<void> {
  try {
    ctx.body = await fn();
  } catch (error) {
    if (error instanceof RateLimitedError) ctx.set('Retry-After', String(error.retryAfter));
    throw toStrapiError(error, lang);
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reviews = () => getService(strapi, 'reviews');
  return {
    async challenge(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await reviews().captcha.challenge(ctx.query.for === 'rating' ? 'rating' : 'comment');
    },

    async listComments(ctx: Context) {
      const lang = langOf(ctx);
      await guarded(ctx, lang, async () => {
        const { article, locale } = articleRef(ctx.query);
        const { page, pageSize } = pageInput(ctx.query.page, ctx.query.pageSize);
        const { comments, pagination } = await reviews().comments.listPublic(article, locale, page, pageSize);
        return { data: comments, meta: { pagination } };
      });
    },

    async submitComment(ctx: Context) {
      const b = body(ctx);
      const lang = langOf(ctx, b);
      await guarded(ctx, lang, async () => {
        const { id, status } = await submitComment(reviews(), b, requestInfo(ctx, reviews().config.visitorCookie));
        ctx.status = 201;
        return { data: { id, status, message: status === 'approved' ? null : message('awaitingModeration', lang) } };
      });
    },

    async report(ctx: Context) {
      const lang = langOf(ctx, body(ctx));
      await guarded(ctx, lang, async () => {
        await reportComment(reviews(), ctx.params.id, requestInfo(ctx, reviews().config.visitorCookie));
        return { data: { reported: true, message: message('reported', lang) } };
      });
    },

    async ratingSummary(ctx: Context) {
      const lang = langOf(ctx);
      await guarded(ctx, lang, async () => {
        const { article, locale } = articleRef(ctx.query);
        const service = reviews();
        const info = requestInfo(ctx, service.config.visitorCookie);
        const visitor = await service.identify(info);
        ctx.set('Cache-Control', 'private, no-store');
        const [summary, mine] = await Promise.all([
          service.ratings.summary(article, locale),
          service.ratings.mine(article, locale, visitor.visitorHash, visitor.formerHash),
        ]);
        return { data: { ...summary, mine } };
      });
    },

    async rate(ctx: Context) {
      const b = body(ctx);
      await guarded(ctx, langOf(ctx, b), async () => {
        const service = reviews();
        const info = requestInfo(ctx, service.config.visitorCookie);
        const data = await submitRating(service, b, info);
        // Only once the person has voted (no cookie on a mere visit): it remembers their vote.
        ensureVisitorCookie(ctx, service.config.visitorCookie, service.visitors.readCookie(info.cookie) !== null, () =>
          service.visitors.newCookie(),
        );
        return { data };
      });
    },

    async top(ctx: Context) {
      const lang = langOf(ctx);
      await guarded(ctx, lang, async () => {
        const locale = ctx.query.locale === 'en' ? 'en' : 'vi';
        const limit = Math.min(Math.max(Number(ctx.query.limit) || 10, 1), 50);
        return { data: await reviews().ratings.top(locale, limit) };
      });
    },
  };
};
