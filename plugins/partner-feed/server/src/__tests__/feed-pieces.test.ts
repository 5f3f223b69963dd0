import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import type { Limiter, LimitRule } from '@portal/strapi-plugin-core/types';
import { limiterStore } from '../services/counter-store.js';
import { etagOf, matchesEtag } from '../services/response-cache.js';
import { callerLang, message } from '../messages.js';
import { toJsonFeed } from '../services/json-feed.js';
import { operationById } from '../operations.js';

/** The core's limiter in memory mode (plugins/core services/rate-limits.ts), as the plugin gets it. */
const memoryLimiter = (name: string, rule: LimitRule): Limiter => {
  const rl = new RateLimiterMemory({ keyPrefix: name, points: rule.points, duration: rule.windowSeconds });
  const out = (r: RateLimiterRes, allowed: boolean) => ({
    allowed,
    used: r.consumedPoints,
    remaining: Math.max(0, rule.points - r.consumedPoints),
    retryAfter: Math.max(1, Math.ceil(r.msBeforeNext / 1000)),
  });
  return {
    rule,
    consume: (key, points = 1) =>
      rl.consume(key, points).then(
        (r) => out(r, true),
        (r: RateLimiterRes) => out(r, false),
      ),
    consumeNow: () => null,
    refund: async (key, points) => void (await rl.reward(key, points)),
  };
};

test('memory counters: cost points per window, refusals are not counted, windows reopen', async (t) => {
  mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 0 });
  t.after(() => mock.timers.reset());
  const store = limiterStore(memoryLimiter);
  assert.equal((await store.consume('ip:a', 60, 100, 60)).allowed, true);
  const over = await store.consume('ip:a', 60, 100, 60);
  assert.equal(over.allowed, false);
  assert.equal(over.used, 60);
  assert.equal(over.resetIn, 60);
  assert.equal((await store.consume('ip:a', 40, 100, 60)).allowed, true);
  assert.equal((await store.consume('ip:b', 500, 100, 60)).allowed, true, 'one expensive query per fresh window');
  mock.timers.tick(61_000);
  assert.equal((await store.consume('ip:a', 60, 100, 60)).allowed, true);
});

test('ETags follow the body; If-None-Match lists, weak tags and *', () => {
  const etag = etagOf('{"data":1}');
  assert.equal(etag, etagOf('{"data":1}'));
  assert.notEqual(etag, etagOf('{"data":2}'));
  assert.ok(matchesEtag(`"x", W/${etag}`, etag));
  assert.ok(matchesEtag('*', etag));
  assert.ok(!matchesEtag('"other"', etag));
  assert.ok(!matchesEtag(undefined, etag));
});

test('messages follow ?locale, then Accept-Language, else Vietnamese', () => {
  assert.equal(callerLang({ locale: 'en' }, 'vi'), 'en');
  assert.equal(callerLang({}, 'en-GB,en;q=0.9'), 'en');
  assert.equal(callerLang(undefined, undefined), 'vi');
  assert.match(message('vi', 'rateLimited', { used: 5, budget: 4, window: 60, retry: 9 }), /Thử lại sau 9 giây/);
});

test('persisted parameters are validated', () => {
  const latest = operationById('latest-news')!;
  assert.deepEqual(latest.variables(latest.params.parse({ category: 'tin-tuc' })), {
    locale: 'vi',
    limit: 10,
    filters: { category: { slug: { eq: 'tin-tuc' } } },
  });
  assert.equal(latest.params.safeParse({ limit: '51' }).success, false);
  assert.equal(latest.params.safeParse({ locale: 'fr' }).success, false);
  assert.equal(latest.params.safeParse({ other: '1' }).success, false);
});

test('JSON Feed 1.1 items link to the localized article pages', () => {
  const feed = toJsonFeed({
    lang: 'en',
    siteUrl: 'https://portal.example/',
    feedUrl: 'https://cms.example/api/partner-feed/feed/en.json',
    category: 'news',
    articles: [
      {
        documentId: 'd1',
        slug: 'a-b',
        title: 'T',
        summary: 'S',
        publicationDate: '2025-01-02T03:04:05.000Z',
        locale: 'en',
        cover: { url: '/uploads/x.jpg' },
        category: { slug: 'news', name: 'News' },
      },
    ],
  });
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.title, 'Latest news — News');
  assert.deepEqual(feed.items[0], {
    id: 'd1',
    url: 'https://portal.example/en/news/a-b',
    title: 'T',
    content_text: 'S',
    summary: 'S',
    date_published: '2025-01-02T03:04:05.000Z',
    image: 'https://portal.example/uploads/x.jpg',
    tags: ['News'],
    language: 'en',
  });
});
