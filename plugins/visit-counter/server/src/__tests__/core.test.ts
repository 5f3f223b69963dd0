import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Batch, Collector, type Store } from '../core/batch';
import { defaults, validateConfig } from '../config';

// Client address, days and visitor ids moved to plugins/core (one rule for every plugin).

describe('settings', () => {
  test('defaults are valid; nonsense is refused with a reason', () => {
    assert.doesNotThrow(() => validateConfig(defaults));
    assert.throws(() => validateConfig({ ...defaults, startingTotal: -1 }), /startingTotal/);
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
    const acks = await Promise.all(
      Array.from(
        { length: 300 },
        (_, i) => new Promise<Error | null>((resolve) => setTimeout(() => collector.add(hit(`v${i}`), resolve), i % 20)),
      ),
    );
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
