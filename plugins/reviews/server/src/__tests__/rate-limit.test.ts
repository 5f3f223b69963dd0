import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryRateLimiter } from '../services/stores';
import { clientIp, trustedProxies } from '../utils/client-ip';

test('five per window, then refused with the seconds left; a new window starts fresh', async () => {
  let now = 1_000_000;
  const limiter = memoryRateLimiter(() => now);
  const limit = { max: 5, windowSeconds: 600 };
  for (let i = 0; i < 5; i += 1) assert.equal((await limiter.hit('comments', 'ip-a', limit)).allowed, true);
  now += 100_000;
  const refused = await limiter.hit('comments', 'ip-a', limit);
  assert.equal(refused.allowed, false);
  assert.equal(refused.retryAfter, 500);
  assert.equal((await limiter.hit('comments', 'ip-b', limit)).allowed, true, 'other addresses are separate');
  assert.equal((await limiter.hit('ratings', 'ip-a', limit)).allowed, true, 'other buckets are separate');
  now += 500_000;
  assert.equal((await limiter.hit('comments', 'ip-a', limit)).allowed, true);
});

test('old windows are swept', async () => {
  let now = 0;
  const limiter = memoryRateLimiter(() => now);
  for (let i = 0; i < 100; i += 1) await limiter.hit('c', `ip-${i}`, { max: 1, windowSeconds: 1 });
  now = 120_000;
  await limiter.hit('c', 'later', { max: 1, windowSeconds: 1 });
  assert.equal(limiter.size(), 1);
});

test('X-Forwarded-For is ignored unless the peer is a trusted proxy', () => {
  const none = trustedProxies([]);
  assert.equal(clientIp('198.51.100.7', '1.2.3.4', none), '198.51.100.7');
  const proxy = trustedProxies(['10.0.0.0/8', 'loopback']);
  assert.equal(clientIp('::ffff:127.0.0.1', '203.0.113.9', proxy), '203.0.113.9');
  // A client-written entry on the left is never reached: the right-most untrusted hop is the client.
  assert.equal(clientIp('10.1.1.1', '6.6.6.6, 203.0.113.9, 10.2.2.2', proxy), '203.0.113.9');
  assert.equal(clientIp('198.51.100.7', '203.0.113.9', proxy), '198.51.100.7', 'untrusted peer');
  assert.equal(clientIp('10.1.1.1', 'not-an-ip', proxy), '10.1.1.1');
  assert.equal(clientIp('10.1.1.1', undefined, proxy), '10.1.1.1');
  assert.throws(() => trustedProxies(['proxy.example']), /not an IP/);
});
