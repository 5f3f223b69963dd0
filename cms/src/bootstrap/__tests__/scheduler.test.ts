import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tickSeconds } from '../scheduler';

test('the scheduler ticks every 30 s unless told otherwise, never less often than once a minute', () => {
  assert.equal(tickSeconds(undefined), 30);
  assert.equal(tickSeconds(''), 30);
  assert.equal(tickSeconds('abc'), 30);
  assert.equal(tickSeconds('0'), 30);
  assert.equal(tickSeconds('-5'), 30);
  assert.equal(tickSeconds('1'), 1);
  assert.equal(tickSeconds('0.5'), 0.5);
  assert.equal(tickSeconds('600'), 60);
});
