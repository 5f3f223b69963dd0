import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createFastPath, stableHeaders } from '../fast-path.js';
import type { RateLimiter } from '../services/rate-limit.js';
import { createResponseCache } from '../services/response-cache.js';

const cache = createResponseCache({});
let allowed = true;
/** Counters in memory (decided synchronously) or in Redis (only the async charge decides). */
let inMemory = true;
const charges: string[] = [];
const chargeNow = (ctx: { set(n: string, v: string): void }, cost: number, how: string) => {
  charges.push(`${how}:${cost}`);
  ctx.set('RateLimit-Remaining', '9');
  return { allowed, used: 1, resetIn: 60, budget: 10, windowSeconds: 60, caller: { kind: 'anonymous', key: 'ip:x', budget: 10 } };
};
const rateLimiter = {
  identify: () => ({ kind: 'anonymous', key: 'ip:x', budget: 10 }),
  chargeNow: (ctx: { set(n: string, v: string): void }, cost: number) => (inMemory ? chargeNow(ctx, cost, 'now') : null),
  charge: async (ctx: { set(n: string, v: string): void }, cost: number) => chargeNow(ctx, cost, 'async'),
} as unknown as RateLimiter;

const fast = createFastPath({
  peek: (k) => cache.peek(k),
  rateLimiter: () => rateLimiter,
  cacheControl: 'public, max-age=30',
  onError: () => {},
});
// Stands for Strapi's Koa callback.
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('strapi');
});
let base = '';

before(async () => {
  fast.install(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

test('a remembered URL with a cached body is answered before Strapi; ETag and 304', async () => {
  const entry = await cache.get('op:a', async () => '{"data":"é"}');
  fast.remember('/op?a=1', {
    cacheKey: 'op:a',
    type: 'application/json; charset=utf-8',
    headers: stableHeaders({ 'x-frame-options': 'SAMEORIGIN', etag: '"old"', 'ratelimit-limit': '5', vary: 'Origin' }),
  });
  const res = await fetch(`${base}/op?a=1`);
  assert.equal(await res.text(), '{"data":"é"}');
  assert.equal(res.headers.get('x-feed-cache'), 'fast');
  assert.equal(res.headers.get('etag'), entry!.etag);
  assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN');
  assert.equal(res.headers.get('ratelimit-limit'), null, 'per-answer headers are not replayed');
  assert.equal(res.headers.get('ratelimit-remaining'), '9');
  assert.equal(res.headers.get('content-length'), String(Buffer.byteLength('{"data":"é"}')));
  const revalidated = await fetch(`${base}/op?a=1`, { headers: { 'if-none-match': entry!.etag } });
  assert.equal(revalidated.status, 304);
  assert.equal(revalidated.headers.get('ratelimit-remaining'), '9');
  assert.equal(revalidated.headers.get('content-type'), null);
  assert.deepEqual(charges, ['now:1', 'now:1'], 'one point per cached answer, decided at once with the counters in memory');
  inMemory = false;
  const viaRedis = await fetch(`${base}/op?a=1`);
  assert.equal(await viaRedis.text(), '{"data":"é"}');
  assert.equal(viaRedis.headers.get('ratelimit-remaining'), '9');
  assert.deepEqual(charges.slice(2), ['async:1'], 'with Redis the charge is awaited');
  inMemory = true;
});

test('anything else goes to Strapi: other URLs, tokens, origins, cookies, other methods, purged bodies, spent budgets', async () => {
  const toStrapi = async (p: string, init?: RequestInit) => {
    const res = await fetch(base + p, init);
    return (await res.text()) === 'strapi';
  };
  assert.ok(await toStrapi('/op?a=2'));
  assert.ok(await toStrapi('/op?a=1', { headers: { authorization: 'Bearer x' } }));
  assert.ok(await toStrapi('/op?a=1', { headers: { origin: 'https://x.example' } }));
  assert.ok(await toStrapi('/op?a=1', { headers: { cookie: 'a=b' } }));
  assert.ok(await toStrapi('/op?a=1', { method: 'POST', body: '{}' }));
  allowed = false;
  assert.ok(await toStrapi('/op?a=1'), 'a spent budget: Strapi writes the 429');
  inMemory = false;
  assert.ok(await toStrapi('/op?a=1'), 'a spent budget (Redis): Strapi writes the 429');
  inMemory = true;
  allowed = true;
  await cache.invalidate();
  assert.ok(await toStrapi('/op?a=1'), 'a publish purged the body');
});

test('uninstalling gives the server back to Strapi alone', async () => {
  await cache.get('op:a', async () => '{"data":1}');
  fast.uninstall();
  assert.equal(await (await fetch(`${base}/op?a=1`)).text(), 'strapi');
});
