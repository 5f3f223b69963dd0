import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pinRelationFilters } from '../published-only';

const MODELS: Record<
  string,
  { attributes: Record<string, { type: string; target?: string; component?: string }>; options?: { draftAndPublish?: boolean } }
> = {
  'api::category.category': {
    attributes: {
      slug: { type: 'uid' },
      articles: { type: 'relation', target: 'api::article.article' },
      parent: { type: 'relation', target: 'api::category.category' },
    },
  },
  'api::article.article': {
    attributes: {
      slug: { type: 'uid' },
      category: { type: 'relation', target: 'api::category.category' },
      seo: { type: 'component', component: 'shared.seo' },
    },
    options: { draftAndPublish: true },
  },
  'shared.seo': { attributes: { related: { type: 'relation', target: 'api::article.article' } } },
};
const getModel = (uid: string) => MODELS[uid];
const PUBLISHED = { publishedAt: { $notNull: true } };

test('a filter through a relation to a Draft&Publish type only matches published rows', () => {
  assert.deepEqual(pinRelationFilters({ articles: { slug: { $eq: 'x' } } }, 'api::category.category', getModel), {
    articles: { $and: [{ slug: { $eq: 'x' } }, PUBLISHED] },
  });
});

test('inside $or / $not, nested relations and components alike; other filters untouched', () => {
  const pinned = pinRelationFilters(
    {
      $or: [{ slug: { $eq: 'a' } }, { articles: { category: { articles: { slug: { $eq: 'b' } } } } }],
      $not: { articles: { slug: { $eq: 'c' } } },
    },
    'api::category.category',
    getModel,
  );
  assert.deepEqual(pinned, {
    $or: [
      { slug: { $eq: 'a' } },
      { articles: { $and: [{ category: { articles: { $and: [{ slug: { $eq: 'b' } }, PUBLISHED] } } }, PUBLISHED] } },
    ],
    $not: { articles: { $and: [{ slug: { $eq: 'c' } }, PUBLISHED] } },
  });
  assert.deepEqual(pinRelationFilters({ seo: { related: { slug: { $eq: 'd' } } } }, 'api::article.article', getModel), {
    seo: { related: { $and: [{ slug: { $eq: 'd' } }, PUBLISHED] } },
  });
  assert.deepEqual(pinRelationFilters({ parent: { slug: { $eq: 'e' } } }, 'api::category.category', getModel), {
    parent: { slug: { $eq: 'e' } },
  });
});
