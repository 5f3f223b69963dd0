import type { IncomingMessage, ServerResponse } from 'node:http';
import { isbot } from 'isbot';
import type { Collector } from '../core/batch';
import type { ArticleDirectory } from '../core/articles';
import type { CoreServices } from '@portal/strapi-plugin-core/types';
import { LRUCache } from 'lru-cache';
import type { HitGuard } from './hit-guard';

export const HIT_PATH = '/api/visit-counter/hit';
const MAX_BODY = 2048;

interface Deps {
  collector: Collector;
  visitors: CoreServices['visitors'];
  clientAddress: CoreServices['client-address'];
  articles: ArticleDirectory;
  guard: HitGuard;
  today: (now?: number) => string;
}

const HEADERS = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };

function answer(res: ServerResponse, status: number, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...HEADERS, ...extra });
  res.end();
}

function parseArticle(body: string): unknown {
  if (!body) return null;
  try {
    const data = JSON.parse(body) as { a?: unknown } | null;
    return data && typeof data === 'object' ? (data.a ?? null) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The beacon endpoint, `POST /api/visit-counter/hit` with an optional body `{"a": "<article documentId>"}`
 * (sent with navigator.sendBeacon). It runs before Strapi's Koa stack — no middleware, router or logger
 * sees these requests — and answers 204 once the hit is committed (or 204 without counting for crawlers).
 * Nothing about the request is stored but the salted visitor hash; the address is not logged.
 */
export function createHitHandler(deps: Deps) {
  // The same browsers come back again and again: remember the crawler verdict per user agent, and the
  // visitor id per salt + address + user agent (both bounded; ids change with the daily salt anyway).
  const crawler = new LRUCache<string, boolean>({ max: 2000, memoMethod: (ua) => !ua || isbot(ua) });
  const visitors = new LRUCache<string, string, [string, string, string]>({
    max: 20_000,
    memoMethod: (_key, _stale, { context: [salt, ip, ua] }) => deps.visitors.hashWith(salt, ip, ua),
  });
  const isCrawler = (ua: string) => crawler.memo(ua);
  const visitor = (salt: string, ip: string, ua: string) => visitors.memo(`${salt}\n${ip}\n${ua}`, { context: [salt, ip, ua] });
  return function handleHit(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === 'OPTIONS') return answer(res, 204, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Max-Age': '86400' });
    if (req.method !== 'POST') return answer(res, 405, { Allow: 'POST' });
    if (!deps.collector.accepting) return answer(res, 503, { 'Retry-After': '2' });
    let body = '';
    let tooLarge = false;
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      if (tooLarge) return;
      body += chunk;
      if (body.length > MAX_BODY) tooLarge = true;
    });
    req.on('error', () => answer(res, 400));
    req.on('end', () => {
      if (tooLarge) return answer(res, 413);
      const article = parseArticle(body);
      if (article === undefined) return answer(res, 400);
      const userAgent = req.headers['user-agent'] ?? '';
      // Crawlers (and clients that give no user agent) are answered but not counted.
      if (isCrawler(userAgent)) return answer(res, 204);
      const at = Date.now();
      const day = deps.today(at);
      const ip = deps.clientAddress.of(req);
      const network = deps.clientAddress.networkOf(ip);
      const fail = () => answer(res, 503, { 'Retry-After': '2' });
      const record = (salt: string, known: boolean) =>
        deps.guard.visitor(salt, day, network, visitor(salt, ip, userAgent)).then(async (id) => {
          const counted = known && (await deps.guard.articleView(id, network, article as string));
          deps.collector.add({ visitor: id, day, at, article: counted ? (article as string) : null }, (error) =>
            error ? fail() : answer(res, 204),
          );
        });
      // Over the address's budget for this minute: answered like any beacon, not counted.
      Promise.all([deps.guard.admit(network), deps.visitors.salt(day), article === null ? false : deps.articles.has(article)])
        .then(([admitted, salt, known]) => (admitted ? record(salt, known) : answer(res, 204)))
        .catch(fail);
    });
  };
}
