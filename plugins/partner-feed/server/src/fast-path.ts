import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { CachedBody } from './services/response-cache.js';
import { matchesEtag } from './services/response-cache.js';
import type { KoaLike, RateLimiter } from './services/rate-limit.js';

/**
 * The warm persisted GET, answered before Strapi's Koa stack (issue 17, "partner feed at cache speed").
 *
 * A Node `request` listener placed in front of Strapi's on `strapi.server.httpServer`. It answers only a
 * request that Strapi itself has already answered the same way:
 *   - GET, with exactly a URL (path + query string) the controller served from `/operations/:id` before,
 *     so the operation and its parameters were validated by Strapi (the URL → cache key map is filled by
 *     the controller, never by the fast path);
 *   - the rendered body is in the response cache now (dropped on every publish, on every node);
 *   - no `Authorization` header (a token is always verified by Strapi: a bad one gets its 401, a good one
 *     is charged to its own budget), no `Origin` header (CORS stays with `strapi::cors`), no `Cookie`;
 *   - the caller's rate limit allows one more point (the price of a cached answer, as in the controller).
 * Anything else — a cold or purged entry, an unknown operation, bad parameters, a spent budget (the 429
 * and its message in the caller's language), a token, a browser on a partner origin — is handed to
 * Strapi untouched. The answer carries the headers Strapi gave the same URL (security headers included),
 * the RateLimit-* headers of this charge, the ETag, and a 304 on a matching If-None-Match.
 */
export interface FastRoute {
  cacheKey: string;
  type: string;
  /** Headers Strapi's middlewares set on this answer before the controller ran (helmet's, Vary...). */
  headers: OutgoingHttpHeaders;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Headers that belong to one answer only: never replayed. */
const PER_ANSWER =
  /^(content-length|content-type|etag|cache-control|retry-after|ratelimit-.*|x-query-cost|x-sql-statements|x-feed-cache|access-control-.*|set-cookie)$/i;

export function stableHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_ANSWER.test(name)));
}

export function createFastPath(options: {
  peek: (key: string) => CachedBody | undefined;
  rateLimiter: () => RateLimiter;
  cacheControl: string;
  /** Extra headers on every fast answer (the benchmark's X-SQL-Statements: 0). */
  extraHeaders?: OutgoingHttpHeaders;
  maxRoutes?: number;
  onError: (message: string) => void;
}) {
  let uninstall: (() => void) | null = null;
  const routes = new LRUCache<string, FastRoute>({ max: options.maxRoutes ?? 2000 });

  /**
   * What every answer of a route from one cached entry shares, built once per entry (entries are replaced,
   * never mutated, so identity is enough): the body as bytes and the headers as a flat [name, value, ...]
   * list (`writeHead` takes one as is), so a request only appends its own RateLimit-* values.
   */
  interface Prepared {
    entry: CachedBody;
    body: Buffer;
    head: Array<string | number>;
    length: string;
  }
  const prepared = new WeakMap<FastRoute, Prepared>();
  const prepare = (route: FastRoute, entry: CachedBody): Prepared => {
    let p = prepared.get(route);
    if (p?.entry === entry) return p;
    const head: Array<string | number> = [];
    const add = (headers: OutgoingHttpHeaders | undefined) => {
      for (const [name, value] of Object.entries(headers ?? {})) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) head.push(name, v);
      }
    };
    add(route.headers);
    add(options.extraHeaders);
    add({ 'Cache-Control': options.cacheControl, ETag: entry.etag, 'X-Feed-Cache': 'fast' });
    const body = Buffer.from(entry.body);
    p = { entry, body, head, length: String(body.length) };
    prepared.set(route, p);
    return p;
  };

  /** The cached entry this request may be answered with, or null (hand it to Strapi). */
  function qualifies(req: IncomingMessage): { route: FastRoute; entry: CachedBody } | null {
    if (req.method !== 'GET' || !req.url) return null;
    const route = routes.get(req.url);
    if (!route) return null;
    const h = req.headers;
    if (h.authorization !== undefined || h.origin !== undefined || h.cookie !== undefined) return null;
    const entry = options.peek(route.cacheKey);
    return entry ? { route, entry } : null;
  }

  const context = (req: IncomingMessage, head: Array<string | number>): KoaLike => ({
    req,
    request: { ip: req.socket.remoteAddress ?? '', header: req.headers },
    state: {},
    set: (name, value) => void head.push(name, value),
  });

  function send(req: IncomingMessage, res: ServerResponse, route: FastRoute, p: Prepared, head: Array<string | number>): void {
    if (matchesEtag(req.headers['if-none-match'], p.entry.etag)) {
      res.writeHead(304, head);
      res.end();
      return;
    }
    head.push('Content-Type', route.type, 'Content-Length', p.length);
    res.writeHead(200, head);
    res.end(p.body);
  }

  /**
   * Answer `req`, or hand it to Strapi. With the counters in memory it all happens in this call (no
   * promise: Strapi's AsyncLocalStorage makes each one cost); with Redis the charge is awaited.
   */
  function answer(req: IncomingMessage, res: ServerResponse, toStrapi: Listener): void {
    const hit = qualifies(req);
    if (!hit) return toStrapi(req, res);
    const p = prepare(hit.route, hit.entry);
    const head = p.head.slice();
    const ctx = context(req, head);
    const limiter = options.rateLimiter();
    // A spent budget: Strapi answers the 429 (charging again is free: a refused charge is refunded).
    const sent = (charged: { allowed: boolean }) => charged.allowed && (send(req, res, hit.route, p, head), true);
    const failed = (error: unknown) => {
      options.onError(error instanceof Error ? error.message : String(error));
      if (!res.headersSent) toStrapi(req, res);
    };
    let charged: ReturnType<RateLimiter['chargeNow']>;
    try {
      charged = limiter.chargeNow(ctx, 1);
      if (charged && sent(charged)) return;
    } catch (error) {
      return failed(error);
    }
    if (charged) return toStrapi(req, res);
    limiter
      .charge(ctx, 1)
      .then(sent)
      .then((done) => done || toStrapi(req, res), failed);
  }

  return {
    /** Called by the controller after Strapi answered `url` from `cacheKey`, for a caller the fast path may serve. */
    remember(url: string, route: FastRoute) {
      routes.set(url, route);
    },

    size: () => routes.size,

    /** Put the fast path in front of the server's current request listener(s) (Strapi's Koa callback). */
    install(server: Server): void {
      if (uninstall) return;
      const strapiListeners = server.listeners('request') as Listener[];
      const toStrapi: Listener = (req, res) => {
        for (const listener of strapiListeners) listener.call(server, req, res);
      };
      const listener: Listener = (req, res) => answer(req, res, toStrapi);
      server.removeAllListeners('request');
      server.on('request', listener);
      uninstall = () => {
        server.removeListener('request', listener);
        for (const l of strapiListeners) server.on('request', l);
      };
    },

    /** Give the server back to Strapi's listener(s) alone. */
    uninstall() {
      uninstall?.();
      uninstall = null;
    },
  };
}

export type FastPath = ReturnType<typeof createFastPath>;
