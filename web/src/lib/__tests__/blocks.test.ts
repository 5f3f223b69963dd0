import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blocksToText, parseBlocks, safeUrl } from '../cms/blocks';

const body = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Kết quả' }] },
  { type: 'paragraph', children: [{ type: 'text', text: 'Xem ' }, { type: 'link', url: 'https://dichvucong.gov.vn', children: [{ type: 'text', text: 'Cổng DVC', bold: true }] }] },
  { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'một' }] }, { type: 'list-item', children: [{ type: 'text', text: 'hai' }] }] },
  { type: 'quote', children: [{ type: 'text', text: 'Trích dẫn' }] },
  { type: 'image', image: { url: '/uploads/a.jpg', alternativeText: 'Ảnh', width: 10, height: 5, caption: 'Chú thích' } },
  { type: 'video', url: 'x' },
  'nonsense',
];

test('known blocks are kept, unknown ones dropped', () => {
  const blocks = parseBlocks(body);
  assert.deepEqual(blocks.map((b) => b.type), ['heading', 'paragraph', 'list', 'quote', 'image']);
  const list = blocks[2];
  assert.ok(list?.type === 'list' && list.format === 'ordered' && list.children.length === 2);
  assert.deepEqual(parseBlocks(null), []);
  assert.deepEqual(parseBlocks({ type: 'paragraph' }), []);
});

test('links with unsafe schemes lose the link but keep the text', () => {
  const [p] = parseBlocks([{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'bấm' }] }] }]);
  assert.deepEqual(p, { type: 'paragraph', children: [{ type: 'text', text: 'bấm', bold: false, italic: false, underline: false, strikethrough: false, code: false }] });
  assert.equal(safeUrl('//evil.example'), null);
  assert.equal(safeUrl('/vi/tin-tuc/x'), '/vi/tin-tuc/x');
  assert.equal(safeUrl('mailto:a@b.vn'), 'mailto:a@b.vn');
});

test('plain text of a body', () => {
  assert.equal(blocksToText(parseBlocks(body)), 'Kết quả\nXem Cổng DVC\nmột hai\nTrích dẫn\nChú thích');
});
