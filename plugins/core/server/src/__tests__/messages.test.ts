import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errors } from '@strapi/utils';
import { defineMessages, fill, pickLanguage, portalMessage, PortalError, toStrapiError } from '../../../shared/index.js';

test('the request language: an explicit locale, then the preferred vi/en of Accept-Language, then vi', () => {
  assert.equal(pickLanguage('en-GB', 'vi'), 'en');
  assert.equal(pickLanguage('xx', 'fr-FR, en-GB;q=0.8'), 'en');
  assert.equal(pickLanguage(undefined, 'en;q=0.3, vi;q=0.9'), 'vi');
  assert.equal(pickLanguage(undefined, 'fr'), 'vi');
  assert.equal(pickLanguage(['en'], null), 'vi');
});

test('{param} filling, message tables merged under their namespace', () => {
  assert.equal(fill('tối đa {max} ký tự, {missing}.', { max: 80 }), 'tối đa 80 ký tự, .');
  const messages = defineMessages('test-plugin', { tooLong: { vi: 'Tối đa {max} ký tự.', en: 'At most {max} characters.' } });
  assert.equal(messages.text('en', 'tooLong', { max: 5 }), 'At most 5 characters.');
  assert.equal(portalMessage('vi', 'test-plugin.tooLong', { max: 5 }), 'Tối đa 5 ký tự.');
  assert.throws(() => defineMessages('bad', { only: { vi: 'chỉ tiếng Việt' } } as never), /no en text/);
});

test("a PortalError becomes Strapi's error type for its status, worded in the caller's language", () => {
  const messages = defineMessages('test-errors', {
    gone: { vi: 'Không tìm thấy {what}.', en: 'No {what} here.' },
    slow: { vi: 'Chậm lại.', en: 'Slow down.' },
  });
  const notFound = toStrapiError(new PortalError(messages, 'gone', { status: 404, params: { what: 'x' } }), 'en');
  assert.ok(notFound instanceof errors.NotFoundError);
  assert.equal((notFound as Error).message, 'No x here.');
  assert.deepEqual((notFound as { details: unknown }).details, { code: 'gone', what: 'x' });
  const limited = toStrapiError(new PortalError(messages, 'slow', { status: 429, details: {} }), 'vi');
  assert.ok(limited instanceof errors.RateLimitError);
  assert.deepEqual((limited as { details: unknown }).details, {});
  const other = new Error('not ours');
  assert.equal(toStrapiError(other, 'vi'), other);
});
