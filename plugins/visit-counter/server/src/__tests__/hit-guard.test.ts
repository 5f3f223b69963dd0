import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHitGuard } from '../http/hit-guard';
import type { CoreServices } from '@portal/strapi-plugin-core/types';

/** The core's limiter as the guard sees it, within one window (points per key, no clock). */
const limits = {
  create(_name: string, rule: { points: number; windowSeconds: number }) {
    const used = new Map<string, number>();
    return {
      rule,
      async consume(key: string, points = 1) {
        const u = (used.get(key) ?? 0) + points;
        used.set(key, u);
        return { allowed: u <= rule.points, used: u, remaining: Math.max(0, rule.points - u), retryAfter: 1 };
      },
      async refund() {},
    };
  },
} as unknown as CoreServices['rate-limits'];

const hashWith = (salt: string, ...parts: string[]) => `${salt}|${parts.join('|')}`;
const rule = { hitsPerAddressPerMinute: 5, visitorsPerAddressPerDay: 3, articleViewsPerAddress: 2, articleViewCooldownSeconds: 1800 };

test('an address gets its hits per minute; another address is not affected', async () => {
  const guard = createHitGuard(limits, hashWith, rule);
  const admitted = await Promise.all(Array.from({ length: 8 }, () => guard.admit('203.0.113.5')));
  assert.equal(admitted.filter(Boolean).length, 5);
  assert.equal(await guard.admit('203.0.113.6'), true);
});

test('concurrent first hits of many agents from one address never count more visitors than the cap', async () => {
  const guard = createHitGuard(limits, hashWith, rule);
  const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => guard.visitor('s', 'd', 'net-a', `agent-${i % 10}`)));
  assert.equal(new Set(ids).size, 4);
  const views = await Promise.all(ids.map((id) => guard.articleView(id, 'net-a', 'art')));
  assert.equal(views.filter(Boolean).length, 2);
});

test('agent churn from one address folds into one visitor past the cap, and stays folded', async () => {
  const guard = createHitGuard(limits, hashWith, rule);
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) ids.push(await guard.visitor('s', '2026-11-30', 'net-a', `agent-${i}`));
  assert.deepEqual(ids.slice(0, 3), ['agent-0', 'agent-1', 'agent-2']);
  assert.equal(new Set(ids).size, 4);
  assert.equal(await guard.visitor('s', '2026-11-30', 'net-a', 'agent-9'), ids[9]);
  assert.equal(await guard.visitor('s', '2026-11-30', 'net-a', 'agent-1'), 'agent-1');
  assert.equal(await guard.visitor('s', '2026-11-30', 'net-b', 'agent-x'), 'agent-x');
});

test('article views per address and article are capped; a refused visitor stays refused in the window', async () => {
  const guard = createHitGuard(limits, hashWith, rule);
  const views = [];
  for (const v of ['v1', 'v2', 'v3', 'v4']) views.push(await guard.articleView(v, 'net-a', 'art'));
  assert.deepEqual(views, [true, true, false, false]);
  assert.equal(await guard.articleView('v3', 'net-a', 'art'), false);
  assert.equal(await guard.articleView('v1', 'net-a', 'art'), false); // a repeat in the window is no view
  assert.equal(await guard.articleView('v1', 'net-a', 'other'), true);
  assert.equal(await guard.articleView('v5', 'net-b', 'art'), true);
});
