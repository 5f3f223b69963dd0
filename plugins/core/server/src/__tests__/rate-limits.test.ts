import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { createLimiter } from '../services/rate-limits';

// Moved from plugins/reviews (its fixed-window limiter is now rate-limiter-flexible, via the core).
test('five per window, then refused with the seconds left; a new window starts fresh', async (t) => {
  mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 1_000_000 });
  t.after(() => mock.timers.reset());
  const rule = { points: 5, windowSeconds: 600 };
  const comments = createLimiter(rule, { keyPrefix: 'comments' });
  const ratings = createLimiter(rule, { keyPrefix: 'ratings' });
  for (let i = 0; i < 5; i += 1) assert.equal((await comments.consume('ip-a')).allowed, true);
  mock.timers.tick(100_000);
  const refused = await comments.consume('ip-a');
  assert.equal(refused.allowed, false);
  assert.equal(refused.retryAfter, 500);
  assert.equal((await comments.consume('ip-b')).allowed, true, 'other addresses are separate');
  assert.equal((await ratings.consume('ip-a')).allowed, true, 'other buckets are separate');
  mock.timers.tick(500_000);
  assert.equal((await comments.consume('ip-a')).allowed, true);
});

test('points: one charge may spend several; refunds give them back', async () => {
  const limiter = createLimiter({ points: 100, windowSeconds: 60 }, { keyPrefix: 'feed' });
  assert.deepEqual({ ...(await limiter.consume('k', 60)), retryAfter: 0 }, { allowed: true, used: 60, remaining: 40, retryAfter: 0 });
  const over = await limiter.consume('k', 60);
  assert.equal(over.allowed, false);
  await limiter.refund('k', 60);
  assert.equal((await limiter.consume('k', 40)).used, 100);
});

test('in memory a charge can be decided synchronously, on the same counters as consume', async (t) => {
  mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 1_000_000 });
  t.after(() => mock.timers.reset());
  const limiter = createLimiter({ points: 3, windowSeconds: 60 }, { keyPrefix: 'feed-now' });
  assert.deepEqual(limiter.consumeNow('k'), { allowed: true, used: 1, remaining: 2, retryAfter: 60 });
  assert.equal((await limiter.consume('k')).used, 2);
  mock.timers.tick(30_000);
  assert.deepEqual(limiter.consumeNow('k'), { allowed: true, used: 3, remaining: 0, retryAfter: 30 });
  assert.equal((await limiter.consume('k')).allowed, false);
  assert.equal(limiter.consumeNow('k')?.allowed, false);
  mock.timers.tick(30_000);
  assert.deepEqual(limiter.consumeNow('k'), { allowed: true, used: 1, remaining: 2, retryAfter: 60 }, 'a new window');
});
