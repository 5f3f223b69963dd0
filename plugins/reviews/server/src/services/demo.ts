/**
 * Demo reviews for the seed (`strapi.plugin('reviews').service('demo').seed(...)`): approved
 * comments with replies and a few ratings on given articles. Articles that already have comments
 * are left alone, so running the seed again adds nothing.
 */
import type { Core } from '@strapi/strapi';
import { T } from '../db/schema';
import { getService } from '../utils/get-service';
import type { Locale } from '../utils/validation';

export interface DemoComment {
  authorName: string;
  text: string;
  replies?: Array<{ authorName: string; text: string }>;
}

export interface DemoReviews {
  article: string;
  locale: Locale;
  comments: DemoComment[];
  ratings: number[];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed(entries: DemoReviews[]): Promise<number> {
    const reviews = getService(strapi, 'reviews');
    const knex = strapi.db.connection;
    let added = 0;
    for (const entry of entries) {
      const existing = await knex(T.comments).where({ article_document_id: entry.article, locale: entry.locale }).first('id');
      if (existing) continue;
      const base = { article: entry.article, locale: entry.locale, email: null, consentAt: Date.now() };
      for (const c of entry.comments) {
        const parent = await reviews.comments.submit({ ...base, parentId: null, authorName: c.authorName, text: c.text }, 'demo');
        await reviews.comments.setStatus([parent.id], 'approved');
        for (const r of c.replies ?? []) {
          const reply = await reviews.comments.submit({ ...base, parentId: parent.id, authorName: r.authorName, text: r.text }, 'demo');
          await reviews.comments.setStatus([reply.id], 'approved');
        }
        added += 1;
      }
      for (const [i, stars] of entry.ratings.entries()) await reviews.ratings.vote(entry.article, entry.locale, `demo-${i}`, stars);
    }
    return added;
  },
});
