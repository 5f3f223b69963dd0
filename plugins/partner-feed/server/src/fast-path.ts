import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { CachedBody } from './services/response-cache.js';
import { matchesEtag } from './services/response-cache.js';
import type { RateLimiter } from './services/rate-limit.js';

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
  // The body as bytes, once per cached entry (entries are replaced, never mutated, so identity is enough).
  const bytes = new WeakMap<CachedBody, Buffer>();
  const bytesOf = (entry: CachedBody) => {
    let buffer = bytes.get(entry);
    if (!buffer) bytes.set(entry, (buffer = Buffer.from(entry.body)));
    return buffer;
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

  async function answer(req: IncomingMessage, res: ServerResponse, route: FastRoute, entry: CachedBody): Promise<boolean> {
    const headers: OutgoingHttpHeaders = { ...route.headers };
    const charged = await options
      .rateLimiter()
      .charge({ req, request: { ip: req.socket.remoteAddress ?? '', header: req.headers }, state: {}, set: (n, v) => (headers[n] = v) }, 1);
    // A spent budget: Strapi answers the 429 (charging again is free: a refused charge is refunded).
    if (!charged.allowed) return false;
    Object.assign(headers, options.extraHeaders, {
      'Cache-Control': options.cacheControl,
      ETag: entry.etag,
      'X-Feed-Cache': 'fast',
    });
    if (matchesEtag(req.headers['if-none-match'], entry.etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const body = bytesOf(entry);
    headers['Content-Type'] = route.type;
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
    return true;
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
      const listener: Listener = (req, res) => {
        const hit = qualifies(req);
        if (!hit) return toStrapi(req, res);
        answer(req, res, hit.route, hit.entry).then(
          (done) => {
            if (!done) toStrapi(req, res);
          },
          (error: Error) => {
            options.onError(error.message);
            if (!res.headersSent) toStrapi(req, res);
          },
        );
      };
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
