import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { describe, test } from 'node:test';
import { Batch, Collector, type Store } from '../core/batch';
import { dayClock, previousDay } from '../core/day';
import { visitorId } from '../core/visitor';
import { clientIp } from '../http/client-ip';
import { defaults, validateConfig } from '../config';

const req = (remoteAddress: string, xff?: string) =>
  ({ socket: { remoteAddress }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;

describe('client address', () => {
  test('without a trusted proxy the socket address is used and X-Forwarded-For ignored', () => {
    assert.equal(clientIp(req('10.0.0.5', '1.2.3.4'), 0), '10.0.0.5');
  });
  test('with one trusted proxy the last entry (the one the proxy added) is the client', () => {
    assert.equal(clientIp(req('127.0.0.1', '6.6.6.6, 203.0.113.9'), 1), '203.0.113.9');
    assert.equal(clientIp(req('127.0.0.1', '203.0.113.9'), 1), '203.0.113.9');
  });
  test('with two proxies the second entry from the right', () => {
    assert.equal(clientIp(req('127.0.0.1', 'forged, 203.0.113.9, 10.0.0.2'), 2), '203.0.113.9');
  });
  test('a missing header falls back to the socket', () => {
    assert.equal(clientIp(req('10.0.0.5'), 1), '10.0.0.5');
  });
});

describe('days and visitors', () => {
  test('days are counted in the portal time zone (UTC+7)', () => {
    const today = dayClock('Asia/Ho_Chi_Minh');
    assert.equal(today(Date.parse('2026-11-26T16:59:59Z')), '2026-11-26');
    assert.equal(today(Date.parse('2026-11-26T17:00:00Z')), '2026-11-27');
  });
  test('previousDay crosses months and years', () => {
    assert.equal(previousDay('2026-03-01'), '2026-02-28');
    assert.equal(previousDay('2027-01-01', 2), '2026-12-30');
  });
  test('a visitor id depends on salt, address and browser, and reveals none of them', () => {
    const a = visitorId('salt-1', '203.0.113.9', 'Firefox');
    assert.equal(a, visitorId('salt-1', '203.0.113.9', 'Firefox'));
    assert.notEqual(a, visitorId('salt-2', '203.0.113.9', 'Firefox'));
    assert.notEqual(a, visitorId('salt-1', '203.0.113.10', 'Firefox'));
    assert.notEqual(a, visitorId('salt-1', '203.0.113.9', 'Chrome'));
    assert.doesNotMatch(a, /203|Firefox/);
    assert.equal(a.length, 22);
  });
});

describe('settings', () => {
  test('defaults are valid; nonsense is refused with a reason', () => {
    assert.doesNotThrow(() => validateConfig(defaults));
    assert.throws(() => validateConfig({ ...defaults, startingTotal: -1 }), /startingTotal/);
    assert.throws(() => validateConfig({ ...defaults, timeZone: 'Mars/Olympus' }), /time zone/);
    assert.throws(() => validateConfig({ ...defaults, redisUrl: 'localhost:6379' }), /redis:\/\//);
  });
});

/** A store that records batches; `fail` makes the next commit throw. */
class MemoryStore implements Store {
  readonly kind = 'database' as const;
  batches: Batch[] = [];
  fail = false;
  total = 0;
  async init() {}
  async commit(batch: Batch) {
    await new Promise((r) => setTimeout(r, 2));
    if (this.fail) {
      this.fail = false;
      throw new Error('disk full');
    }
    this.batches.push(batch);
    this.total += batch.hits;
  }
  async flush() {}
  async close() {}
  async siteTotal() {
    return this.total;
  }
  async day() {
    return { hits: 0, visitors: 0 };
  }
  async online() {
    return 0;
  }
  async articleViews() {
    return new Map<string, number>();
  }
}

const hit = (visitor: string, article: string | null = null) => ({ visitor, day: '2026-11-26', at: Date.now(), article });

describe('group commit', () => {
  test('hits arriving while a batch is written go together into the next one; each is acknowledged after its commit', async () => {
    const store = new MemoryStore();
    const collector = new Collector(store, () => {});
    const acks = await Promise.all(
      Array.from({ length: 500 }, (_, i) => new Promise<Error | null>((resolve) => collector.add(hit(`v${i % 7}`), resolve))),
    );
    assert.ok(acks.every((e) => e === null));
    assert.equal(store.total, 500);
    assert.ok(store.batches.length < 50, `${store.batches.length} writes for 500 hits`);
    const visitors = new Set(store.batches.flatMap((b) => [...b.days.get('2026-11-26')!.visitors]));
    assert.equal(visitors.size, 7);
  });

  test('a failed write answers its hits with an error (not acknowledged) and later hits still go through', async () => {
    const store = new MemoryStore();
    const errors: unknown[] = [];
    const collector = new Collector(store, (e) => errors.push(e));
    store.fail = true;
    const first = await new Promise<Error | null>((resolve) => collector.add(hit('a'), resolve));
    assert.match(String(first), /disk full/);
    const second = await new Promise<Error | null>((resolve) => collector.add(hit('b'), resolve));
    assert.equal(second, null);
    assert.equal(store.total, 1);
    assert.equal(errors.length, 1);
  });

  test('close() writes every accepted hit, then refuses new ones', async () => {
    const store = new MemoryStore();
    const collector = new Collector(store, () => {});
    const pending = Array.from({ length: 100 }, () => new Promise<Error | null>((resolve) => collector.add(hit('a'), resolve)));
    await collector.close();
    assert.equal(store.total, 100);
    assert.ok((await Promise.all(pending)).every((e) => e === null));
    const late = await new Promise<Error | null>((resolve) => collector.add(hit('a'), resolve));
    assert.match(String(late), /closed/);
    assert.equal(collector.accepting, false);
  });

  test('with several batches in flight every hit is still written once and acknowledged', async () => {
    const store = new MemoryStore();
    const collector = new Collector(store, () => {}, 4);
    const acks = await Promise.all(Array.from({ length: 300 }, (_, i) => new Promise<Error | null>((resolve) => setTimeout(() => collector.add(hit(`v${i}`), resolve), i % 20))));
    assert.ok(acks.every((e) => e === null));
    assert.equal(store.total, 300);
    await collector.close();
    assert.equal(store.total, 300);
  });

  test('a batch keeps article views per visitor for the cooldown rule', () => {
    const batch = new Batch();
    batch.add(hit('a', 'doc1'));
    batch.add(hit('a', 'doc1'));
    batch.add(hit('b', null));
    assert.equal(batch.hits, 3);
    assert.equal(batch.articleViews.length, 2);
    assert.equal(batch.online.size, 2);
  });
});
