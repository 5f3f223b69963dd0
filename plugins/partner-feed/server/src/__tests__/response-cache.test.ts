import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResponseCache } from '../services/response-cache.js';

const memory = (ttlMs?: number) => createResponseCache({ ttlMs });

test('concurrent misses share one computation; failures are not cached', async () => {
  const cache = memory();
  let runs = 0;
  const build = async () => {
    runs += 1;
    await new Promise((r) => setTimeout(r, 10));
    return '{"data":1}';
  };
  const [a, b] = await Promise.all([cache.get('k', build), cache.get('k', build)]);
  assert.equal(runs, 1);
  assert.equal(a?.etag, b?.etag);
  assert.equal(await cache.get('bad', async () => null), null);
  assert.equal(cache.peek('bad'), undefined);
});

test('a body computed across a publish is served once but not kept; invalidate empties the cache', async () => {
  const cache = memory();
  const slow = cache.get('k', async () => {
    await cache.invalidate();
    return 'old';
  });
  assert.equal((await slow)?.body, 'old');
  assert.equal(cache.peek('k'), undefined);
  await cache.get('k', async () => 'new');
  assert.equal(cache.peek('k')?.body, 'new');
  await cache.invalidate();
  assert.equal(cache.peek('k'), undefined);
});

test('entries expire after the safety TTL', async () => {
  const cache = memory(5);
  await cache.get('k', async () => 'x');
  await new Promise((r) => setTimeout(r, 15));
  assert.equal(cache.peek('k'), undefined);
});
