import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldVietnamese, slugify } from '../slug';

test('Vietnamese diacritics fold to ASCII, đ to d', () => {
  assert.equal(foldVietnamese('Cải cách hành chính'), 'Cai cach hanh chinh');
  assert.equal(foldVietnamese('Đoàn thẩm định ĐỊNH'), 'Doan tham dinh DINH');
});

test('slugs are lower-case ASCII words joined by hyphens', () => {
  assert.equal(slugify('Tiếp nhận 76.936 hồ sơ, không có hồ sơ quá hạn'), 'tiep-nhan-76-936-ho-so-khong-co-ho-so-qua-han');
  assert.equal(slugify('  Thông báo!  '), 'thong-bao');
  assert.ok(slugify('a '.repeat(200)).length <= 96);
  assert.ok(!slugify('a '.repeat(200)).endsWith('-'));
});
