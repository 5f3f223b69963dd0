import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatDateTime, formatNumber } from '../i18n/format';

test('Vietnamese dates are day/month/year in Vietnam time', () => {
  assert.equal(formatDate('2020-03-12T01:30:00Z', 'vi'), '12/03/2020');
  // 23:30 UTC is already the next day in Hà Tĩnh (UTC+7)
  assert.equal(formatDate('2020-03-11T23:30:00Z', 'vi'), '12/03/2020');
  assert.equal(formatDate('2020-03-12T01:30:00Z', 'en'), '12 March 2020');
});

test('date and time with the weekday, as portals print it', () => {
  assert.equal(formatDateTime('2020-03-12T01:30:00Z', 'vi'), 'Thứ Năm, 12/03/2020 08:30');
  assert.equal(formatDateTime('2020-03-12T01:30:00Z', 'en'), 'Thursday 12 March 2020, 08:30');
});

test('Vietnamese groups thousands with dots, English with commas', () => {
  assert.equal(formatNumber(137814, 'vi'), '137.814');
  assert.equal(formatNumber(137814, 'en'), '137,814');
});
