/**
 * The embedded engine's order of relevance (engines/ranking.ts) and its typo tolerance for short
 * Vietnamese syllables, with the corrected query it offers ("Có phải bạn muốn tìm").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EmbeddedEngine } from '../engines/embedded';
import type { SearchDoc, SearchQuery } from '../engines/types';
import { doc, query } from './fixtures';

const q = (text: string, over: Partial<SearchQuery> = {}): SearchQuery => query({ query: text, ...over });

let n = 0;
const article = (title: string, over: Partial<SearchDoc> = {}) => {
  n += 1;
  const dateTs = Date.UTC(2020, 0, 1) + n * 86_400_000;
  return doc({
    id: `article-${n}`,
    documentId: String(n),
    title,
    summary: '',
    body: '',
    tags: [],
    category: '',
    sourceUnit: '',
    dateTs,
    date: new Date(dateTs).toISOString(),
    ...over,
  });
};

async function engine(docs: SearchDoc[]) {
  const e = new EmbeddedEngine();
  await e.upsert(docs);
  return e;
}
const titles = async (e: EmbeddedEngine, query: string, over: Partial<SearchQuery> = {}) =>
  (await e.search(q(query, over))).docs.map((d) => d.title);

test('the phrase in the title comes first, before pages that hold the words apart, in rare words or newer', async () => {
  const target = article('Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện', {
    summary: 'Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng.',
    dateTs: 1,
  });
  const others = [
    article('Công bố danh sách doanh nghiệp tiếp tục đăng ký', { body: 'Công dân được tiếp đón. Danh mục công trình.' }),
    article('Công trình giao thông được tiếp nhận', { summary: 'Dân cư phấn khởi, danh hiệu công nhận.' }),
    article('Hội nghị công an huyện', { body: 'Tiếp theo, nhân dân góp ý; công dân tiếp cận dịch vụ công.' }),
    article('Công tác dân vận', { summary: 'Tiếp tục vận động nhân dân.', tags: ['công tác dân vận'] }),
  ];
  const e = await engine([...others, target]);
  const found = await titles(e, 'tiep cong dan');
  assert.equal(found[0], target.title, `"tiep cong dan" lists: ${found.join(' | ')}`);
  assert.equal((await titles(e, 'lich tiep cong dan'))[0], target.title);
});

test('words adjacent and in order beat the same words apart; the title beats the summary, which beats the body', async () => {
  const apart = article('Thủ tục một lần đến cửa hàng', { dateTs: 9e12 });
  const inBody = article('Tin vắn', { body: 'Bộ phận một cửa của xã.' });
  const inSummary = article('Tin tức trong tuần', { summary: 'Vận hành bộ phận một cửa điện tử.' });
  const inTitle = article('Bộ phận một cửa hoạt động', { dateTs: 2 });
  const e = await engine([apart, inBody, inSummary, inTitle]);
  assert.deepEqual(await titles(e, 'mot cua'), [inTitle.title, inSummary.title, inBody.title, apart.title]);
});

test('recency only breaks ties; sort=date still lists newest first', async () => {
  const older = article('Chữ ký số cho văn bản', { dateTs: 100 });
  const newer = article('Chữ ký số cho văn bản', { dateTs: 200, id: 'article-x', documentId: 'x' });
  const weaker = article('Văn bản có chữ ký', { dateTs: 300, body: 'số hóa' });
  const e = await engine([older, newer, weaker]);
  assert.deepEqual(
    (await e.search(q('chu ky so'))).docs.map((d) => d.dateTs),
    [200, 100, 300],
  );
  assert.deepEqual(
    (await e.search(q('chu ky so', { sort: 'date' }))).docs.map((d) => d.dateTs),
    [300, 200, 100],
  );
});

test('one typo in a short syllable is tolerated, and the whole query is offered as the best hit writes it', async () => {
  const reform = article('Triển khai nhiệm vụ cải cách hành chính năm 2020');
  const online = article('Nộp hồ sơ trực tuyến qua cổng dịch vụ công');
  const other = article('Hành chính công');
  // Elsewhere "cai" is mostly "cái": the suggestion still takes the hit's own "cải".
  const chairs = ['Cái bàn mới', 'Cái ghế cũ', 'Một cái cây'].map((title) => article(title));
  const e = await engine([reform, online, other, ...chairs]);
  for (const [query, title, suggestion] of [
    ['cai cách hàh chính', reform.title, 'cải cách hành chính'],
    ['cai cach hanh chnh', reform.title, 'cải cách hành chính'],
    ['Cai Cach Hanh Chnh', reform.title, 'cải cách hành chính'],
    ['ho so truc tuyn', online.title, 'hồ sơ trực tuyến'],
  ] as const) {
    const result = await e.search(q(query));
    assert.equal(result.docs[0]?.title, title, query);
    assert.equal(result.suggestion, suggestion, query);
  }
  const exact = await e.search(q('cai cach hanh chinh'));
  assert.equal(exact.docs[0]?.title, reform.title);
  assert.equal(exact.suggestion, undefined, 'no suggestion when the words are right');
  assert.equal((await e.search(q('cai cah hah chinh'))).total, 0, 'one short-word typo per query, not two');
});

test('two neighbours swapped count as one typo ("administrative refrom")', async () => {
  const en = article('Administrative reform tasks for 2020 set out', { locale: 'en' });
  const e = await engine([en]);
  const result = await e.search(q('administrative refrom', { locale: 'en' }));
  assert.deepEqual(
    result.docs.map((d) => d.title),
    [en.title],
  );
  assert.equal(result.suggestion, 'administrative reform');
});
