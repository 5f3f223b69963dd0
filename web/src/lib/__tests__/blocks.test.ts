import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blocksToText, parseBlocks, safeUrl } from '../cms/blocks';

const body = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Kết quả' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Xem ' },
      { type: 'link', url: 'https://dichvucong.gov.vn', children: [{ type: 'text', text: 'Cổng DVC', bold: true }] },
    ],
  },
  {
    type: 'list',
    format: 'ordered',
    children: [
      { type: 'list-item', children: [{ type: 'text', text: 'một' }] },
      { type: 'list-item', children: [{ type: 'text', text: 'hai' }] },
    ],
  },
  { type: 'quote', children: [{ type: 'text', text: 'Trích dẫn' }] },
  { type: 'image', image: { url: '/uploads/a.jpg', alternativeText: 'Ảnh', width: 10, height: 5, caption: 'Chú thích' } },
  { type: 'video', url: 'x' },
  'nonsense',
];

test('known blocks are kept, unknown ones dropped', () => {
  const blocks = parseBlocks(body);
  assert.deepEqual(
    blocks.map((b) => b.type),
    ['heading', 'paragraph', 'list', 'quote', 'image'],
  );
  const list = blocks[2];
  assert.ok(list?.type === 'list' && list.format === 'ordered' && list.children.length === 2);
  assert.deepEqual(parseBlocks(null), []);
  assert.deepEqual(parseBlocks({ type: 'paragraph' }), []);
});

test('links with unsafe schemes lose the link but keep the text', () => {
  const [p] = parseBlocks([
    { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'bấm' }] }] },
  ]);
  assert.deepEqual(p, {
    type: 'paragraph',
    children: [{ type: 'text', text: 'bấm', bold: false, italic: false, underline: false, strikethrough: false, code: false }],
  });
  assert.equal(safeUrl('//evil.example'), null);
  assert.equal(safeUrl('/vi/tin-tuc/x'), '/vi/tin-tuc/x');
  assert.equal(safeUrl('mailto:a@b.vn'), 'mailto:a@b.vn');
});

test('plain text of a body', () => {
  assert.equal(blocksToText(parseBlocks(body)), 'Kết quả\nXem Cổng DVC\nmột hai\nTrích dẫn\nChú thích');
});

test('a link that a browser would open on another site is refused (backslashes, //, control characters)', () => {
  for (const hostile of [
    '/\\evil.example/x',
    '\\\\evil.example/x',
    '/\\/evil.example',
    '//evil.example/x',
    '/\t/evil.example',
    '/\n/evil.example',
    'https:\\\\evil.example\\x'.replace('https:', 'javascript:'),
    'data:text/html,<b>x</b>',
    'vbscript:x',
    ' javascript:alert(1)',
    'http://',
    'https:///',
  ])
    assert.equal(safeUrl(hostile), null, JSON.stringify(hostile));
  assert.equal(safeUrl('/vi/tin-tuc/x?a=1#b'), '/vi/tin-tuc/x?a=1#b');
  assert.equal(safeUrl('https://dichvucong.gov.vn/p/home'), 'https://dichvucong.gov.vn/p/home');
  // The URL parser (the browser's) decides where an absolute link goes; what is kept is what it opens.
  assert.equal(safeUrl('https:\\\\evil.example\\x'), 'https://evil.example/x');
  assert.equal(safeUrl('tel:+842393855555'), 'tel:+842393855555');
});

test('the /\\evil.example/x link in an article body keeps its text but not the link', () => {
  const [p] = parseBlocks([
    { type: 'paragraph', children: [{ type: 'link', url: '/\\evil.example/x', children: [{ type: 'text', text: 'xem' }] }] },
  ]);
  assert.equal(p?.type, 'paragraph');
  assert.deepEqual(p?.type === 'paragraph' ? p.children.map((c) => c.type) : [], ['text']);
});

test('image blocks embed only the portal’s own uploads; others become a link, unsafe ones are dropped', () => {
  const image = (url: string) => ({ type: 'image', image: { url, alternativeText: 'Ảnh', width: 1, height: 1, caption: 'Chú thích' } });
  const [own, external, pixel, traversal, hostile] = [
    '/uploads/anh_1.jpg',
    'https://tracker.example/p.gif',
    '//tracker.example/p.gif',
    '/uploads/../admin/x.png',
    'javascript:alert(1)',
  ].map((url) => parseBlocks([image(url)]));
  assert.deepEqual(
    own?.map((b) => b.type),
    ['image'],
  );
  assert.deepEqual(external, [
    {
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://tracker.example/p.gif', children: [{ type: 'text', text: 'Chú thích' }] }],
    },
  ]);
  assert.deepEqual(pixel, []);
  assert.deepEqual(
    traversal?.map((b) => b.type),
    ['paragraph'],
  );
  assert.deepEqual(hostile, []);
});
