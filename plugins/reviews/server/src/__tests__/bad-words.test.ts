import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBadWordMatcher, stripDiacritics } from '../utils/bad-words';

const matcher = createBadWordMatcher();

test('Vietnamese bad words are found with their diacritics, in any case', () => {
  assert.ok(matcher.find('Đồ khốn nạn!'));
  assert.ok(matcher.find('ĐỊT con mèo'));
  assert.ok(matcher.find('bài viết như cứt'));
});

test('Vietnamese bad words typed without diacritics are found', () => {
  assert.ok(matcher.find('do khon nan'));
  assert.ok(matcher.find('dit me may'));
  assert.ok(matcher.find('Vai lon that'));
  assert.ok(matcher.find('vcl'));
});

test('ordinary words that look alike once stripped are left alone', () => {
  for (const text of [
    'Cảm ơn các bạn',
    'cam on cac ban',
    'Một lon bia',
    'mot lon nuoc',
    'đi học',
    'di hoc',
    'Điều này rất hay',
    'Kho khăn',
    'cho ma sat',
  ]) {
    assert.equal(matcher.find(text), null, text);
  }
});

test('English bad words match whole words only', () => {
  assert.ok(matcher.find('This is BULLSHIT.'));
  assert.ok(matcher.find('what the fuck'));
  assert.equal(matcher.find('Scunthorpe and shitake mushrooms class assessment'), null);
});

test('configured extra words match with and without diacritics', () => {
  const m = createBadWordMatcher(undefined, ['lừa đảo', 'scam']);
  assert.ok(m.find('Đây là lừa đảo'));
  assert.ok(m.find('a SCAM!'));
  assert.equal(m.find('lua dao'), null, 'an accented extra word is matched as typed only');
  assert.equal(stripDiacritics('Đường Hà Tĩnh'), 'duong ha tinh');
});
