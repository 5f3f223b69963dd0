import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReviewsError } from '../utils/errors';
import { message, pickLang } from '../utils/messages';
import { cleanText, commentInput, pageInput, starsInput } from '../utils/validation';

const base = { article: 'abcdefghij1234567890abcd', locale: 'vi', authorName: 'Lê Thị Hoa', text: 'Xin cảm ơn', consent: true };
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ReviewsError ? e.key : 'other';
  }
  return null;
};

test('a valid comment is cleaned: trimmed, NFC, control characters removed, e-mail lower-cased', () => {
  const c = commentInput({
    ...base,
    authorName: '  Lê  Thị\u0000 Hoa ',
    text: ' Dòng 1\r\nDòng 2\u200b ',
    email: 'Hoa@Example.VN',
    parentId: '12',
  });
  assert.equal(c.authorName, 'Lê Thị Hoa');
  assert.equal(c.text, 'Dòng 1\nDòng 2');
  assert.equal(c.email, 'hoa@example.vn');
  assert.equal(c.parentId, 12);
  assert.equal(cleanText('Vie\u0302\u0323t'), 'Việt');
});

test('a comment without the privacy consent is refused, in Vietnamese first', () => {
  assert.equal(
    code(() => commentInput({ ...base, consent: undefined })),
    'consentRequired',
  );
  assert.equal(
    code(() => commentInput({ ...base, consent: 'false' })),
    'consentRequired',
  );
  assert.match(message('consentRequired', 'vi'), /đồng ý với Chính sách bảo vệ dữ liệu cá nhân/);
  const c = commentInput(base);
  assert.ok(Math.abs(c.consentAt - Date.now()) < 5_000, 'the time of consent is kept');
});

test('missing or oversized fields are refused with their own message', () => {
  assert.equal(
    code(() => commentInput({ ...base, authorName: '' })),
    'nameRequired',
  );
  assert.equal(
    code(() => commentInput({ ...base, authorName: 'x'.repeat(81) })),
    'nameTooLong',
  );
  assert.equal(
    code(() => commentInput({ ...base, text: '   ' })),
    'textRequired',
  );
  assert.equal(
    code(() => commentInput({ ...base, text: 'ẫ'.repeat(2000) })),
    null,
    '2,000 characters (not bytes) are fine',
  );
  assert.equal(
    code(() => commentInput({ ...base, text: 'a'.repeat(2001) })),
    'textTooLong',
  );
  assert.equal(
    code(() => commentInput({ ...base, email: 'a@b' })),
    'emailInvalid',
  );
  assert.equal(
    code(() => commentInput({ ...base, email: '"><script>@x.vn' })),
    'emailInvalid',
  );
  assert.equal(
    code(() => commentInput({ ...base, locale: 'fr' })),
    'localeInvalid',
  );
  assert.equal(
    code(() => commentInput({ ...base, article: '../../etc' })),
    'articleInvalid',
  );
  assert.equal(
    code(() => commentInput({ ...base, parentId: -1 })),
    'parentInvalid',
  );
});

test('stars are whole numbers from 1 to 5', () => {
  assert.equal(starsInput(3), 3);
  assert.equal(starsInput('5'), 5);
  for (const bad of [0, 6, 2.5, 'x', null, undefined, ''])
    assert.equal(
      code(() => starsInput(bad)),
      'starsInvalid',
      String(bad),
    );
});

test('pagination defaults and caps', () => {
  assert.deepEqual(pageInput(undefined, undefined), { page: 1, pageSize: 10 });
  assert.deepEqual(pageInput('2', '500'), { page: 2, pageSize: 50 });
  assert.equal(
    code(() => pageInput('0', '10')),
    'pageInvalid',
  );
});

test('messages in the caller’s language', () => {
  assert.equal(message('captcha', 'vi'), 'Mã xác thực không đúng.');
  assert.equal(message('captcha', 'en'), 'The verification code is incorrect.');
  assert.equal(message('rateLimited', 'en', { seconds: 42 }), 'Too many submissions. Please try again in 42 seconds.');
  assert.equal(pickLang(undefined, 'en-GB,en;q=0.9'), 'en');
  assert.equal(pickLang('vi', 'en'), 'vi');
  assert.equal(pickLang(undefined, null), 'vi');
});
