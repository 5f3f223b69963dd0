import type { Core } from '@strapi/strapi';
import { getFeed } from '../feed.js';
import { callerLang, message } from '../messages.js';
import type { KoaLike } from '../services/rate-limit.js';

/**
 * Application middleware in front of /graphql (cms/config/middlewares.ts, before `strapi::body`):
 * a request body larger than `documentLimits.maxBodyBytes` is refused from its Content-Length
 * before a byte of it is read, and a chunked one as soon as the body parser passes the same limit
 * (the GraphQL plugin's body parser is given it in register.ts). The answer is a GraphQL-shaped 400
 * naming the limit, charged `refusedCost` points to the sender (counted before authentication, so
 * by address unless it is the web portal), or the 429 once that budget is spent.
 */
type Ctx = KoaLike & {
  req: { resume(): void };
  path: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
};

const tooLarge = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { status?: number }).status === 413 || (error as { type?: string }).type === 'entity.too.large');

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const endpoint = strapi.config.get<string>('plugin::graphql.endpoint', '/graphql');

  async function refuse(ctx: Ctx) {
    const feed = getFeed(strapi);
    const max = feed.config.documentLimits.maxBodyBytes;
    const lang = callerLang(ctx.query, ctx.request.header['accept-language'] as string | undefined);
    const result = await feed.rateLimiter.charge(ctx, feed.config.refusedCost);
    ctx.status = result.allowed ? 400 : 429;
    const params = { used: result.used, budget: result.budget, window: result.windowSeconds, retry: result.resetIn };
    const error = result.allowed
      ? { message: message(lang, 'bodyLimit', { max }), extensions: { code: 'BODY_LIMIT_EXCEEDED', limit: 'bodyBytes', max } }
      : { message: message(lang, 'rateLimited', params), extensions: { code: 'RATE_LIMITED', limit: 'rate', retryAfter: result.resetIn } };
    ctx.body = { errors: [error] };
  }

  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (ctx.path !== endpoint) return next();
    const length = Number(ctx.request.header['content-length'] ?? 0);
    if (length > getFeed(strapi).config.documentLimits.maxBodyBytes) return refuse(ctx);
    try {
      await next();
    } catch (error) {
      if (!tooLarge(error)) throw error;
      // Discard what the parser left unread, so a kept-alive connection does not read it as the next request.
      ctx.req.resume();
      await refuse(ctx);
    }
  };
};
