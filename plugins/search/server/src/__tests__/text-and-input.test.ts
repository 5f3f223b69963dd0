import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blocksToText } from '../utils/blocks';
import { fold } from '../utils/fold';
import { highlight, queryTerms, snippet, withinDistance } from '../utils/highlight';
import { callerLang } from '../utils/messages';
import { parseSearchInput, SearchInputError } from '../validation/search-query';

describe('folding and highlighting', () => {
  test('folds Vietnamese to plain lower-case letters, đ included', () => {
    assert.equal(fold('Cải cách HÀNH CHÍNH'), 'cai cach hanh chinh');
    assert.equal(fold('Đường Đồng Lộc, ĐỨC thọ'), 'duong dong loc, duc tho');
    assert.equal(fold('Nguyễn Thị Thủy'), 'nguyen thi thuy');
  });

  test('flattens blocks to text, one line per block', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Tiêu đề' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Một ' },
          { type: 'link', url: 'x', children: [{ type: 'text', text: 'liên kết' }] },
          { type: 'text', text: ' ở đây.' },
        ],
      },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'mục một' }] }] },
    ];
    assert.equal(blocksToText(blocks), 'Tiêu đề\nMột liên kết ở đây.\nmục một');
  });

  test('marks whole words matched without diacritics, by prefix or with a typo, and escapes the rest', () => {
    assert.equal(
      highlight('Cải cách <hành> chính & "x"', queryTerms('cai cach hanh chinh')),
      '<mark>Cải</mark> <mark>cách</mark> &lt;<mark>hành</mark>&gt; <mark>chính</mark> &amp; &quot;x&quot;',
    );
    assert.equal(highlight('Đường giao thông', queryTerms('duong giao thonh')), '<mark>Đường</mark> <mark>giao</mark> <mark>thông</mark>');
    assert.equal(highlight('Đường giao thông', queryTerms('xyz')), 'Đường giao thông');
  });

  test('a snippet is centred on the first match and cut at word boundaries', () => {
    const long = `${'Mở đầu dài dòng '.repeat(20)}kết quả cải cách hành chính ${'phần sau '.repeat(30)}`;
    const s = snippet(['', long], queryTerms('cai cach'), 120);
    assert.match(s, /^… .*<mark>cải<\/mark> <mark>cách<\/mark>.* …$/);
    assert.ok(s.length < 220);
    assert.equal(snippet(['Không khớp <b>'], ['zzz']), 'Không khớp &lt;b&gt;');
  });

  test('edit distance within a budget', () => {
    assert.ok(withinDistance('chinh', 'chnh', 1));
    assert.ok(!withinDistance('cach', 'cahc', 1));
    assert.ok(withinDistance('administrative', 'administratve', 2));
  });
});

describe('search input', () => {
  const allowed = { locales: ['vi', 'en'], defaultLocale: 'vi', types: ['article', 'official-document'] };
  const fails = (input: Record<string, unknown>, field: string) => {
    assert.throws(
      () => parseSearchInput(input, allowed),
      (e: unknown) => e instanceof SearchInputError && e.field === field,
    );
  };

  test('defaults and conversions', () => {
    const q = parseSearchInput({ query: '  đất\u0000đai ', from: '2021-03-15', to: '2021-03-15', page: '2', pageSize: 50 }, allowed);
    assert.equal(q.query, 'đất đai');
    assert.equal(q.locale, 'vi');
    assert.deepEqual(q.types, ['article', 'official-document']);
    assert.equal(q.from, Date.parse('2021-03-14T17:00:00.000Z'), 'days start at midnight in Vietnam');
    assert.equal(q.to, Date.parse('2021-03-15T16:59:59.999Z'));
    assert.deepEqual([q.page, q.pageSize, q.sort], [2, 50, 'relevance']);
  });

  test('refuses what it cannot honour', () => {
    fails({ query: 'a'.repeat(201) }, 'query');
    fails({ query: ['a', 'b'] }, 'query');
    fails({ locale: 'fr' }, 'locale');
    fails({ pageSize: 51 }, 'pageSize');
    fails({ pageSize: '1e1' }, 'pageSize');
    fails({ page: 0 }, 'page');
    fails({ from: '2021-02-29' }, 'from');
    fails({ from: '2021-05-02', to: '2021-05-01' }, 'from');
    fails({ sort: 'popular' }, 'sort');
    fails({ category: 'Cải cách' }, 'category');
    fails({ types: 'article,user' }, 'types');
    assert.doesNotThrow(() => parseSearchInput({ query: 'ả'.repeat(200) }, allowed), '200 characters, not 200 UTF-16 units');
  });

  test('answers in the caller’s language', () => {
    const error = new SearchInputError('pageSize', 'badPageSize', { max: 50 });
    assert.equal(error.localized('en'), 'The page size must be a whole number from 1 to 50.');
    assert.equal(error.localized('vi'), 'Số kết quả mỗi trang phải là số nguyên từ 1 đến 50.');
    assert.equal(callerLang('en', 'vi'), 'en');
    assert.equal(callerLang(undefined, 'fr-FR, en-GB;q=0.8'), 'en');
    assert.equal(callerLang('xx', undefined), 'vi');
  });
});
