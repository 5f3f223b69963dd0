import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signPreview, verifyPreview } from '../preview-token';

process.env.ADMIN_JWT_SECRET = 'test-secret';
const claims = { uid: 'api::article.article', documentId: 'abc', locale: 'vi' };

test('a preview token names one draft and is checked by its signature', () => {
  const token = signPreview(claims);
  assert.deepEqual({ ...verifyPreview(token), exp: 0 }, { ...claims, exp: 0 });
  const [payload] = token.split('.');
  const forged = Buffer.from(JSON.stringify({ ...claims, documentId: 'other', exp: 9e9 })).toString('base64url');
  assert.equal(verifyPreview(`${forged}.${token.split('.')[1]}`), null);
  assert.equal(verifyPreview(`${payload}.x`), null);
  assert.equal(verifyPreview(''), null);
  assert.equal(verifyPreview(undefined), null);
});

test('a preview token expires after 30 minutes', () => {
  const token = signPreview(claims, Date.now() - 31 * 60_000);
  assert.equal(verifyPreview(token), null);
});
