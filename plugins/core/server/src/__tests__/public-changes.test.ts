import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTakedown, namedLocales, publicAction } from '../services/public-changes';
import { PUBLIC_CHANGES_CHANNEL, redisTransport } from '../utils/redis-transport';

test('a draft save is no public change; a save that publishes, or any save without drafts, is', () => {
  assert.equal(publicAction('update', { status: 'draft' }, true), null);
  assert.equal(publicAction('create', {}, true), null);
  assert.equal(publicAction('update', { status: 'published' }, true), 'update-published');
  assert.equal(publicAction('create', {}, false), 'update-published');
  assert.equal(publicAction('publish', {}, true), 'publish');
  assert.equal(publicAction('unpublish', {}, true), 'unpublish');
  assert.equal(publicAction('delete', {}, false), 'delete');
  assert.equal(publicAction('discardDraft', {}, true), null);
  assert.equal(publicAction('findMany', {}, true), null);
});

test('the locales a call names: one, a list, or all', () => {
  assert.deepEqual(namedLocales('vi'), ['vi']);
  assert.deepEqual(namedLocales(['vi', 'en']), ['vi', 'en']);
  assert.equal(namedLocales('*'), null);
  assert.equal(namedLocales(undefined), null);
});

test('a takedown: unpublish, delete, or a new version of a published locale; a first publication is not', () => {
  const vi = [{ locale: 'vi', slug: 'a' }];
  assert.equal(isTakedown('unpublish', ['vi'], vi), true);
  assert.equal(isTakedown('delete', ['vi'], vi), true);
  assert.equal(isTakedown('publish', ['vi'], vi), true, 'a correction');
  assert.equal(isTakedown('publish', ['vi'], []), false);
  assert.equal(isTakedown('publish', ['en'], vi), false, 'another locale was published');
  assert.equal(isTakedown('update-published', [], [{ locale: null }]), true, 'a type without drafts, edited');
});

test('between nodes: an event travels as JSON with the sender, a node skips its own and bad messages', async () => {
  const channels = new Map<string, Array<(message: string) => void>>();
  const bus = {
    async publish(channel: string, message: string) {
      for (const handler of channels.get(channel) ?? []) handler(message);
    },
    async subscribe(channel: string, handler: (message: string) => void) {
      channels.set(channel, [...(channels.get(channel) ?? []), handler]);
    },
  };
  const errors: string[] = [];
  const a = redisTransport(bus, 'node-a', (m) => errors.push(m));
  const b = redisTransport(bus, 'node-b', (m) => errors.push(m));
  const heard: Record<string, string[]> = { a: [], b: [] };
  await a.start(async (change) => void heard.a!.push(change.documentId));
  await b.start(async (change) => void heard.b!.push(change.documentId));
  const change = {
    uid: 'api::article.article',
    documentId: 'doc1',
    action: 'publish' as const,
    locales: ['vi'],
    before: [],
    after: [],
    takedown: false,
  };
  await a.send(change);
  assert.deepEqual(heard, { a: [], b: ['doc1'] });
  await bus.publish(PUBLIC_CHANGES_CHANNEL, 'not json');
  await bus.publish(PUBLIC_CHANGES_CHANNEL, JSON.stringify({ from: 'node-c', change: { documentId: 'x' } }));
  assert.deepEqual(heard, { a: [], b: ['doc1'] });
  assert.equal(errors.length, 2); // the bad JSON, heard by both nodes
});
