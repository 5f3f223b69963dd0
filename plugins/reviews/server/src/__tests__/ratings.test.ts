import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import knexFactory from 'knex';
import { ensureTables } from '../db/schema';
import { createRatingService } from '../services/ratings';
import { applyVote, average, bayesianAverage, emptyTotals } from '../utils/rating-math';

test('a new vote adds one; a changed vote moves one between stars', () => {
  let t = applyVote(emptyTotals(), 4, null);
  t = applyVote(t, 2, null);
  assert.deepEqual(t, { count: 2, sum: 6, histogram: [0, 1, 0, 1, 0] });
  t = applyVote(t, 5, 2);
  assert.deepEqual(t, { count: 2, sum: 9, histogram: [0, 0, 0, 1, 1] });
  assert.equal(average(t), 4.5);
});

test('the Bayesian average pulls small samples towards the site mean', () => {
  assert.equal(bayesianAverage({ count: 1, sum: 5 }, 3.5, 5), 3.75);
  assert.equal(bayesianAverage({ count: 100, sum: 480 }, 3.5, 5), 4.74);
  assert.ok(bayesianAverage({ count: 100, sum: 480 }, 3.5, 5) > bayesianAverage({ count: 1, sum: 5 }, 3.5, 5));
  assert.equal(bayesianAverage({ count: 0, sum: 0 }, 3.2, 5), 3.2);
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reviews-ratings-'));
const knex = knexFactory({ client: 'better-sqlite3', connection: { filename: path.join(dir, 'r.db') }, useNullAsDefault: true });
after(async () => {
  await knex.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('aggregate rows stay exact under concurrent votes and revotes (SQLite)', async () => {
  await ensureTables(knex);
  await ensureTables(knex); // idempotent
  const ratings = createRatingService(knex, { priorWeight: 5 });
  const votes = Array.from({ length: 100 }, (_, i) => ratings.vote('doc1234567890', 'vi', `visitor-${i}`, (i % 5) + 1));
  // The first 20 visitors change their mind at the same time.
  votes.push(...Array.from({ length: 20 }, (_, i) => ratings.vote('doc1234567890', 'vi', `visitor-${i}`, 5)));
  await Promise.all(votes);
  const s = await ratings.summary('doc1234567890', 'vi');
  assert.equal(s.count, 100);
  assert.equal(
    s.histogram.reduce((a, b) => a + b, 0),
    100,
  );
  const rows = await knex('reviews_ratings').select('stars');
  assert.equal(rows.length, 100);
  const sum = rows.reduce((a, r) => a + Number(r.stars), 0);
  assert.equal(s.average, Math.round((sum / 100) * 100) / 100);
  assert.equal(await ratings.mine('doc1234567890', 'vi', 'visitor-0'), 5);
  assert.deepEqual((await ratings.summary('doc1234567890', 'en')).histogram, [0, 0, 0, 0, 0], 'locales are separate');
  const top = await ratings.top('vi', 5);
  assert.equal(top[0]?.article, 'doc1234567890');
});
