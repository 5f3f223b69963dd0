import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticlePageQuery, OrganisationPageQuery, SiteFrameQuery } from '@/graphql/generated';
import { toArticle, toImage, toOrganisation, toSiteFrame } from '../cms/mappers';

type RawArticle = NonNullable<ArticlePageQuery['articles'][number]>;

const rawArticle: RawArticle = {
  documentId: 'd1',
  locale: 'vi',
  title: 'Tiêu đề',
  slug: 'tieu-de',
  summary: null,
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung' }] }],
  byline: 'Minh Hà',
  publicationDate: '2020-03-12T01:30:00Z',
  publishedAt: '2026-01-01T00:00:00Z',
  updatedAt: null,
  coverCaption: 'Chú thích ảnh',
  coverAlt: null,
  cover: {
    url: '/uploads/a.jpg',
    alternativeText: null,
    width: 1200,
    height: 675,
    formats: { small: { url: '/uploads/small_a.jpg', width: 500 }, thumbnail: { url: '/uploads/t_a.jpg', width: 245 } },
  },
  gallery: [null],
  category: { name: 'Cải cách hành chính', slug: 'cai-cach-hanh-chinh', parent: { name: 'Tin tức', slug: 'tin-tuc' } },
  sourceUnit: { name: 'Trung tâm VHTT Thạch Hà' },
  tags: [{ label: 'một cửa' }, null],
  seo: null,
  localizations: [{ locale: 'en', slug: 'title' }, null],
};

test('an article gets breadcrumbs, alternates, caption as alt text and a srcset', () => {
  const article = toArticle({ articles: [null, rawArticle] }, 'vi');
  assert.ok(article);
  assert.deepEqual(
    article.breadcrumbs.map((c) => c.slug),
    ['tin-tuc', 'cai-cach-hanh-chinh'],
  );
  assert.deepEqual(article.alternates, { vi: 'tieu-de', en: 'title' });
  assert.equal(article.cover?.alt, 'Chú thích ảnh');
  assert.equal(article.cover?.srcSet, '/uploads/t_a.jpg 245w, /uploads/small_a.jpg 500w, /uploads/a.jpg 1200w');
  assert.equal(article.sourceUnit, 'Trung tâm VHTT Thạch Hà');
  assert.deepEqual(article.tags, ['một cửa']);
  assert.equal(article.seo.title, 'Tiêu đề');
  assert.equal(article.summary, '');
  assert.equal(article.body.length, 1);
  assert.equal(toArticle({ articles: [] }, 'vi'), null);
});

test("an article's cover alt text is in the article's language: its own, else its caption, never the shared media alt", () => {
  const shared = { ...rawArticle.cover!, alternativeText: 'Chủ tịch UBND huyện làm việc với đoàn' };
  const en = { ...rawArticle, locale: 'en', title: 'Title', coverCaption: 'The chairman with the team', cover: shared };
  assert.equal(
    toArticle({ articles: [{ ...en, coverAlt: 'Illustration: the chairman' }] }, 'en')?.cover?.alt,
    'Illustration: the chairman',
  );
  assert.equal(toArticle({ articles: [{ ...en, coverAlt: ' ' }] }, 'en')?.cover?.alt, 'The chairman with the team');
  assert.equal(toArticle({ articles: [{ ...en, coverAlt: null, coverCaption: null }] }, 'en')?.cover?.alt, 'Title');
});

test('an image without formats has no srcset', () => {
  assert.equal(toImage({ url: '/u.png', alternativeText: ' ', width: 10, height: 10, formats: null }, 'fallback')?.alt, 'fallback');
  assert.equal(toImage({ url: '/u.png', alternativeText: null, width: 10, height: 10, formats: null })?.srcSet, null);
  assert.equal(toImage(null), null);
});

test('the navigation is a category tree', () => {
  const data: SiteFrameQuery = {
    siteSetting: null,
    categories: [
      { documentId: '1', name: 'Tin tức', slug: 'tin-tuc', order: 1, parent: null },
      { documentId: '2', name: 'CCHC', slug: 'cchc', order: 2, parent: { slug: 'tin-tuc' } },
      { documentId: '3', name: 'Thông báo', slug: 'thong-bao', order: 3, parent: null },
      null,
    ],
    websiteLinks: [{ label: 'Chính phủ', url: 'https://chinhphu.vn', group: null }],
    visitStats: { total: 137814, online: 62, todayHits: 10, todayVisitors: 4 },
  };
  const frame = toSiteFrame(data);
  assert.deepEqual(frame.visits, { total: 137814, online: 62, todayHits: 10, todayVisitors: 4 });
  assert.deepEqual(frame.nav, [
    { name: 'Tin tức', slug: 'tin-tuc', children: [{ name: 'CCHC', slug: 'cchc' }] },
    { name: 'Thông báo', slug: 'thong-bao', children: [] },
  ]);
  assert.equal(frame.portalName, '');
  assert.equal(frame.websiteLinks.length, 1);
});

test('organisation units form a tree and kinds use the CMS spelling', () => {
  const unit = (
    id: string,
    parent: string | null,
    kind: OrganisationPageQuery['organizationUnits'][number] extends infer U ? (U extends { kind: infer K } ? K : never) : never,
  ) => ({
    documentId: id,
    name: id,
    kind,
    description: null,
    phone: null,
    email: null,
    address: null,
    leaders: [],
    parent: parent ? { documentId: parent } : null,
  });
  const tree = toOrganisation({
    organizationUnits: [unit('ubnd', null, 'people_committee'), unit('office', 'ubnd', 'office'), unit('xa', 'ubnd', 'commune')],
  });
  assert.equal(tree.length, 1);
  assert.equal(tree[0]?.kind, 'people-committee');
  assert.deepEqual(
    tree[0]?.children.map((c) => c.id),
    ['office', 'xa'],
  );
});
