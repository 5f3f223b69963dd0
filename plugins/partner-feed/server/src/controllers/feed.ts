import type { Core } from '@strapi/strapi';
import { callerLang, message, type Lang, type MessageKey } from '../messages.js';
import { OPERATIONS, operationById, type PersistedOperation } from '../operations.js';
import { getFeed } from '../feed.js';
import { stableHeaders } from '../fast-path.js';
import { cacheControl } from '../services/feed-service.js';
import { toJsonFeed } from '../services/json-feed.js';
import { matchesEtag, type CachedBody } from '../services/response-cache.js';
import type { KoaLike } from '../services/rate-limit.js';

/**
 * GET /api/partner-feed/operations            the registry (documentation source for the web)
 * GET /api/partner-feed/operations/:id?...     one persisted operation, cached, ETag / 304
 * GET /api/partner-feed/feed/:locale.json      JSON Feed 1.1 of the latest news (?category=<slug>)
 * GET /api/partner-feed/schema.graphql         the schema as SDL, for API token holders (introspection
 *                                              stays off in production for everyone)
 */
type Ctx = {
  url: string;
  response: { headers: Record<string, string | string[] | number | undefined> };
  params: Record<string, string>;
  query: Record<string, unknown>;
  req: KoaLike['req'];
  request: { ip: string; header: Record<string, string | string[] | undefined> };
  state: KoaLike['state'] & Record<string, unknown>;
  origin: string;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
};

const langOf = (ctx: Ctx): Lang => callerLang(ctx.query, ctx.request.header['accept-language'] as string | undefined);

function fail(ctx: Ctx, status: number, name: string, key: MessageKey, params: Record<string, string | number> = {}) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { data: null, error: { status, name, message: message(langOf(ctx), key, params), details: {} } };
}

/** Strapi's content-API authentication (API tokens), as on /graphql; an invalid token answers 401. */
async function authenticate(strapi: Core.Strapi, ctx: Ctx): Promise<boolean> {
  ctx.state.route = { info: { type: 'content-api' } };
  let passed = false;
  await strapi.auth.authenticate(ctx as never, async () => {
    passed = true;
  });
  return passed;
}

function parseParams(ctx: Ctx, op: PersistedOperation): Record<string, unknown> | null {
  const parsed = op.params.safeParse(ctx.query);
  if (parsed.success) return op.variables(parsed.data);
  const detail = parsed.error.issues
    .map((i) => `${i.path.join('.') || (i as { keys?: string[] }).keys?.join(', ') || '?'}: ${i.message}`)
    .join('; ');
  fail(ctx, 400, 'ValidationError', 'badParams', { detail });
  return null;
}

/** Charge the caller, run (or reuse) the operation; null when a response was already written. */
async function load(strapi: Core.Strapi, ctx: Ctx, op: PersistedOperation, variables: Record<string, unknown>): Promise<CachedBody | null> {
  const { persisted, rateLimiter, cache } = getFeed(strapi);
  const cached = cache.peek(persisted.cacheKey(op, variables));
  // An anonymous caller of a cached answer needs no authentication (the hot path); a token is
  // always checked, so a bad one gets 401 and a good one is charged to its own budget.
  if (!(cached && !ctx.request.header.authorization) && !(await authenticate(strapi, ctx))) return null;
  // A cached answer costs 1 point; computing one costs the operation's query cost.
  const cost = cached ? 1 : persisted.cost(op, variables);
  const charged = await rateLimiter.charge(ctx, cost);
  ctx.set('X-Feed-Cache', cached ? 'hit' : 'miss');
  if (!charged.allowed) {
    fail(ctx, 429, 'RateLimitError', 'rateLimited', {
      used: charged.used,
      budget: charged.budget,
      window: charged.windowSeconds,
      retry: charged.resetIn,
    });
    return null;
  }
  const entry = await persisted.run(ctx, op, variables);
  if (!entry) fail(ctx, 503, 'ServiceUnavailableError', 'unavailable');
  return entry;
}

function send(strapi: Core.Strapi, ctx: Ctx, entry: CachedBody, type: string) {
  ctx.set('Cache-Control', cacheControl(getFeed(strapi).config));
  ctx.set('ETag', entry.etag);
  ctx.set('Vary', 'Origin');
  if (matchesEtag(ctx.request.header['if-none-match'] as string | undefined, entry.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = type;
  ctx.body = entry.body;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Ctx) {
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = {
      data: OPERATIONS.map((op) => ({
        id: op.id,
        title: op.title,
        description: op.description,
        document: op.document,
        params: op.paramDocs,
        example: op.example,
        path: `/api/partner-feed/operations/${op.id}`,
      })),
      meta: { limits: getFeed(strapi).publicLimits() },
    };
  },

  async operation(ctx: Ctx) {
    const op = operationById(ctx.params.id ?? '');
    if (!op) return fail(ctx, 404, 'NotFoundError', 'unknownOperation', { id: String(ctx.params.id).slice(0, 60) });
    const variables = parseParams(ctx, op);
    if (!variables) return;
    const entry = await load(strapi, ctx, op, variables);
    if (!entry) return;
    const type = 'application/json; charset=utf-8';
    send(strapi, ctx, entry, type);
    // From now on this exact URL may be answered before Koa while its body stays cached (fast-path.ts).
    const { fastPath, persisted } = getFeed(strapi);
    fastPath.remember(ctx.url, { cacheKey: persisted.cacheKey(op, variables), type, headers: stableHeaders(ctx.response.headers) });
  },

  async schema(ctx: Ctx) {
    if (!(await authenticate(strapi, ctx))) return;
    if (!/api-token$/.test(ctx.state.auth?.strategy?.name ?? '')) return fail(ctx, 401, 'UnauthorizedError', 'tokenRequired');
    const sdl = getFeed(strapi).persisted.sdl();
    if (!sdl) return fail(ctx, 503, 'ServiceUnavailableError', 'unavailable');
    ctx.set('Cache-Control', 'private, max-age=300');
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = sdl;
  },

  async jsonFeed(ctx: Ctx) {
    const op = operationById('latest-news')!;
    const locale = String(ctx.params.locale ?? '');
    const variables = parseParams(ctx, op);
    if (!variables) return;
    if (locale !== 'vi' && locale !== 'en')
      return fail(ctx, 404, 'NotFoundError', 'unknownOperation', { id: `feed/${locale.slice(0, 20)}` });
    const vars = { ...variables, locale, limit: 20 };
    const entry = await load(strapi, ctx, op, vars);
    if (!entry) return;
    const { cache, config } = getFeed(strapi);
    const category = typeof ctx.query.category === 'string' ? ctx.query.category : undefined;
    const feedUrl = `${ctx.origin}/api/partner-feed/feed/${locale}.json${category ? `?category=${category}` : ''}`;
    const feed = await cache.get(`feed:${entry.etag}:${feedUrl}`, async () => {
      const articles = (JSON.parse(entry.body) as { data: { articles: Parameters<typeof toJsonFeed>[0]['articles'] } }).data.articles;
      return JSON.stringify(toJsonFeed({ lang: locale, siteUrl: config.siteUrl, feedUrl, category, articles }));
    });
    if (!feed) return fail(ctx, 503, 'ServiceUnavailableError', 'unavailable');
    send(strapi, ctx, feed, 'application/feed+json; charset=utf-8');
  },
});
